import { describe, expect, it } from "vitest";
import {
  auditCases,
  createHtmlReport,
  createJsonWriter,
  csvCell,
  csvRow,
  obligationCsvHeader,
  obligationCsvRows,
  OBLIGATION_CSV_COLUMNS,
  summaryCsv,
  SUMMARY_CSV_COLUMNS,
  type AuditItem,
} from "../../src/index.js";
import { repeatedCell } from "../../src/audit/writers/csv-cell.js";
import { parseCsv } from "./support/parse-csv.js";
import { random, sampleTimeline } from "./support/sample-timelines.js";

const hostile = '<script>alert("x")</script>, "quoted" =1+2';

function auditOf(timelines: unknown[]) {
  const audit = auditCases(timelines, { profile: "pan-sussex", asOf: "2025-03-31" });
  const items: AuditItem[] = [...audit];
  return { items, summary: audit.summary() };
}

function hostileCases(): unknown[] {
  const next = random(11);
  const cases: unknown[] = [];
  for (let i = 0; i < 30; i += 1) cases.push(sampleTimeline(next, `C-${i}`));
  cases.push({ ...sampleTimeline(next, "=HYPERLINK(\"http://evil\")"), team: hostile });
  cases.push({ ...sampleTimeline(next, '-2+3"\r\nnext'), team: "@SUM(A1)" });
  cases.push({ id: "<img src=x onerror=alert(1)>", events: [{ type: "<b>", date: "2024-01-01" }] });
  return cases;
}

describe("csv cells", () => {
  it("quotes per RFC 4180 and guards formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("line\r\nbreak")).toBe('"line\r\nbreak"');
    for (const start of ["=", "+", "-", "@", "\t"]) expect(csvCell(`${start}x`)).toBe(`'${start}x`);
    expect(csvCell("=1,2")).toBe(`"'=1,2"`);
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });
});

describe("CSV writer", () => {
  it("writes one row per obligation that parses back, with BOM and CRLF", () => {
    const { items, summary } = auditOf(hostileCases());
    const text = obligationCsvHeader() + items.map(obligationCsvRows).join("");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...OBLIGATION_CSV_COLUMNS]);
    expect(rows.length - 1).toBe(summary.total);
    for (const row of rows) expect(row).toHaveLength(OBLIGATION_CSV_COLUMNS.length);
    const ids = new Set(rows.slice(1).map((row) => row[0]));
    expect(ids.has(`'=HYPERLINK("http://evil")`)).toBe(true);
    expect(ids.has(`'-2+3"\r\nnext`)).toBe(true);
    expect(rows.some((row) => row[1] === "'@SUM(A1)")).toBe(true);
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+@]/);
  });

  it("writes a summary CSV whose rule rows add up to the profile row", () => {
    const { summary } = auditOf(hostileCases());
    const rows = parseCsv(summaryCsv(summary));
    expect(rows[0]).toEqual([...SUMMARY_CSV_COLUMNS]);
    const col = (name: string) => SUMMARY_CSV_COLUMNS.indexOf(name as (typeof SUMMARY_CSV_COLUMNS)[number]);
    const profileRow = rows.find((row) => row[0] === "profile" && row[3] === "all")!;
    const ruleRows = rows.filter((row) => row[0] === "rule" && row[3] === "all");
    expect(Number(profileRow[col("total")])).toBe(summary.total);
    expect(ruleRows.reduce((sum, row) => sum + Number(row[col("total")]), 0)).toBe(summary.total);
    for (const row of rows) expect(row).toHaveLength(SUMMARY_CSV_COLUMNS.length);
  });
});

describe("JSON writers", () => {
  it("writes a JSON document and JSON Lines that parse back with the summary", () => {
    const { items, summary } = auditOf(hostileCases());
    for (const format of ["json", "jsonl"] as const) {
      const writer = createJsonWriter(format);
      const text = writer.start() + items.map((item) => writer.write(item)).join("") + writer.end(summary);
      if (format === "json") {
        const doc = JSON.parse(text);
        expect(doc.results).toHaveLength(items.length);
        expect(doc.summary).toEqual(JSON.parse(JSON.stringify(summary)));
      } else {
        const lines = text.trimEnd().split("\n").map((line) => JSON.parse(line));
        expect(lines).toHaveLength(items.length + 1);
        expect(lines.at(-1).kind).toBe("summary");
        expect(lines.at(-1).summary.records.read).toBe(items.length);
      }
    }
    const empty = createJsonWriter("json");
    expect(JSON.parse(empty.start() + empty.end(summary)).results).toEqual([]);
  });
});

describe("HTML report", () => {
  it("escapes hostile strings and stays self-contained", () => {
    const { items, summary } = auditOf(hostileCases());
    const report = createHtmlReport({ notes: [hostile] });
    for (const item of items) report.add(item);
    const html = report.render(summary);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:|\/\/)/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html.match(/<svg/g)?.length).toBeGreaterThan(1);
  });

  it("caps the breach list and case drawings and says how many are not shown", () => {
    const next = random(5);
    const timelines = Array.from({ length: 300 }, (_, i) => sampleTimeline(next, `C-${i}`));
    const { items, summary } = auditOf(timelines);
    const report = createHtmlReport({ maxBreaches: 20, maxCaseTimelines: 5 });
    for (const item of items) report.add(item);
    const html = report.render(summary);
    const breachTotal = summary.breaches + summary.checkBreaches;
    expect(html).toContain(`Showing the first 20 of ${breachTotal} breaches`);
    expect(html).toContain(`Showing the first 5 of ${summary.casesWithBreaches} cases with breaches`);
    expect(html.match(/<details class="case"/g)).toHaveLength(5);
  });
});

describe("obligation rows written cell by known shape", () => {
  it("equal csvRow over every column, hostile text included", () => {
    const { items } = auditOf(hostileCases());
    let rows = 0;
    for (const item of items) {
      if (item.kind !== "evaluated") continue;
      const { caseId, team, obligations } = item.evaluation;
      const expected = obligations
        .map((o) =>
          csvRow([
            caseId,
            team,
            o.episode,
            o.ruleId,
            o.title,
            o.status,
            o.anchor.type,
            o.anchor.date,
            o.dueDate,
            o.actualDate,
            o.daysLate,
            o.workingDaysLate,
            o.exception?.reason ?? null,
            o.explanation,
            o.citation.document,
          ]),
        )
        .join("");
      expect(obligationCsvRows(item)).toBe(expected);
      rows += obligations.length;
    }
    expect(rows).toBeGreaterThan(100);
  });

  it("repeatedCell gives csvCell's cell, however often it is asked", () => {
    for (const value of [hostile, "plain", "", "=1+1", 'say "hi"', "Brighton & Hove, Central", "-3", "\tx"]) {
      expect(repeatedCell(value)).toBe(csvCell(value));
      expect(repeatedCell(value)).toBe(csvCell(value));
    }
    expect(repeatedCell(null)).toBe("");
  });
});
