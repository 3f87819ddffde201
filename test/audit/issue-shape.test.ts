// One issue shape for every problem: a reader's rejection, a validation issue, a profile issue and
// a data-quality finding all carry code, path and message (and line, column, expected and
// received where they exist), and the rejected-records CSV, the HTML report and the CLI's one
// line render that shape.
import { describe, expect, it } from "vitest";
import {
  auditCases,
  createHtmlReport,
  defineProfile,
  evaluateCase,
  ProfileValidationError,
  readCsvEventLog,
  readJsonLines,
  rejectionCsvHeader,
  rejectionCsvRows,
  REJECTION_CSV_COLUMNS,
  type AuditItem,
  type InputRecord,
} from "../../src/index.js";
import { rejectedText } from "../../src/cli/summary-text.js";
import { parseCsv } from "./support/parse-csv.js";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const HEADER = "case_id,event_type,date,outcome";

describe("rejections from the readers", () => {
  it("a bad CSV cell is an issue with its code, column name as path, line, column and the value received", async () => {
    const records = await collect(readCsvEventLog([`${HEADER}\nA,initial-conference,2024-02-31,plan\nB,initial-conference,2024-02-01,party\n`]));
    expect(records.map((record) => (record.kind === "rejected" ? record.rejections : []))).toEqual([
      [{ code: "invalid-date", path: ["date"], message: expect.stringMatching(/^impossible date "2024-02-31"/), received: "2024-02-31", line: 2, column: 3 }],
      [
        {
          code: "invalid-value",
          path: ["outcome"],
          message: 'unknown value "party"; expected one of plan, no-plan',
          expected: "plan, no-plan",
          received: "party",
          line: 3,
          column: 4,
        },
      ],
    ]);
  });

  it("a structural problem has the path [] and a code saying which", async () => {
    const csv = await collect(readCsvEventLog([`${HEADER}\nA,initial-conference\n`]));
    expect(csv[0]).toMatchObject({ rejections: [{ code: "wrong-field-count", path: [], expected: "4", received: "2", line: 2 }] });
    const jsonl = await collect(readJsonLines(['{"id":"a","events":[]}\nnot json\n']));
    expect(jsonl[1]).toMatchObject({ rejections: [{ code: "invalid-json", path: [], line: 2 }] });
  });

  it("a received value longer than 100 characters is cut short", async () => {
    const long = "x".repeat(5000);
    const records = await collect(readCsvEventLog([`${HEADER}\nA,initial-conference,2024-02-01,${long}\n`]));
    const rejection = records[0]!.kind === "rejected" ? records[0]!.rejections[0]! : undefined;
    expect(rejection?.received).toBe(`${"x".repeat(100)}...`);
  });
});

describe("a validation issue is a rejection", () => {
  it("the rejection is the issue evaluateCase gives, with the record's line", async () => {
    const timeline = { id: "V-1", events: [{ type: "initial-conference", date: 20240101, outcome: "plan" }] };
    const evaluated = evaluateCase(timeline, { profile: "working-together", asOf: "2025-03-31" });
    expect(evaluated.ok).toBe(false);
    const issues = evaluated.ok ? [] : evaluated.issues;
    expect(issues).toContainEqual({ code: "invalid_type", path: ["events", 0, "date"], message: expect.any(String), expected: "string" });
    const items = await collect(auditCases(readJsonLines([`\n${JSON.stringify(timeline)}\n`]), { profile: "working-together", asOf: "2025-03-31" }));
    expect(items[0]).toMatchObject({ kind: "rejected", stage: "validation" });
    expect(items[0]!.kind === "rejected" && items[0]!.rejections).toEqual(issues.map((issue) => ({ ...issue, line: 2 })));
    expect(items[0]).not.toHaveProperty("issues");
  });
});

describe("profile issues and data-quality findings", () => {
  it("a profile cross-check's issue has a code", () => {
    const rule = { id: "a", kind: "deadline-after-event", title: "A", anchor: "strategy-discussion", target: "initial-conference", within: { n: 15, unit: "working-days" } };
    let error: unknown;
    try {
      defineProfile({ id: "x", name: "X", version: "1", extends: "working-together", rules: [rule, rule] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProfileValidationError);
    expect((error as ProfileValidationError).issues).toContainEqual({ code: "duplicate-rule-id", path: ["rules", 1, "id"], message: expect.stringContaining('Duplicate rule id "a"') });
  });

  it("a data-quality finding's path points at the event at fault, the last it names", () => {
    const result = evaluateCase(
      {
        id: "D-1",
        events: [
          { type: "strategy-discussion", date: "2024-01-09", initiatedSection47: true },
          { type: "strategy-discussion", date: "2024-01-02", initiatedSection47: true },
        ],
      },
      { profile: "working-together", asOf: "2025-03-31" },
    );
    const outOfOrder = result.ok ? result.dataQuality.find((finding) => finding.code === "events-out-of-order") : undefined;
    expect(outOfOrder).toMatchObject({ path: ["events", 1], events: [{ index: 0 }, { index: 1 }] });
  });
});

describe("the writers render the one shape", () => {
  const rejected: AuditItem = {
    kind: "rejected",
    source: { format: "csv", file: "e.csv", recordNumber: 3, line: 7, caseId: "C-1" },
    stage: "input",
    rejections: [
      { code: "invalid-date", path: ["date"], message: "impossible date", received: "2024-02-31", line: 8, column: 3 },
      { code: "custom", path: ["events", 2, "date"], message: "Invalid date" },
    ],
  };

  it("the rejected-records CSV has a column per part of an issue", () => {
    expect([...REJECTION_CSV_COLUMNS]).toEqual(["file", "record_number", "line", "column", "case_id", "stage", "code", "path", "message", "expected", "received"]);
    expect(parseCsv(rejectionCsvHeader() + rejectionCsvRows(rejected))).toEqual([
      [...REJECTION_CSV_COLUMNS],
      ["e.csv", "3", "8", "3", "C-1", "input", "invalid-date", "date", "impossible date", "", "2024-02-31"],
      ["e.csv", "3", "7", "", "C-1", "input", "custom", "events.2.date", "Invalid date", "", ""],
    ]);
  });

  it("the HTML report shows the code and where: path, line and column", () => {
    const report = createHtmlReport();
    report.add(rejected);
    const audit = auditCases([], { profile: "working-together", asOf: "2025-03-31" });
    expect([...audit]).toEqual([]);
    const html = report.render(audit.summary());
    expect(html).toContain("<th>Problem</th><th>Where</th><th>Why</th>");
    expect(html).toContain("<td><code>invalid-date</code></td><td><code>date, line 8, column 3</code></td><td>impossible date</td>");
    expect(html).toContain("<td><code>custom</code></td><td><code>events.2.date</code></td><td>Invalid date</td>");
  });

  it("the CLI's one line gives the first issue's path and message, and the message alone for the record as a whole", () => {
    expect(rejectedText(rejected as AuditItem & { kind: "rejected" })).toBe("e.csv:line 7 (case C-1): date: impossible date");
    const whole: InputRecord = { kind: "rejected", source: { format: "jsonl", recordNumber: 2, line: 2 }, rejections: [{ code: "invalid-json", path: [], message: "not valid JSON" }] };
    expect(rejectedText({ ...whole, stage: "input" })).toBe("line 2: not valid JSON");
  });
});
