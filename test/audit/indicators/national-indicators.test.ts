import { describe, expect, it } from "vitest";
import { auditCases, type CaseTimeline } from "../../../src/index.js";
import { AS_OF, CASES } from "./indicator-cases.js";
import { createCaseAuditor } from "../../../src/audit/case-auditor.js";
import type { ReportingYearIndicators } from "../../../src/audit/indicators/indicator-types.js";


function indicatorsOf(cases: readonly CaseTimeline[], options: { indicatorYear?: number; indicatorCaseIds?: boolean } = {}) {
  const audit = auditCases(cases, { profile: "working-together", asOf: AS_OF, ...options });
  for (const item of audit) expect(item.kind).toBe("evaluated");
  return audit.summary().indicators;
}

function year(all: readonly ReportingYearIndicators[], label: string): ReportingYearIndicators {
  const found = all.find((y) => y.year === label);
  if (found === undefined) throw new Error(`no year ${label}`);
  return found;
}

describe("national indicators, hand-computed", () => {
  const all = indicatorsOf(CASES);

  it("lists every reporting year from the first in the data to the one holding the audit date", () => {
    expect(all.map((y) => [y.year, y.from, y.to, y.censusDate, y.partial])).toEqual([
      ["2022-23", "2022-04-01", "2023-03-31", "2023-03-31", false],
      ["2023-24", "2023-04-01", "2024-03-31", "2024-03-31", false],
      ["2024-25", "2024-04-01", "2025-03-31", "2025-03-31", false],
      ["2025-26", "2025-04-01", "2026-03-31", "2025-06-30", true],
    ]);
  });

  it("ICPC within 15 working days: bands, quartiles, a transfer-in untimed, an exception still late", () => {
    const icpc = year(all, "2024-25")["icpc-within-15-working-days"];
    expect(icpc.conferences).toBe(5);
    expect([icpc.numerator, icpc.denominator, icpc.percentage]).toEqual([3, 4, 75]);
    expect(icpc.numeratorCaseIds).toEqual(["A", "D", "E"]);
    expect(icpc.denominatorCaseIds).toEqual(["A", "B", "D", "E"]);
    expect(icpc.bands).toEqual({
      "0-10": { count: 1, caseIds: ["D"] },
      "11-15": { count: 2, caseIds: ["A", "E"] },
      "16-20": { count: 1, caseIds: ["B"] },
      "21+": { count: 0, caseIds: [] },
    });
    expect(icpc.quartiles).toEqual({ p25: 5, median: 12, p75: 15 });
    expect(icpc.untimed).toEqual({ "transfer-in": { count: 1, caseIds: ["C"] }, "no-s47-start": { count: 0, caseIds: [] } });
    expect(icpc.defaults.some((text) => text.startsWith("Default: working days"))).toBe(true);
    // The ICPC on 31 March 2023 belongs to 2022-23, with the one of May 2022.
    const earlier = year(all, "2022-23")["icpc-within-15-working-days"];
    expect([earlier.numerator, earlier.denominator, earlier.numeratorCaseIds]).toEqual([2, 2, ["D", "E"]]);
    expect(earlier.bands["0-10"].caseIds).toEqual(["D", "E"]);
  });

  it("an ICPC with no s47 start before it is counted as held but left out of the bands", () => {
    const icpc = indicatorsOf([
      { id: "G", events: [{ type: "initial-conference", date: "2024-05-01", outcome: "no-plan" }, { type: "strategy-discussion", date: "2024-05-02" }] },
    ])[0]!["icpc-within-15-working-days"];
    expect([icpc.conferences, icpc.denominator, icpc.untimed["no-s47-start"].caseIds]).toEqual([1, 0, ["G"]]);
  });

  it("reviews on time: plans open at 31 March for 3 months or more; an exception does not excuse a late review", () => {
    const reviews = year(all, "2024-25")["reviews-on-time"];
    expect([reviews.numerator, reviews.denominator, reviews.percentage]).toEqual([1, 3, 33.3]);
    expect(reviews.numeratorCaseIds).toEqual(["A"]);
    // B ended in the year; D's plan 1 ended on 31 March (not open then) and plan 2 began that day; E's plan 2 is under 3 months.
    expect(reviews.denominatorCaseIds).toEqual(["A", "C", "F"]);
    // 2023-24: D (reviews on time, next due 29 June 2024) and F (started 15 September 2023, reviewed 15 December).
    const earlier = year(all, "2023-24")["reviews-on-time"];
    expect([earlier.numeratorCaseIds, earlier.denominatorCaseIds]).toEqual([["D", "F"], ["D", "F"]]);
    // 2025-26 so far, at the audit date 30 June 2025: F's late review still fails it; A's next review is due 24 September.
    const partial = year(all, "2025-26")["reviews-on-time"];
    expect([partial.numeratorCaseIds, partial.denominatorCaseIds]).toEqual([["A"], ["A", "C", "E", "F"]]);
  });

  it("repeat plans: second or subsequent plans, and the within-2-years local variant", () => {
    const repeat = year(all, "2024-25")["repeat-plans"]!;
    expect([repeat.numerator, repeat.denominator, repeat.percentage]).toEqual([2, 5, 40]);
    expect(repeat.numeratorCaseIds).toEqual(["D", "E"]);
    expect(repeat.denominatorCaseIds).toEqual(["A", "B", "C", "D", "E"]);
    const local = repeat.withinTwoYearsOfPreviousPlanEnding;
    expect([local.numerator, local.denominator, local.percentage, local.numeratorCaseIds]).toEqual([1, 5, 20, ["D"]]);
  });

  it("plans lasting 2 years or more: ended in the year by duration band, and open at 31 March with escalation points", () => {
    const long = year(all, "2024-25")["plans-lasting-2-years-or-more"];
    expect([long.numerator, long.denominator, long.percentage]).toEqual([1, 2, 50]);
    expect(long.numeratorCaseIds).toEqual(["D"]);
    expect(long.endedByDuration["over-3-to-6-months"].caseIds).toEqual(["B"]);
    expect(long.endedByDuration["2-years-or-more"].caseIds).toEqual(["D"]);
    const open = long.openAtCensusDate;
    expect([open.count, open.caseIds]).toEqual([5, ["A", "C", "D", "E", "F"]]);
    expect(open.byDuration["3-months-or-less"].caseIds).toEqual(["D", "E"]);
    expect(open.byDuration["over-6-months-to-under-1-year"].caseIds).toEqual(["A", "C"]);
    expect(open.byDuration["1-to-under-2-years"].caseIds).toEqual(["F"]);
    expect([open.atLeastMonths["15"].caseIds, open.atLeastMonths["18"].caseIds, open.atLeastMonths["21"].caseIds]).toEqual([["F"], ["F"], []]);
    // 2022-23: E's plan 1 (3 May to 1 November) ended; D's plan started on 31 March 2023 and was open that day.
    const earlier = year(all, "2022-23")["plans-lasting-2-years-or-more"];
    expect(earlier.endedByDuration["over-3-to-6-months"].caseIds).toEqual(["E"]);
    expect(earlier.openAtCensusDate.byDuration["3-months-or-less"].caseIds).toEqual(["D"]);
    expect(year(all, "2025-26")["plans-lasting-2-years-or-more"].openAtCensusDate.atLeastMonths["21"].caseIds).toEqual(["F"]);
  });

  it("reports one reporting year only when asked, and refuses a year starting after the audit date", () => {
    const only = indicatorsOf(CASES, { indicatorYear: 2024 });
    expect(only).toEqual([year(all, "2024-25")]);
    expect(indicatorsOf([], { indicatorYear: 2021 }).map((y) => [y.year, y["repeat-plans"]?.denominator])).toEqual([["2021-22", 0]]);
    expect(() => auditCases([], { profile: "working-together", asOf: AS_OF, indicatorYear: 2025 })).not.toThrow();
    expect(() => auditCases([], { profile: "working-together", asOf: AS_OF, indicatorYear: 2026 })).toThrow(RangeError);
  });

  it("summaries built apart and merged, in any order, give exactly the indicators of one audit", () => {
    const parts = [CASES.filter((_, i) => i % 2 === 1), CASES.filter((_, i) => i % 2 === 0)];
    const merged = createCaseAuditor({ profile: "working-together", asOf: AS_OF });
    for (const part of parts) {
      const auditor = createCaseAuditor({ profile: "working-together", asOf: AS_OF });
      for (const timeline of part) auditor.audit(timeline);
      merged.summary.merge(structuredClone(auditor.summary.snapshot()));
    }
    const single = createCaseAuditor({ profile: "working-together", asOf: AS_OF });
    for (const timeline of CASES) single.audit(timeline);
    expect(merged.summary.result().indicators).toEqual(single.summary.result().indicators);
    expect(merged.summary.result().indicators).toEqual(all);
  });
});

describe("national indicators at the edges of the supported dates", () => {
  it("reports 1989-90 and 2099-00, whose ends lie outside the supported dates", () => {
    const timeline: CaseTimeline = {
      id: "Z",
      events: [
        { type: "strategy-discussion", date: "1990-01-02" },
        { type: "initial-conference", date: "1990-01-05", outcome: "plan" },
      ],
    };
    const audit = auditCases([timeline], { profile: "working-together", asOf: "2099-12-31" });
    for (const item of audit) expect(item.kind).toBe("evaluated");
    const years = audit.summary().indicators;
    expect(years).toHaveLength(111);
    expect([years[0]!.year, years[0]!.from, years[0]!.to]).toEqual(["1989-90", "1989-04-01", "1990-03-31"]);
    expect(years[0]!["icpc-within-15-working-days"].numeratorCaseIds).toEqual(["Z"]);
    const last = years.at(-1)!;
    expect([last.year, last.to, last.censusDate, last.partial]).toEqual(["2099-00", "2100-03-31", "2099-12-31", true]);
    expect(last["plans-lasting-2-years-or-more"].openAtCensusDate.byDuration["2-years-or-more"].caseIds).toEqual(["Z"]);
  });
});

describe("national indicators without case ids", () => {
  /** The indicators with every case-id list taken out. */
  function withoutIds(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withoutIds);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !/caseIds$/i.test(key))
        .map(([key, inner]) => [key, withoutIds(inner)]),
    );
  }

  it("gives the same counts, with no case-id list anywhere", () => {
    const counted = indicatorsOf(CASES, { indicatorCaseIds: false });
    expect(JSON.stringify(counted)).not.toMatch(/caseIds/i);
    expect(counted).toEqual(withoutIds(indicatorsOf(CASES)));
  });

  it("keeps state that does not grow with the number of cases", () => {
    const stateSize = (copies: number) => {
      const auditor = createCaseAuditor({ profile: "working-together", asOf: AS_OF, indicatorCaseIds: false });
      for (let copy = 0; copy < copies; copy++) for (const timeline of CASES) auditor.audit({ ...timeline, id: `${timeline.id}-${copy}` });
      return JSON.stringify(auditor.summary.snapshot().indicators).replace(/\d+/g, "0").length;
    };
    expect(stateSize(50)).toBe(stateSize(1));
  });

  it("refuses to merge counts without case ids into indicators that keep them", () => {
    const counted = createCaseAuditor({ profile: "working-together", asOf: AS_OF, indicatorCaseIds: false });
    for (const timeline of CASES) counted.audit(timeline);
    const keeping = createCaseAuditor({ profile: "working-together", asOf: AS_OF });
    expect(() => keeping.summary.merge(counted.summary.snapshot())).toThrow(/without case ids/);
  });
});
