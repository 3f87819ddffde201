// The CLI on very large records: a 10 MB field in each input format (rejected and quoted short, or
// ignored where the reader ignores it) and a case with 100,000 events (as JSON Lines and as CSV rows).
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../audit/support/parse-csv.js";
import { SAMPLE_TEXT } from "./support/adapter-inputs.js";
import { audit, ensureBuilt, expectExit, inputFile, recordCounts } from "./support/cli-harness.js";

beforeAll(() => ensureBuilt(), 120_000);

const TEN_MB = 10 * 1024 * 1024;
const bigText = (unit: string): string => unit.repeat(Math.ceil(TEN_MB / unit.length));

/** 100,000 events: a plan, then core groups four a day from 2000-01-11. */
function hugeCaseEvents(): { type: string; date: string; outcome?: string }[] {
  const events: { type: string; date: string; outcome?: string }[] = [
    { type: "strategy-discussion", date: "2000-01-03" },
    { type: "initial-conference", date: "2000-01-10", outcome: "plan" },
  ];
  const start = Date.UTC(2000, 0, 11);
  for (let i = 0; events.length < 100_000; i += 1) {
    events.push({ type: "core-group", date: new Date(start + Math.floor(i / 4) * 86_400_000).toISOString().slice(0, 10) });
  }
  return events;
}

describe("CLI on very large records", () => {
  // Free-text fields are capped at 10,000 characters by the timeline schema, so a 10 MB value is
  // rejected: the record after it must still be read, and the reason must not echo the 10 MB.
  const reasonsOf = (output: string): string[] =>
    (JSON.parse(output) as { results: { rejections?: { message: string }[] }[] }).results.flatMap((item) => (item.rejections ?? []).map((r) => r.message));

  it("JSON Lines: a 10 MB team name and a 10 MB date are rejected, quoted short; the next line is read", () => {
    const lines = [
      JSON.stringify({ id: "BIG-TEAM", team: bigText("North & <Coast>, "), events: [{ type: "strategy-discussion", date: "2024-01-02" }] }),
      JSON.stringify({ id: "BIG-DATE", events: [{ type: "strategy-discussion", date: bigText("2024-01-02") }] }),
      JSON.stringify({ id: "AFTER", events: [{ type: "strategy-discussion", date: "2024-01-02" }] }),
    ];
    const run = audit(inputFile("big.jsonl", `${lines.join("\n")}\n`));
    expectExit(run, 0);
    expect(recordCounts(run.output)).toEqual({ read: 3, evaluated: 1, rejected: 2 });
    expect(reasonsOf(run.output).length).toBe(2);
    for (const reason of reasonsOf(run.output)) expect(reason.length).toBeLessThan(200);
    expect(run.output.length).toBeLessThan(100_000);
  });

  it("CSV: a 10 MB quoted cell with commas, quotes and line breaks is rejected, quoted short; the next case is read", () => {
    const team = bigText('a "b", c\r\nd ');
    const csv = `case_id,event_type,date,team\nBIG,strategy-discussion,2024-01-02,"${team.replaceAll('"', '""')}"\nAFTER,strategy-discussion,2024-01-02,North\n`;
    const run = audit(inputFile("big.csv", csv));
    expectExit(run, 0);
    expect(recordCounts(run.output)).toEqual({ read: 2, evaluated: 1, rejected: 1 });
    expect(reasonsOf(run.output)[0]?.length).toBeLessThan(200);
    expect(run.output.length).toBeLessThan(100_000);
  });

  it("CSV: a 10 MB case id is rejected and shown cut short in the printed summary", () => {
    const id = bigText("id ");
    const run = audit(inputFile("big-id.csv", `case_id,event_type,date\n"${id}",strategy-discussion,2024-01-02\nAFTER,strategy-discussion,2024-01-02\n`));
    expectExit(run, 0);
    expect(recordCounts(run.output)).toEqual({ read: 2, evaluated: 1, rejected: 1 });
    expect(run.stdout).toContain(`(case ${id.slice(0, 200)}...): `);
    expect(run.stdout.length).toBeLessThan(10_000);
  });

  // An unknown key is quoted at most 40 characters long, as date values are (src/model/input-issues.ts).
  it("JSON Lines: a 10 MB unknown key is rejected, quoted short", () => {
    const line = `{"id":"BIG-KEY",${JSON.stringify(bigText("k"))}:1,"events":[]}`;
    const run = audit(inputFile("big-key.jsonl", `${line}\n`));
    expectExit(run, 4); // its only record is rejected: nothing evaluated
    expect(recordCounts(run.output)).toEqual({ read: 1, evaluated: 0, rejected: 1 });
    expect(run.output.length).toBeLessThan(100_000);
    expect(run.stdout.length).toBeLessThan(10_000);
    expect(run.stderr.length).toBeLessThan(10_000);
  });

  it("CIN census XML: a 10 MB element the reader ignores and a 10 MB comment change nothing", () => {
    const sample = SAMPLE_TEXT["cin-xml"];
    const plain = audit(inputFile("plain.xml", sample));
    const padded = sample
      .replace("<ReferralSource>", `<!-- ${bigText("- ")} --><ReferralSource>`)
      .replace("<PrimaryNeedCode>", `<Ignored>${bigText("&amp;x")}</Ignored><PrimaryNeedCode>`);
    const big = audit(inputFile("big.xml", padded));
    expectExit(plain, 0);
    expectExit(big, 0);
    expect(recordCounts(big.output)).toEqual(recordCounts(plain.output));
    expect(recordCounts(big.output).evaluated).toBeGreaterThan(0);
  });

  it("a case with 100,000 events, as JSON Lines and as CSV, is audited whole", () => {
    const events = hugeCaseEvents();
    const jsonl = audit(inputFile("huge.jsonl", `${JSON.stringify({ id: "HUGE", events })}\n`), ["--profile", "cumbria"], "csv");
    const csvText = `case_id,event_type,date,outcome\n${events.map((e) => `HUGE,${e.type},${e.date},${e.outcome ?? ""}`).join("\n")}\n`;
    const csv = audit(inputFile("huge.csv", csvText), ["--profile", "cumbria"], "csv");
    expectExit(jsonl, 0);
    expectExit(csv, 0);
    const rows = parseCsv(jsonl.output).slice(1);
    expect(rows.length).toBeGreaterThan(9000); // one 4-weekly core-group obligation per 28 days over 25 years
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(["HUGE"]));
    expect(csv.output).toBe(jsonl.output);
  });
});
