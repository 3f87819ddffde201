// Full lifecycle, Cambridgeshire (a core group in the 10 days before each review D16, a second
// one when conferences are more than 3 months apart D17, the lead social worker chairs: a
// finding D23). Plan 1 ends at a review conference; a new enquiry makes plan 2. Every expected
// date was computed by hand and checked against createWorkingCalendar in a scratch script.
//
// Cambridgeshire sets no core-group frequency, and the 6-month review rule is always met by the
// review that ends a plan, so a review ending this plan leaves nothing "not-applicable" (the D12
// not-applicable case is covered in the other lifecycle files).
import { describe, expect, it } from "vitest";
import { evaluateCase, type CaseTimeline } from "../../src/index.js";
import {
  breachRows,
  checkRows,
  episodeRows,
  evaluated,
  obligationRows,
  type CheckRow,
  type ObligationRow,
} from "./engine-test-helpers.js";

const lsw = { role: "lead-social-worker" };

const timeline: CaseTimeline = {
  id: "cambridgeshire-lifecycle",
  events: [
    { type: "strategy-discussion", date: "2024-01-15" }, // Mon
    { type: "initial-conference", date: "2024-02-01", outcome: "plan" }, // Thu
    { type: "core-group", date: "2024-02-14", status: "cancelled", chair: lsw }, // D13
    { type: "core-group", date: "2024-02-16", chair: lsw }, // Fri: 1 WD late
    {
      type: "exception",
      date: "2024-02-19",
      ruleId: "working-together.first-core-group",
      reason: "Interpreter unavailable",
      approvedBy: "Team manager",
    },
    { type: "core-group", date: "2024-04-22", chair: { role: "team-manager" } }, // Mon: in the window before R1
    { type: "review-conference", date: "2024-04-30", outcome: "plan-continues" }, // Tue
    { type: "core-group", date: "2024-07-15" }, // Mon: chair not recorded
    { type: "core-group", date: "2024-10-21", chair: lsw }, // Mon: in the window before R2
    { type: "review-conference", date: "2024-10-30", outcome: "plan-continues" }, // Wed
    { type: "core-group", date: "2025-04-22", chair: lsw }, // Tue: the only meeting between R2 and R3
    { type: "review-conference", date: "2025-04-29", outcome: "plan-ends" }, // Tue
    // Plan 2
    { type: "strategy-discussion", date: "2025-06-02" }, // Mon
    { type: "initial-conference", date: "2025-06-23", outcome: "plan" }, // Mon
    { type: "core-group", date: "2025-07-09" }, // Wed: late, chair not recorded
  ],
};

const AS_OF = "2025-07-31";

const expected: ObligationRow[] = [
  // R1 (30 Apr) is within 3 months of the ICPC (1 Feb + 3 months = 1 May): no extra-meeting obligation.
  // R1 -> R2: 30 Apr + 3 months = 30 Jul < 30 Oct, so at least 2 meetings strictly between, one in
  // the window [20 Oct, 29 Oct]: 15 Jul and 21 Oct. Due the day before the conference.
  ["cambridgeshire.extra-core-group", "2024-10-30", "2024-10-29", "met", "2024-10-21"],
  // T15 pattern: R2 -> R3 is 6 months apart, only 22 Apr between: missing (1 WD to the plan end).
  ["cambridgeshire.extra-core-group", "2025-04-29", "2025-04-28", "missing", null, 1],
  // Window [30 Apr - 10 d, 30 Apr - 1 d] = [20 Apr, 29 Apr] 2024.
  ["cambridgeshire.pre-review-core-group", "2024-04-30", "2024-04-29", "met", "2024-04-22"],
  // [20 Oct, 29 Oct] 2024.
  ["cambridgeshire.pre-review-core-group", "2024-10-30", "2024-10-29", "met", "2024-10-21"],
  // [19 Apr, 28 Apr] 2025.
  ["cambridgeshire.pre-review-core-group", "2025-04-29", "2025-04-28", "met", "2025-04-22"],
  // 10 WD after Thu 1 Feb 2024: 2, 5-9, 12-15 Feb. Cancelled 14 Feb ignored; held Fri 16 Feb: 1 WD late,
  // excused by the recorded exception (no due date given: the latest anchor on or before 19 Feb).
  ["working-together.first-core-group", "2024-02-01", "2024-02-15", "exception", "2024-02-16", 1],
  // 10 WD after Mon 23 Jun 2025: 24-27 Jun, 30 Jun-4 Jul, 7 Jul; held Wed 9 Jul: 8, 9 = 2 WD late.
  ["working-together.first-core-group", "2025-06-23", "2025-07-07", "late", "2025-07-09", 2],
  ["working-together.first-review", "2024-02-01", "2024-05-01", "met", "2024-04-30"],
  ["working-together.first-review", "2025-06-23", "2025-09-23", "pending", null],
  // 15 WD after Mon 15 Jan 2024: 16-19, 22-26, 29 Jan-2 Feb, 5 Feb.
  ["working-together.icpc-timing", "2024-01-15", "2024-02-05", "met", "2024-02-01"],
  // 15 WD after Mon 2 Jun 2025: 3-6, 9-13, 16-20, 23 Jun; held on the due date.
  ["working-together.icpc-timing", "2025-06-02", "2025-06-23", "met", "2025-06-23"],
  // 30 Apr 2024 + 6 months = 30 Oct 2024, held on the due date.
  ["working-together.later-reviews", "2024-04-30", "2024-10-30", "met", "2024-10-30"],
  // 30 Oct 2024 + 6 months = 30 Apr 2025; the review that ended the plan on 29 Apr meets it.
  ["working-together.later-reviews", "2024-10-30", "2025-04-30", "met", "2025-04-29"],
];

const expectedChecks: CheckRow[] = [
  ["cambridgeshire.chair", "2024-02-16", "yes"],
  ["cambridgeshire.chair", "2024-04-22", "no"], // team manager: a finding, not a breach (D23)
  ["cambridgeshire.chair", "2024-07-15", "not-recorded"],
  ["cambridgeshire.chair", "2024-10-21", "yes"],
  ["cambridgeshire.chair", "2025-04-22", "yes"],
  ["cambridgeshire.chair", "2025-07-09", "not-recorded"],
];

describe("lifecycle: cambridgeshire", () => {
  const result = evaluated(evaluateCase(timeline, { profile: "cambridgeshire", asOf: AS_OF }));

  it("reports every obligation exactly as computed by hand", () => {
    expect(obligationRows(result)).toEqual(expected);
  });

  it("reports the chair of every held meeting as a finding", () => {
    expect(checkRows(result)).toEqual(expectedChecks);
    expect(result.checks.every((c) => c.severity === "finding")).toBe(true);
  });

  it("counts the two obligation breaches and no chair finding as a breach", () => {
    expect(breachRows(result)).toEqual([
      "obligation cambridgeshire.extra-core-group 2025-04-28",
      "obligation working-together.first-core-group 2025-07-07",
    ]);
  });

  it("has two plan episodes", () => {
    expect(episodeRows(result)).toEqual([
      [1, "2024-02-01", "2025-04-29", "review-conference"],
      [2, "2025-06-23", null, null],
    ]);
  });

  it("names what is due next", () => {
    expect(result.nextDue?.ruleId).toBe("working-together.first-review");
    expect(result.nextDue?.dueDate).toBe("2025-09-23");
  });

  it("has no checklist and no data-quality problem", () => {
    expect(result.checklist).toEqual([]);
    expect(result.dataQuality).toEqual([]);
  });
});
