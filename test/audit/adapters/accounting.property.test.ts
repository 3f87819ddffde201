import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { readCsvEventLog, readJsonLines, type InputRecord } from "../../../src/index.js";
import { collect, splitAt, splitPointsArbitrary } from "./helpers.js";

const HEADER = "case_id,event_type,date,outcome,status";
const GOOD_ROWS = [
  "strategy-discussion,2024-01-02,,",
  "initial-conference,2024-01-20,plan,",
  'core-group,2024-02-01,,"held"',
  "core-group,2024-03-01,,cancelled",
];
const BAD_ROWS = [
  "initial-conference,2024-02-31,plan,", // impossible date
  "meeting,2024-02-01,,", // unknown event type
  "core-group,,,", // missing date
  "core-group,03/04/2024,,", // ambiguous under iso
  'core-group,2024-02-01,,"held",extra', // too many fields
  'core-group,2024-02-01,,"he"ld', // text after closing quote
];

const groupArbitrary = fc.record({
  id: fc.constantFrom("A", "B", "C", "D", "E", "F", 'G "quoted"', "H,comma", "__proto__"),
  rows: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...GOOD_ROWS) }, { weight: 1, arbitrary: fc.constantFrom(...BAD_ROWS) }), {
    minLength: 1,
    maxLength: 5,
  }),
  missingIdRowAfter: fc.boolean(),
});

function csvId(id: string): string {
  return /[",]/.test(id) ? `"${id.replaceAll('"', '""')}"` : id;
}

describe("accounting: every input record is yielded exactly once, as a case or a rejection", () => {
  test.prop([fc.array(groupArbitrary, { maxLength: 15 }), fc.boolean(), splitPointsArbitrary])(
    "CSV event log: each contiguous case group and each row without a case id",
    async (generated, crlf, points) => {
      // A row without a case id is its own record and does not end the case around it, so
      // consecutive generated groups with the same id form one contiguous group in the file. A
      // case in more than one group is rejected in every one (D36), the first one too.
      const lines = [HEADER];
      type Expected = { id: string | undefined; line: number; badLines: number[]; rows: number };
      const expected: Expected[] = [];
      let current: Expected | undefined;
      for (const group of generated) {
        if (current === undefined || current.id !== group.id) {
          current = { id: group.id, line: lines.length + 1, badLines: [], rows: 0 };
          expected.push(current);
        }
        for (const row of group.rows) {
          lines.push(`${csvId(group.id)},${row}`);
          current.rows++;
          if (BAD_ROWS.includes(row)) current.badLines.push(lines.length);
        }
        if (group.missingIdRowAfter) {
          lines.push(",core-group,2024-02-01,,");
          expected.push({ id: undefined, line: lines.length, badLines: [lines.length], rows: 1 });
        }
      }
      const groups = new Map<string | undefined, number>();
      for (const group of expected) groups.set(group.id, (groups.get(group.id) ?? 0) + 1);
      const split = (group: Expected): boolean => group.id !== undefined && groups.get(group.id)! > 1;
      const text = lines.join(crlf ? "\r\n" : "\n");
      const records = await collect(readCsvEventLog(splitAt(text, points.map((p) => p % (text.length + 1)))));
      expect(records.length).toBe(expected.length);
      const byLine = new Map<number, InputRecord>(records.map((r) => [r.source.line as number, r]));
      expect(byLine.size).toBe(records.length);
      expect(records.map((r) => r.source.recordNumber)).toEqual(records.map((_, i) => i + 1));
      for (const group of expected) {
        const record = byLine.get(group.line);
        expect(record?.source.caseId).toBe(group.id);
        if (group.badLines.length === 0 && !split(group)) {
          expect(record?.kind).toBe("case");
          expect((record as { timeline: { events: unknown[] } }).timeline.events.length).toBe(group.rows);
        } else {
          expect(record?.kind).toBe("rejected");
          const rejectionLines = new Set((record as { readonly rejections: readonly { line?: number }[] }).rejections.map((r) => r.line));
          for (const line of group.badLines) expect(rejectionLines.has(line)).toBe(true);
          if (split(group)) expect(rejectionLines.has(group.line)).toBe(true);
        }
      }
      expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
    },
  );

  test.prop([fc.array(fc.oneof(fc.constant('{"id":"ok","events":[]}'), fc.constant("{oops"), fc.constant(""), fc.constant("[1,2]")), { maxLength: 30 }), splitPointsArbitrary])(
    "JSON Lines: read = cases + rejected = non-blank lines, each with its line",
    async (lines, points) => {
      const text = lines.join("\n");
      const records = await collect(readJsonLines(splitAt(text, points.map((p) => p % (text.length + 1)))));
      const nonBlank = lines.flatMap((line, i) => (line.length > 0 ? [i + 1] : []));
      expect(records.map((r) => r.source.line)).toEqual(nonBlank);
      const rejected = records.filter((r) => r.kind === "rejected").map((r) => r.source.line);
      expect(rejected).toEqual(lines.flatMap((line, i) => (line === "{oops" ? [i + 1] : [])));
    },
  );
});
