// Full lifecycle, Medway (6-weekly core groups D19, a core group within 10 WD after each review
// that keeps the plan D18, record entered within 2 WD and copies within 5 WD D22). Plan 1 ends at
// a review conference (D12, T26); a new enquiry makes plan 2. Every expected date was computed
// by hand and checked against createWorkingCalendar in a scratch script.
import { describe, expect, it } from "vitest";
import { evaluateCase, type CaseTimeline } from "../../src/index.js";
import { breachRows, episodeRows, evaluated, obligationRows, type ObligationRow } from "./engine-test-helpers.js";

const timeline: CaseTimeline = {
  id: "medway-lifecycle",
  events: [
    { type: "strategy-discussion", date: "2023-10-31" }, // Tue
    { type: "initial-conference", date: "2023-11-17", outcome: "plan" }, // Fri
    { type: "core-group", date: "2023-12-01", recordEnteredDate: "2023-12-05", minutesCirculatedDate: "2023-12-08" }, // Fri
    // T16: Fri 22 Dec 2023.
    { type: "core-group", date: "2023-12-22", recordEnteredDate: "2023-12-28", minutesCirculatedDate: "2024-01-04" },
    {
      type: "exception",
      date: "2024-01-05",
      ruleId: "medway.copies-circulated",
      dueDate: "2024-01-03",
      reason: "Business support closed over New Year",
      approvedBy: "Team manager",
    },
    { type: "core-group", date: "2024-01-31", status: "cancelled" }, // D13
    { type: "core-group", date: "2024-02-07", minutesCirculatedDate: "2024-02-14" }, // Wed: late; record never entered
    { type: "review-conference", date: "2024-02-15", outcome: "plan-continues" }, // Thu
    { type: "core-group", date: "2024-03-01", recordEnteredDate: "2024-03-04", minutesCirculatedDate: "2024-03-08" }, // Fri
    { type: "review-conference", date: "2024-04-04", outcome: "plan-ends" }, // Thu
    // Plan 2
    { type: "strategy-discussion", date: "2024-06-03" }, // Mon
    { type: "initial-conference", date: "2024-06-26", outcome: "plan" }, // Wed: late
    { type: "core-group", date: "2024-07-09", recordEnteredDate: "2024-07-09" }, // Tue
  ],
};

const AS_OF = "2024-07-15";

const expected: ObligationRow[] = [
  // 5 WD after Fri 1 Dec 2023: 4-8 Dec.
  ["medway.copies-circulated", "2023-12-01", "2023-12-08", "met", "2023-12-08"],
  // T16: 5 WD after Fri 22 Dec: 27, 28, 29 Dec, 2, 3 Jan (skips 25, 26 Dec, 1 Jan); sent Thu 4 Jan:
  // 1 WD late; exception recorded (D14).
  ["medway.copies-circulated", "2023-12-22", "2024-01-03", "exception", "2024-01-04", 1],
  // 5 WD after Wed 7 Feb: 8, 9, 12, 13, 14 Feb.
  ["medway.copies-circulated", "2024-02-07", "2024-02-14", "met", "2024-02-14"],
  ["medway.copies-circulated", "2024-03-01", "2024-03-08", "met", "2024-03-08"],
  // 5 WD after Tue 9 Jul: 10-12, 15, 16 Jul; not recorded, not yet due.
  ["medway.copies-circulated", "2024-07-09", "2024-07-16", "pending", null],
  // D18: 10 WD after the review of Thu 15 Feb: 16, 19-23, 26-29 Feb; next meeting Fri 1 Mar: 1 WD late.
  ["medway.core-group-after-review", "2024-02-15", "2024-02-29", "late", "2024-03-01", 1],
  // 1 Dec + 42 days = 12 Jan 2024.
  ["medway.core-group-frequency", "2023-12-01", "2024-01-12", "met", "2023-12-22"],
  // 22 Dec + 42 days = Fri 2 Feb; cancelled 31 Jan ignored; held Wed 7 Feb: 5, 6, 7 = 3 WD late.
  ["medway.core-group-frequency", "2023-12-22", "2024-02-02", "late", "2024-02-07", 3],
  // 7 Feb + 42 days = 20 Mar (leap year: 22 to 29 Feb, 20 more).
  ["medway.core-group-frequency", "2024-02-07", "2024-03-20", "met", "2024-03-01"],
  // T26: 1 Mar + 42 days = Fri 12 Apr, after the review of 4 Apr ended the plan: not required (D12).
  ["medway.core-group-frequency", "2024-03-01", "2024-04-12", "not-applicable", null],
  // 9 Jul + 42 days = 20 Aug.
  ["medway.core-group-frequency", "2024-07-09", "2024-08-20", "pending", null],
  // 2 WD after Fri 1 Dec: 4, 5 Dec.
  ["medway.record-entered", "2023-12-01", "2023-12-05", "met", "2023-12-05"],
  // T16: 2 WD after Fri 22 Dec: 27, 28 Dec.
  ["medway.record-entered", "2023-12-22", "2023-12-28", "met", "2023-12-28"],
  // 2 WD after Wed 7 Feb: 8, 9 Feb. Never entered: overdue before the plan ended, so it stays a breach;
  // lateness to the end (Thu 4 Apr): 12 Feb-28 Mar = 34 WD, Good Friday 29 Mar and Easter Monday
  // 1 Apr skipped, 2-4 Apr = 37 WD.
  ["medway.record-entered", "2024-02-07", "2024-02-09", "missing", null, 37],
  ["medway.record-entered", "2024-03-01", "2024-03-05", "met", "2024-03-04"],
  // 2 WD after Tue 9 Jul: 10, 11 Jul; entered the same day.
  ["medway.record-entered", "2024-07-09", "2024-07-11", "met", "2024-07-09"],
  // 10 WD after Fri 17 Nov 2023: 20-24 Nov, 27 Nov-1 Dec; held on the due date.
  ["working-together.first-core-group", "2023-11-17", "2023-12-01", "met", "2023-12-01"],
  // 10 WD after Wed 26 Jun 2024: 27, 28 Jun, 1-5 Jul, 8-10 Jul.
  ["working-together.first-core-group", "2024-06-26", "2024-07-10", "met", "2024-07-09"],
  // 17 Nov + 3 months = Sat 17 Feb 2024: reported as computed, no roll (D8).
  ["working-together.first-review", "2023-11-17", "2024-02-17", "met", "2024-02-15"],
  ["working-together.first-review", "2024-06-26", "2024-09-26", "pending", null],
  // 15 WD after Tue 31 Oct 2023: 1-3, 6-10, 13-17, 20, 21 Nov.
  ["working-together.icpc-timing", "2023-10-31", "2023-11-21", "met", "2023-11-17"],
  // 15 WD after Mon 3 Jun 2024: 4-7, 10-14, 17-21, 24 Jun; held Wed 26 Jun: 2 WD late.
  ["working-together.icpc-timing", "2024-06-03", "2024-06-24", "late", "2024-06-26", 2],
  // 15 Feb + 6 months = 15 Aug; met by the review that ended the plan.
  ["working-together.later-reviews", "2024-02-15", "2024-08-15", "met", "2024-04-04"],
];

describe("lifecycle: medway", () => {
  const result = evaluated(evaluateCase(timeline, { profile: "medway", asOf: AS_OF }));

  it("reports every obligation exactly as computed by hand", () => {
    expect(obligationRows(result)).toEqual(expected);
  });

  it("has no meeting checks (members decide who chairs, D23) and four breaches", () => {
    expect(result.checks).toEqual([]);
    expect(breachRows(result)).toEqual([
      "obligation medway.core-group-frequency 2024-02-02",
      "obligation medway.record-entered 2024-02-09",
      "obligation medway.core-group-after-review 2024-02-29",
      "obligation working-together.icpc-timing 2024-06-24",
    ]);
  });

  it("names the missing record fact (D25)", () => {
    const missing = result.obligations.find((o) => o.status === "missing")!;
    expect(missing.facts["missingFact"]).toBe("recordEnteredDate");
    expect(missing.daysLate).toBe(55); // 9 Feb to 4 Apr 2024
  });

  it("has two plan episodes", () => {
    expect(episodeRows(result)).toEqual([
      [1, "2023-11-17", "2024-04-04", "review-conference"],
      [2, "2024-06-26", null, null],
    ]);
  });

  it("names what is due next", () => {
    expect(result.nextDue?.ruleId).toBe("medway.copies-circulated");
    expect(result.nextDue?.dueDate).toBe("2024-07-16");
  });

  it("has no checklist and no data-quality problem", () => {
    expect(result.checklist).toEqual([]);
    expect(result.dataQuality).toEqual([]);
  });
});
