import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { OBLIGATION_CSV_COLUMNS } from "../../src/index.js";
import { parseCsv } from "../audit/support/parse-csv.js";
import { sampleJsonLines } from "../audit/support/sample-timelines.js";
import { runCli } from "./cli-support.js";
import { cliWorkspace } from "./cli-workspace.js";

let dir: string;
let cases: string;
let clean: string;

beforeAll(() => {
  ({ dir, cases } = cliWorkspace());
  clean = join(dir, "clean.jsonl");
  writeFileSync(clean, sampleJsonLines(300, 42, 0).split("\n").filter((line) => line.startsWith("{\"id\"")).join("\n") + "\n");
}, 120_000);

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe("core-group-rules CLI", () => {
  it("prints help and version", () => {
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: core-group-rules <command>");
    for (const command of ["audit", "due", "profiles", "explain"]) {
      const r = runCli([command, "--help"]);
      expect(r.code, command).toBe(0);
      expect(r.stdout).toContain(`Usage: core-group-rules ${command}`);
    }
    const version = runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(import.meta.dirname, "../../package.json"), "utf8")).version);
  });

  it("exits 2 with one line for bad usage and unreadable input", () => {
    for (const args of [
      ["frobnicate"],
      ["audit", join(dir, "missing.jsonl")],
      ["audit", cases, "--format", "pdf"],
      ["audit", cases, "--as-of", "2025-02-30"],
      ["audit", cases, "--profile", "atlantis"],
      ["audit", cases, "--no-such-option"],
      ["audit", join(dir, "notes.txt")],
      ["explain", "no.such-rule"],
      ["audit", cases, "--profile-file", join(dir, "missing.json")],
      ["audit", cases, "--workers", "0"],
      ["audit", cases, "--workers", "two"],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.stderr).toMatch(/^core-group-rules: /);
      noStack(r.stderr);
    }
  });

  it("audits to JSON with totals that add up, exit 0 despite breaches, 1 under --strict", () => {
    const r = runCli(["audit", cases, "--profile", "pan-sussex", "--as-of", "2025-03-31", "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const { records } = doc.summary;
    expect(records.read).toBe(300);
    expect(records.read).toBe(records.evaluated + records.rejected);
    expect(doc.results).toHaveLength(300);
    expect(records.rejected).toBeGreaterThan(0);
    expect(doc.summary.breaches).toBeGreaterThan(0);
    expect(r.stderr).toContain("300 read");
    const obligations = doc.results.reduce(
      (sum: number, item: { kind: string; evaluation?: { obligations: unknown[] } }) => sum + (item.evaluation?.obligations.length ?? 0),
      0,
    );
    expect(doc.summary.total).toBe(obligations);

    const strict = runCli(["audit", cases, "--profile", "pan-sussex", "--as-of", "2025-03-31", "--strict", "--out", join(dir, "s.json")]);
    expect(strict.code).toBe(1);
    const strictClean = runCli(["audit", clean, "--profile", "pan-sussex", "--as-of", "2025-03-31", "--strict", "--out", join(dir, "c.json")]);
    expect(strictClean.code).toBe(0);
  });

  it("audits to CSV: obligations, summary and rejections files that parse and add up", () => {
    const out = join(dir, "audit.csv");
    const r = runCli(["audit", cases, "--profile", "medway", "--as-of", "2025-03-31", "--format", "csv", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Wrote");
    const json = JSON.parse(runCli(["audit", cases, "--profile", "medway", "--as-of", "2025-03-31", "--format", "jsonl"]).stdout.trimEnd().split("\n").at(-1)!);
    const rows = parseCsv(readFileSync(out, "utf8"));
    expect(rows[0]).toEqual([...OBLIGATION_CSV_COLUMNS]);
    expect(rows.length - 1).toBe(json.summary.total);
    const summaryRows = parseCsv(readFileSync(join(dir, "audit.summary.csv"), "utf8"));
    expect(summaryRows.find((row) => row[0] === "profile")![11]).toBe(String(json.summary.total));
    const rejected = parseCsv(readFileSync(join(dir, "audit.rejected.csv"), "utf8"));
    expect(new Set(rejected.slice(1).map((row) => row[1])).size).toBe(json.summary.records.rejected);
  });

  it("writes an HTML report to a file", () => {
    const out = join(dir, "report.html");
    const r = runCli(["audit", cases, "--profile", "cumbria", "--as-of", "2025-03-31", "--format", "html", "--out", out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain(`data-figure="records.read">300<`);
  });

  it("lists what is due next, soonest first", () => {
    const r = runCli(["due", clean, "--profile", "cumbria", "--as-of", "2024-06-30", "--format", "json"]);
    expect(r.code).toBe(0);
    const { due } = JSON.parse(r.stdout);
    expect(due.length).toBeGreaterThan(0);
    const dates = due.map((row: { dueDate: string }) => row.dueDate);
    expect(dates).toEqual([...dates].sort());
    for (const row of due) expect(row.dueDate >= "2024-06-30").toBe(true);
    const text = runCli(["due", clean, "--profile", "cumbria", "--as-of", "2024-06-30", "--limit", "3"]);
    expect(text.stdout).toContain("more not shown");
  });

  it("lists profiles, shows one, and explains a rule", () => {
    const list = runCli(["profiles"]);
    expect(list.code).toBe(0);
    for (const id of ["working-together", "cumbria", "pan-sussex", "cambridgeshire", "medway"]) expect(list.stdout).toContain(id);
    const show = runCli(["profiles", "show", "medway"]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("## Medway");
    const explain = runCli(["explain", "working-together.first-core-group"]);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/How it is read/);
    expect(explain.stdout).toMatch(/Source: /);
  });

  it("accepts a council profile file and rejects an invalid one in one line", () => {
    const good = runCli(["audit", clean, "--profile-file", join(import.meta.dirname, "../../examples/profiles/example-council.json"), "--as-of", "2025-03-31", "--out", join(dir, "council.json")]);
    expect(good.code).toBe(0);
    const badFile = join(dir, "bad-profile.json");
    writeFileSync(badFile, JSON.stringify({ id: "Bad Id", rules: [] }));
    const bad = runCli(["audit", clean, "--profile-file", badFile]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("audits CIN census input against the national rules and names the rules it cannot support", () => {
    const cin = join(import.meta.dirname, "../../examples/data/cin-census.xml");
    const r = runCli(["audit", cin, "--as-of", "2025-03-31", "--format", "jsonl"]);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout.trimEnd().split("\n").at(-1)!).summary;
    expect(summary.profile.id).toBe("working-together");
    expect(summary.unsupportedRules.map((rule: { ruleId: string }) => rule.ruleId)).toEqual(["working-together.first-core-group"]);
    // The counts against the items written, one per record (not the summary against itself).
    const kinds = r.stdout.trimEnd().split("\n").slice(0, -1).map((line) => (JSON.parse(line) as { kind: string }).kind);
    expect(summary.records).toEqual({
      read: kinds.length,
      evaluated: kinds.filter((kind) => kind === "evaluated").length,
      rejected: kinds.filter((kind) => kind === "rejected").length,
    });
    expect(r.stderr).toContain("Not audited: working-together.first-core-group");
    const wrong = runCli(["audit", cin, "--profile", "medway"]);
    expect(wrong.code).toBe(2);
  });
});
