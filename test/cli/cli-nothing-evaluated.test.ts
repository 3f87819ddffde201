import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, runCli, tempDir } from "./cli-support.js";

// A run that evaluates no record at all exits 4 with one line saying why and what to try:
// audit still writes its outputs (they show 0 evaluated and list every rejection), due prints nothing.

let dir: string;
let empty: string;
let badHeader: string;
let allBad: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  empty = join(dir, "empty.jsonl");
  writeFileSync(empty, "");
  badHeader = join(dir, "export.csv");
  writeFileSync(badHeader, "reference,when,what\r\nC-1,2025-01-06,plan-start\r\n");
  allBad = join(dir, "broken.jsonl");
  writeFileSync(allBad, '{not json\n{"id":"C-2"}\n');
}, 120_000);

const AS_OF = ["--as-of", "2025-03-31"];
const errorLines = (stderr: string) => stderr.split("\n").filter((line) => line.startsWith("core-group-rules:"));

describe("audit that evaluates no record", () => {
  it("exits 4 on an empty input, saying the input holds no records, and still writes the output", () => {
    const out = join(dir, "empty-audit.json");
    const r = runCli(["audit", empty, ...AS_OF, "--out", out]);
    expect(r.code).toBe(4);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^core-group-rules: no record could be evaluated: the input holds no records; check .*--input/),
    ]);
    expect(JSON.parse(readFileSync(out, "utf8")).summary.records).toEqual({ read: 0, evaluated: 0, rejected: 0 });
  });

  it("exits 4 when a CSV event log's header is not recognised, naming the first reason and suggesting the header and --date-format", () => {
    const out = join(dir, "bad-header.csv");
    const r = runCli(["audit", badHeader, ...AS_OF, "--format", "csv", "--out", out]);
    expect(r.code).toBe(4);
    const [line, ...more] = r.stderr.trim().split("\n");
    expect(more).toEqual([]);
    expect(line).toMatch(/^core-group-rules: no record could be evaluated: its only record was rejected \(first: .*export\.csv:.*\); .*header row and --date-format$/);
    expect(readFileSync(join(dir, "bad-header.rejected.csv"), "utf8").trim().split("\r\n").length).toBeGreaterThan(1);
  });

  it("exits 4, not 1, under --strict when every record is rejected; the summary still goes to stderr without --out", () => {
    const r = runCli(["audit", allBad, ...AS_OF, "--strict", "--format", "jsonl"]);
    expect(r.code).toBe(4);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/no record could be evaluated: all 2 records were rejected \(first: .*broken\.jsonl:line 1/)]);
    expect(r.stderr).toContain("Records: 2 read = 0 evaluated + 2 rejected");
    expect(JSON.parse(r.stdout.trimEnd().split("\n").at(-1)!).summary.records.evaluated).toBe(0);
  });

  it("exits 0 as before when one record of several is evaluated", () => {
    writeFileSync(join(dir, "one-good.jsonl"), readFileSync(join(import.meta.dirname, "../../examples/data/medway.jsonl"), "utf8").split("\n")[0] + "\n{not json\n");
    const r = runCli(["audit", join(dir, "one-good.jsonl"), ...AS_OF, "--profile", "medway", "--format", "jsonl"]);
    expect(r.code).toBe(0);
    expect(errorLines(r.stderr)).toEqual([]);
  });
});

describe("due that evaluates no record", () => {
  it("exits 4 with one line and prints nothing, for an empty input and for an input whose every record is rejected", () => {
    for (const [input, why] of [
      [empty, /the input holds no records/],
      [allBad, /all 2 records were rejected/],
      [badHeader, /its only record was rejected.*--date-format/],
    ] as const) {
      for (const format of ["text", "csv", "json"]) {
        const r = runCli(["due", input, ...AS_OF, "--format", format]);
        expect(r.code, `${input} ${format}`).toBe(4);
        expect(r.stdout).toBe("");
        expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(new RegExp(`^core-group-rules: no record could be evaluated: ${why.source}`))]);
      }
    }
  });
});
