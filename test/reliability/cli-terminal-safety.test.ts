// What the CLI prints to the terminal (the short summary, one-line errors) comes from the data in
// part: case ids, reasons quoting bad values. Control characters from the data must not reach the
// terminal as themselves (an export could otherwise clear the screen, hide lines or retitle the
// window). And a council's profile file saved by a Windows editor (BOM, CRLF) must read as the
// plain one does, as data files already do.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../cli/cli-support.js";
import { audit, ensureBuilt, expectExit, inputFile } from "./support/cli-harness.js";

beforeAll(() => ensureBuilt(), 120_000);

/** C0 controls other than tab and line feed, DEL and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const ESCAPES = "\u001b]0;retitled\u0007\u001b[2J\u001b[1A\r";

describe("CLI output to the terminal", () => {
  it("the printed summary names rejected records (the place the data reaches the terminal)", () => {
    const run = audit(inputFile("bad.jsonl", `{"id":"C-1","events":[{"type":"core-group","date":"2024-02-30"}]}\n`));
    expectExit(run, 4); // its only record is rejected
    expect(run.stdout).toMatch(/Rejected .*case C-1.*2024-02-30/);
  });

  // Control characters from the data are escaped before printing (src/cli/terminal-text.ts).
  it("control characters in case ids and unreadable lines are not printed raw", () => {
    const inputs = [
      inputFile("esc.jsonl", `${ESCAPES}{"id":1}\n{"id":${JSON.stringify(`a${ESCAPES}b`)},"events":[{"type":"core-group","date":"2024-02-30"}]}\n`),
      inputFile("esc.csv", `case_id,event_type,date\n"a${ESCAPES}b",core-group,2024-02-30\n`),
    ];
    for (const file of inputs) {
      const run = audit(file);
      expectExit(run, 4); // every record is rejected
      expect(run.stdout).toMatch(/Rejected/);
      expect(run.stdout + run.stderr).not.toMatch(CONTROL);
    }
  });

  // The same in the one-line error for an unreadable profile file (stderr).
  it("control characters in an unreadable profile file are not printed raw", () => {
    const result = runCli(["profiles", "show", "--profile-file", inputFile("esc-profile.json", `${ESCAPES}{"id":`)]);
    expectExit(result, 2);
    expect(result.stderr).not.toMatch(CONTROL);
  });

  // A profile file with a UTF-8 byte order mark (as Windows editors save it) reads like the plain one.
  it("a profile file with a BOM and CRLF line ends reads like the plain one", () => {
    const plainText = readFileSync(join(ROOT, "examples/profiles/example-council.json"), "utf8");
    const plain = runCli(["profiles", "show", "--profile-file", inputFile("plain-profile.json", plainText)]);
    const windows = runCli(["profiles", "show", "--profile-file", inputFile("bom-profile.json", `\uFEFF${plainText.replaceAll("\n", "\r\n")}`)]);
    expectExit(plain, 0);
    expectExit(windows, 0);
    expect(windows.stdout).toBe(plain.stdout);
  });
});
