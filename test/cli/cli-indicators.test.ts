// The national indicators through the CLI: --year, the summary CSV rows, and the same figures
// with worker threads as in one thread.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditSummary } from "../../src/index.js";
import { sampleJsonLines } from "../audit/support/sample-timelines.js";
import { parseCsv } from "../audit/support/parse-csv.js";
import { ROOT, runCli } from "./cli-support.js";
import { cliWorkspace } from "./cli-workspace.js";

let dir: string;
let cases: string;

beforeAll(() => {
  ({ dir } = cliWorkspace());
  cases = join(dir, "many.jsonl");
  writeFileSync(cases, sampleJsonLines(800, 5, 0.02)); // several 128 KB batches: both workers get some
}, 120_000);

function summaryOf(args: string[]): AuditSummary {
  const r = runCli(["audit", cases, "--profile", "working-together", "--as-of", "2025-03-31", "--format", "jsonl", ...args]);
  expect(r.code, r.stderr).toBe(0);
  const last = r.stdout.trimEnd().split("\n").at(-1)!;
  return (JSON.parse(last) as { summary: AuditSummary }).summary;
}

describe("core-group-rules audit: national indicators", () => {
  it("gives the same indicators, case ids included, with 1 or 2 worker threads, for every year or one", () => {
    const one = summaryOf(["--workers", "1"]);
    expect(one.indicators.length).toBeGreaterThan(1);
    expect(one.indicators.at(-1)!.year).toBe("2024-25");
    expect(one.indicators.at(-1)!["plans-lasting-2-years-or-more"].openAtCensusDate.count).toBeGreaterThan(0);
    expect(summaryOf(["--workers", "2"]).indicators).toEqual(one.indicators);
    const year = summaryOf(["--workers", "2", "--year", "2023"]).indicators;
    expect(year).toEqual(one.indicators.filter((y) => y.year === "2023-24"));
  });

  it("prints the latest year's indicators in the short summary", () => {
    const r = runCli(["audit", cases, "--as-of", "2025-03-31", "--format", "csv", "--out", join(dir, "short.csv"), "--year", "2023"]);
    expect(r.code, r.stderr).toBe(0);
    const reviews = summaryOf(["--year", "2023"]).indicators[0]!["reviews-on-time"];
    const line = r.stdout.split("\n").find((text) => text.startsWith("National indicators 2023-24: "));
    expect(line).toContain(`reviews on time ${reviews.percentage!.toFixed(1)}% (${reviews.numerator}/${reviews.denominator})`);
  });

  it("writes the indicators as rows of the summary CSV", () => {
    const out = join(dir, "audit.csv");
    const r = runCli(["audit", cases, "--as-of", "2025-03-31", "--format", "csv", "--out", out, "--year", "2024"]);
    expect(r.code, r.stderr).toBe(0);
    const rows = parseCsv(readFileSync(join(dir, "audit.summary.csv"), "utf8"));
    const header = rows[0]!;
    const indicatorRows = rows.filter((row) => row[0] === "indicator");
    expect(new Set(indicatorRows.map((row) => row[4]))).toEqual(new Set(["2024-25"]));
    const reviews = indicatorRows.find((row) => row[1] === "reviews-on-time")!;
    const json = summaryOf(["--year", "2024"]).indicators[0]!["reviews-on-time"];
    expect([reviews[header.indexOf("numerator")], reviews[header.indexOf("denominator")]]).toEqual([String(json.numerator), String(json.denominator)]);
  });

  it("leaves repeat plans out of a CIN census audit, saying why", () => {
    const r = runCli(["audit", join(ROOT, "examples/data/cin-census.xml"), "--as-of", "2025-03-31", "--format", "jsonl", "--year", "2024"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Not computed: repeat-plans (A CIN census return gives each plan as a case of its own");
    const summary = (JSON.parse(r.stdout.trimEnd().split("\n").at(-1)!) as { summary: AuditSummary }).summary;
    expect(summary.indicators.map((year) => [year.year, "repeat-plans" in year])).toEqual([["2024-25", false]]);
    expect(summary.indicators[0]!["reviews-on-time"].denominator).toBeGreaterThan(0);
  });

  it("refuses a --year that is not a year or starts after the audit date (exit code 2)", () => {
    for (const [year, message] of [
      ["24", "--year must be a year written YYYY"],
      ["2025", "starts after the audit date 2025-03-31"],
      ["1900", "--year must be 1989 or later"],
    ] as const) {
      const r = runCli(["audit", cases, "--as-of", "2025-03-31", "--year", year]);
      expect(r.code, year).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe("");
    }
  });
});
