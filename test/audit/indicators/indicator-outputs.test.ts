import { describe, expect, it } from "vitest";
import {
  auditCases,
  createHtmlReport,
  indicatorsUnsupportedByCinCensus,
  readCinCensus,
  readCsvEventLog,
  readJsonArray,
  readJsonLines,
  resolveAuditProfile,
  rulesUnsupportedByCinCensus,
  summaryCsv,
  SUMMARY_CSV_COLUMNS,
} from "../../../src/index.js";
import { parseCsv } from "../support/parse-csv.js";
import { AS_OF, CASES } from "./indicator-cases.js";

function summaryAndReport() {
  const audit = auditCases(CASES, { profile: "working-together", asOf: AS_OF });
  const report = createHtmlReport();
  for (const item of audit) report.add(item);
  const summary = audit.summary();
  return { summary, html: report.render(summary) };
}

describe("national indicators in the outputs", () => {
  const { summary, html } = summaryAndReport();

  it("the summary CSV has one row per figure and year, counts only, every row as wide as the header", () => {
    const rows = parseCsv(summaryCsv(summary));
    const col = (name: (typeof SUMMARY_CSV_COLUMNS)[number]) => SUMMARY_CSV_COLUMNS.indexOf(name);
    for (const row of rows.slice(0, -1)) if (row[0] !== "not-audited") expect(row).toHaveLength(SUMMARY_CSV_COLUMNS.length);
    const find = (id: string, year: string) => rows.find((row) => row[0] === "indicator" && row[1] === id && row[4] === year)!;
    const reviews = find("reviews-on-time", "2024-25");
    expect([reviews[col("numerator")], reviews[col("denominator")], reviews[col("percent")], reviews[col("group_by")]]).toEqual(["1", "3", "33.3", "year"]);
    const median = find("icpc-within-15-working-days/quartile/median", "2024-25");
    expect(median[col("value")]).toBe("12");
    const local = find("repeat-plans/within-2-years", "2024-25");
    expect([local[col("numerator")], local[col("denominator")]]).toEqual(["1", "5"]);
    const atLeast18 = find("plans-lasting-2-years-or-more/open/at-least-18-months", "2024-25");
    expect([atLeast18[col("numerator")], atLeast18[col("denominator")]]).toEqual(["1", "5"]);
    expect(find("reviews-on-time", "2025-26")[col("title")]).toContain("year not over: to 2025-06-30");
    expect(rows.filter((row) => row[0] === "indicator" && row[1] === "reviews-on-time").map((row) => row[4])).toEqual([
      "2022-23",
      "2023-24",
      "2024-25",
      "2025-26",
    ]);
    // Counts only: no case id in the indicator rows.
    expect(rows.filter((row) => row[0] === "indicator").some((row) => row.includes("F"))).toBe(false);
  });

  it("the HTML report opens with the latest year over by the audit date and a trend over every year", () => {
    const start = html.indexOf('<section id="indicators">');
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(html.indexOf("<h2>At a glance</h2>"));
    const section = html.slice(start, html.indexOf("<h2>At a glance</h2>"));
    expect(section).toContain('data-figure="indicators.year">2024-25<');
    const figure = (name: string) => new RegExp(`data-figure="indicators\\.${name}">([^<]*)<`).exec(section)?.[1];
    expect(figure("reviews-on-time.numerator")).toBe("1");
    expect(figure("reviews-on-time.denominator")).toBe("3");
    expect(figure("reviews-on-time.percentage")).toBe("33.3%");
    expect(figure("repeat-plans.within-2-years.numerator")).toBe("1");
    expect(figure("open-plans")).toBe("5");
    // The year not over is in the trend, as it stands: reviews on time 1 of 4 so far.
    expect(section).toContain("<title>2025-26: 25.0%</title>");
    expect(section).toContain("2025-26 (so far)");
    // One trend dot per year with a figure, e.g. reviews on time in 2023-24 (2 of 2) and 2024-25 (1 of 3).
    expect(section).toContain("<title>2023-24: 100.0%</title>");
    expect(section).toContain("<title>2024-25: 33.3%</title>");
    expect(section).toContain('id="indicators-by-year"');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(section).not.toMatch(/<script|https?:/);
  });

  it("leads with the year so far when no year is over by the audit date", () => {
    const audit = auditCases(CASES, { profile: "working-together", asOf: AS_OF, indicatorYear: 2025 });
    for (const item of audit) void item;
    expect(createHtmlReport().render(audit.summary())).toContain('data-figure="indicators.year">2025-26 so far (to 2025-06-30: the year is not over)<');
  });

  it("a report with no year in scope says so", () => {
    const audit = auditCases([], { profile: "working-together", asOf: AS_OF });
    for (const item of audit) void item;
    expect(createHtmlReport().render(audit.summary())).toContain("No reporting year in scope");
  });
});

describe("national indicators from every input format", () => {
  /** The hand-made cases as a CSV event log: one row per event, the fields the cases use. */
  function asCsvEventLog(): string {
    const header = "case_id,event_type,date,outcome,reason,rule_id,approved_by,due_date";
    const rows = CASES.flatMap((timeline) =>
      timeline.events.map((event) => {
        const e = event as Record<string, string | undefined>;
        return [timeline.id, e["type"], e["date"], e["outcome"], e["reason"], e["ruleId"], e["approvedBy"], e["dueDate"]].map((cell) => cell ?? "").join(",");
      }),
    );
    return [header, ...rows].join("\n") + "\n";
  }

  it("gives the same indicators from a CSV event log, a JSON array and JSON Lines as from the timelines", async () => {
    const expected = summaryAndReport().summary.indicators;
    const inputs = [
      readCsvEventLog([asCsvEventLog()], { file: "events.csv" }),
      readJsonArray([JSON.stringify(CASES)], { file: "cases.json" }),
      readJsonLines([CASES.map((timeline) => JSON.stringify(timeline)).join("\n")], { file: "cases.jsonl" }),
    ];
    for (const records of inputs) {
      const audit = auditCases(records, { profile: "working-together", asOf: AS_OF });
      for await (const item of audit) expect(item.kind).toBe("evaluated");
      expect(audit.summary().indicators).toEqual(expected);
    }
  });
});

describe("national indicators from a CIN census return", () => {
  const child = (id: string, body: string) =>
    `<Child><ChildIdentifiers><LAchildID>${id}</LAchildID><PersonBirthDate>2015-06-01</PersonBirthDate></ChildIdentifiers>` +
    `<CINdetails><CINreferralDate>2023-01-05</CINreferralDate>${body}</CINdetails></Child>`;
  // One child, two plans: the census gives each plan as a case of its own.
  const XML =
    `<?xml version="1.0" encoding="utf-8"?><Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header><Children>` +
    child(
      "K1",
      `<Section47><S47ActualStartDate>2024-06-03</S47ActualStartDate><DateOfInitialCPC>2024-06-24</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>` +
        `<ChildProtectionPlans><CPPstartDate>2024-06-24</CPPstartDate><CPPendDate>2024-09-02</CPPendDate><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>` +
        `<ChildProtectionPlans><CPPstartDate>2024-11-04</CPPstartDate><NumberOfPreviousCPP>1</NumberOfPreviousCPP></ChildProtectionPlans>`,
    ) +
    `</Children></Message>`;

  it("leaves repeat plans out, with the reason, in the summary, the CSV and the report", async () => {
    const audit = auditCases(readCinCensus([XML], { file: "cin.xml" }), {
      profile: "working-together",
      asOf: "2025-03-31",
      exclude: rulesUnsupportedByCinCensus(resolveAuditProfile("working-together", []).profile),
      excludeIndicators: indicatorsUnsupportedByCinCensus(),
    });
    const report = createHtmlReport();
    for await (const item of audit) {
      expect(item.kind).toBe("evaluated");
      report.add(item);
    }
    const summary = audit.summary();
    const year = summary.indicators.find((y) => y.year === "2024-25")!;
    expect(year["repeat-plans"]).toBeUndefined();
    expect(summary.unsupportedIndicators.map((item) => item.indicator)).toEqual(["repeat-plans"]);
    expect(year["icpc-within-15-working-days"].numeratorCaseIds).toEqual(["K1#2024-06-24"]);
    expect(year["plans-lasting-2-years-or-more"].endedByDuration["3-months-or-less"].caseIds).toEqual(["K1#2024-06-24"]);
    const rows = parseCsv(summaryCsv(summary));
    expect(rows.some((row) => row[0] === "indicator" && row[1]!.startsWith("repeat-plans"))).toBe(false);
    expect(rows.find((row) => row[0] === "indicator-not-computed")?.slice(1, 5)).toEqual(["repeat-plans", "", "reason", expect.stringContaining("CIN census")]);
    const html = report.render(summary);
    expect(html).toContain("Not computed from this input: <code>repeat-plans</code>");
    expect(html).not.toContain('data-figure="indicators.repeat-plans.numerator"');
  });
});
