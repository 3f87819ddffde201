import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { hostileProfileJson } from "../policy/hostile-profile.js";
import { runCli } from "./cli-support.js";
import { cliWorkspace } from "./cli-workspace.js";

// Every command that prints a profile's or an input's text escapes control characters, so a
// profile file cannot clear the screen, set the window title or forge output lines.

let dir: string;
let cases: string;
let hostile: string;

beforeAll(() => {
  ({ dir, cases } = cliWorkspace());
  hostile = join(dir, "hostile.json");
  writeFileSync(hostile, hostileProfileJson());
}, 120_000);

/** Any control character but the line feed: what a terminal must not be sent raw. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe("a profile file with escape sequences and HTML", () => {
  it("profiles show prints it with every control character written as text", () => {
    const r = runCli(["profiles", "show", "--profile-file", hostile]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    // (the Markdown escapes the brackets too)
    expect(r.stdout).toContain("## Evil\\u{1b}\\]0;pwned\\u{7} Council\\u{1b}\\[2J &lt;script>alert(1)&lt;/script> (`example-council`)");
    expect(r.stdout).toContain("| Version | 1\\u{9b}2J |");
    expect(r.stdout).toContain("onerror=alert(1)>\\u{d}\nforged line");
    expect(r.stdout).toContain("\\u{1b}\\[31mRed\\u{1b}\\[0m &lt;b>bold&lt;/b>");
  });

  it("audit and due print its text escaped", () => {
    const audit = runCli(["audit", cases, "--profile-file", hostile, "--as-of", "2025-03-31", "--out", join(dir, "hostile-audit.json")]);
    expect(audit.code, audit.stderr).toBe(0);
    expect(audit.stdout + audit.stderr).not.toMatch(CONTROL);
    expect(audit.stdout).toContain("Evil\\u{1b}]0;pwned\\u{7} Council");
    const due = runCli(["due", cases, "--profile-file", hostile, "--as-of", "2025-03-31"]);
    expect(due.code, due.stderr).toBe(0);
    expect(due.stdout + due.stderr).not.toMatch(CONTROL);
  });
});
