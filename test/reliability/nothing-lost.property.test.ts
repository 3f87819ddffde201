// Nothing lost, end to end: random mixes of good and bad records, written as JSON Lines, a JSON
// array or a CSV event log, read by the adapter, audited, and written by the JSON and rejected-CSV
// writers. Each record appears in the output exactly once (as a result or a rejection, never
// both), the right one, and read = evaluated + rejected.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  auditCases,
  createJsonWriter,
  readCsvEventLog,
  readJsonArray,
  readJsonLines,
  rejectionCsvHeader,
  rejectionCsvRows,
  type AuditItem,
  type AuditSummary,
  type InputRecord,
} from "../../src/index.js";
import { splitAt, splitPointsArbitrary } from "../audit/adapters/helpers.js";
import { parseCsv } from "../audit/support/parse-csv.js";
import { random, sampleTimeline } from "../audit/support/sample-timelines.js";
import { fuzz, fuzzTimeout } from "./support/fuzz-budget.js";

const AS_OF = "2025-03-31";

/** One generated record: good, or bad at the input stage (unreadable) or at validation. */
type Kind = "good" | "unreadable" | "invalid";
const kindArbitrary = fc.constantFrom<Kind>("good", "good", "good", "unreadable", "invalid");

// Balanced brackets, so a JSON array reader can still find where each bad element ends.
const BAD_JSON = ["{oops}", "[1,]", '{"id":"x",}', "nul", '{"id":"x" "events":[]}'];
const INVALID_TIMELINES = [
  { events: [] },
  { id: "", events: [{ type: "core-group", date: "2024-01-01" }] },
  { id: "v", events: [{ type: "strategy-discussion", date: "2024-02-30" }] },
  { id: "v", events: [{ type: "tea-party", date: "2024-01-01" }] },
  42,
];

interface Rendered {
  readonly chunks: AsyncIterable<InputRecord>;
  /** Expected outcome of each record, in order. */
  readonly expected: readonly ("evaluated" | "rejected")[];
}

function jsonText(kinds: readonly Kind[], seed: number, blankEvery: number): { lines: string[]; expected: ("evaluated" | "rejected")[] } {
  const next = random(seed);
  const lines: string[] = [];
  const expected: ("evaluated" | "rejected")[] = [];
  kinds.forEach((kind, i) => {
    if (blankEvery > 0 && i % blankEvery === 0) lines.push("");
    if (kind === "good") lines.push(JSON.stringify(sampleTimeline(next, `C-${i}`)));
    else if (kind === "unreadable") lines.push(BAD_JSON[i % BAD_JSON.length]!);
    else lines.push(JSON.stringify(INVALID_TIMELINES[i % INVALID_TIMELINES.length]));
    expected.push(kind === "good" ? "evaluated" : "rejected");
  });
  return { lines, expected };
}

const CSV_HEADER = "case_id,event_type,date,outcome,status";
const CSV_GOOD_CASE = ["strategy-discussion,2024-01-02,,", "initial-conference,2024-01-20,plan,", "core-group,2024-02-01,,held"];
const CSV_BAD_ROWS = ["initial-conference,2024-02-31,plan,", "meeting,2024-02-01,,", 'core-group,2024-02-01,,"he"ld', "core-group,2024-02-01,,held,extra"];

function render(format: "jsonl" | "json" | "csv", kinds: readonly Kind[], seed: number, blankEvery: number, points: readonly number[]): Rendered {
  let text: string;
  let expected: ("evaluated" | "rejected")[];
  if (format === "csv") {
    // One case per generated record (unique ids, so contiguous); an "unreadable" case has one bad
    // row among good ones; an "invalid" case has a row without a case id inside it, which is its
    // own rejected record, yielded at once, before the case around it ends.
    const lines = [CSV_HEADER];
    expected = [];
    kinds.forEach((kind, i) => {
      const rows = kind === "unreadable" ? [...CSV_GOOD_CASE.slice(0, 2), CSV_BAD_ROWS[i % CSV_BAD_ROWS.length]!] : CSV_GOOD_CASE;
      rows.forEach((row, r) => {
        lines.push(`C-${i},${row}`);
        if (kind === "invalid" && r === 0) lines.push(`,${CSV_GOOD_CASE[2]}`);
      });
      if (kind === "invalid") expected.push("rejected");
      expected.push(kind === "unreadable" ? "rejected" : "evaluated");
      if (blankEvery > 0 && i % blankEvery === 0) lines.push(",,,,");
    });
    text = lines.join("\r\n");
  } else {
    const json = jsonText(kinds, seed, blankEvery);
    expected = json.expected;
    text = format === "jsonl" ? json.lines.join("\n") : `[\n${json.lines.filter((line) => line !== "").join(",\n")}\n]`;
  }
  const chunks = splitAt(text, points.map((p) => p % (text.length + 1)));
  const reader = format === "jsonl" ? readJsonLines(chunks) : format === "json" ? readJsonArray(chunks) : readCsvEventLog(chunks);
  return { chunks: reader, expected };
}

async function auditToOutputs(records: AsyncIterable<InputRecord>): Promise<{ json: string; rejectedCsv: string }> {
  const audit = auditCases(records, { profile: "pan-sussex", asOf: AS_OF });
  const writer = createJsonWriter("json");
  let json = writer.start();
  let rejectedCsv = rejectionCsvHeader();
  for await (const item of audit) {
    json += writer.write(item);
    rejectedCsv += rejectionCsvRows(item);
  }
  return { json: json + writer.end(audit.summary()), rejectedCsv };
}

describe("nothing lost: every record once, in the results or the rejections, and the counts add up", () => {
  test.prop(
    [fc.constantFrom("jsonl" as const, "json" as const, "csv" as const), fc.array(kindArbitrary, { maxLength: 25 }), fc.nat(), fc.nat({ max: 6 }), splitPointsArbitrary],
    fuzz(0.3),
  )(
    "JSON Lines, JSON array and CSV through adapter, audit and writers",
    async (format, kinds, seed, blankEvery, points) => {
      const { chunks, expected } = render(format, kinds, seed, blankEvery, points);
      const { json, rejectedCsv } = await auditToOutputs(chunks);
      const document = JSON.parse(json) as { results: AuditItem[]; summary: AuditSummary };

      expect(document.results.map((item) => item.kind)).toEqual(expected);
      expect(document.results.map((item) => item.source.recordNumber)).toEqual(expected.map((_, i) => i + 1));
      const rejectedNumbers = document.results.filter((item) => item.kind === "rejected").map((item) => item.source.recordNumber);
      const csvRows = parseCsv(rejectedCsv).slice(1);
      expect([...new Set(csvRows.map((row) => Number(row[1])))]).toEqual(rejectedNumbers);

      const { records } = document.summary;
      expect(records.read).toBe(expected.length);
      expect(records.evaluated).toBe(expected.filter((kind) => kind === "evaluated").length);
      expect(records.rejected).toBe(rejectedNumbers.length);
      expect(records.read).toBe(records.evaluated + records.rejected);
    },
    fuzzTimeout(0.3, 100),
  );
});
