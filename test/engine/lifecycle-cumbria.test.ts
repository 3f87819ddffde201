// Full lifecycle, Cumbria (4-weekly core groups, D19): a plan that ends when the child transfers
// in to a new plan (D11), and a second plan ended by a review conference (D12). Every expected
// date was computed by hand and checked against createWorkingCalendar in a scratch script.
import { describe, expect, it } from "vitest";
import { evaluateCase, type CaseTimeline } from "../../src/index.js";
import { breachRows, episodeRows, evaluated, obligationRows, type ObligationRow } from "./engine-test-helpers.js";

const timeline: CaseTimeline = {
  id: "cumbria-lifecycle",
  events: [
    { type: "strategy-discussion", date: "2024-01-09" }, // Tue
    { type: "initial-conference", date: "2024-01-29", outcome: "plan" }, // Mon
    { type: "core-group", date: "2024-02-09" }, // Fri: first core group, on time
    { type: "core-group", date: "2024-03-07", status: "cancelled" }, // D13: does not restart the clock
    { type: "core-group", date: "2024-03-12" }, // Tue: late
    { type: "core-group", date: "2024-04-09" }, // Tue: day 28, on time
    { type: "review-conference", date: "2024-04-25", outcome: "plan-continues" }, // Thu
    { type: "core-group", date: "2024-05-10" }, // Fri: late, excused below
    {
      type: "exception",
      date: "2024-05-13",
      ruleId: "cumbria.core-group-frequency",
      dueDate: "2024-05-07",
      reason: "Core group members isolating",
      approvedBy: "Service manager",
    },
    // No core group after 10 May; the child moves and a receiving conference makes a new plan.
    { type: "transfer-in-conference", date: "2024-06-17", outcome: "plan" }, // Mon
    { type: "core-group", date: "2024-06-26" }, // Wed
    { type: "core-group", date: "2024-07-23" }, // Tue
    { type: "core-group", date: "2024-08-19" }, // Mon
    { type: "review-conference", date: "2024-09-12", outcome: "plan-ends" }, // Thu
  ],
};

const AS_OF = "2024-10-31";

const expected: ObligationRow[] = [
  // 9 Feb + 28 days = Fri 8 Mar. The cancelled 7 Mar meeting is ignored; held Tue 12 Mar: 11, 12 = 2 WD late.
  ["cumbria.core-group-frequency", "2024-02-09", "2024-03-08", "late", "2024-03-12", 2],
  // 12 Mar + 28 days = 9 Apr: held on day 28, which complies (D6 inclusive).
  ["cumbria.core-group-frequency", "2024-03-12", "2024-04-09", "met", "2024-04-09"],
  // 9 Apr + 28 days = Tue 7 May; held Fri 10 May: 8, 9, 10 = 3 WD late; exception recorded (D14).
  ["cumbria.core-group-frequency", "2024-04-09", "2024-05-07", "exception", "2024-05-10", 3],
  // 10 May + 28 days = Fri 7 Jun; none held before the plan ended on Mon 17 Jun (transfer-in):
  // overdue before the end, so missing (D12); lateness to the end: 10-14, 17 Jun = 6 WD.
  ["cumbria.core-group-frequency", "2024-05-10", "2024-06-07", "missing", null, 6],
  // Episode 2, anchored on the actual previous meeting each time.
  ["cumbria.core-group-frequency", "2024-06-26", "2024-07-24", "met", "2024-07-23"],
  ["cumbria.core-group-frequency", "2024-07-23", "2024-08-20", "met", "2024-08-19"],
  // 19 Aug + 28 days = 16 Sep, after the review of 12 Sep ended the plan: not applicable (D12).
  ["cumbria.core-group-frequency", "2024-08-19", "2024-09-16", "not-applicable", null],
  // 10 WD after Mon 29 Jan: 30, 31 Jan, 1, 2, 5-9, 12 Feb.
  ["working-together.first-core-group", "2024-01-29", "2024-02-12", "met", "2024-02-09"],
  // 10 WD after the transfer-in, Mon 17 Jun: 18-21, 24-28 Jun, 1 Jul.
  ["working-together.first-core-group", "2024-06-17", "2024-07-01", "met", "2024-06-26"],
  ["working-together.first-review", "2024-01-29", "2024-04-29", "met", "2024-04-25"],
  // The transfer-in restarts the 3-month clock (D11).
  ["working-together.first-review", "2024-06-17", "2024-09-17", "met", "2024-09-12"],
  // 15 WD after Tue 9 Jan: 10-12, 15-19, 22-26, 29, 30 Jan.
  ["working-together.icpc-timing", "2024-01-09", "2024-01-30", "met", "2024-01-29"],
  // 25 Apr + 6 months = 25 Oct, after plan 1 ended on 17 Jun: not applicable.
  ["working-together.later-reviews", "2024-04-25", "2024-10-25", "not-applicable", null],
];

describe("lifecycle: cumbria", () => {
  const result = evaluated(evaluateCase(timeline, { profile: "cumbria", asOf: AS_OF }));

  it("reports every obligation exactly as computed by hand", () => {
    expect(obligationRows(result)).toEqual(expected);
  });

  it("ends plan 1 at the transfer-in and plan 2 at the review", () => {
    expect(episodeRows(result)).toEqual([
      [1, "2024-01-29", "2024-06-17", "transfer-in"],
      [2, "2024-06-17", "2024-09-12", "review-conference"],
    ]);
  });

  it("counts one late and one missing obligation as breaches; the exception apart", () => {
    expect(result.checks).toEqual([]);
    expect(breachRows(result)).toEqual([
      "obligation cumbria.core-group-frequency 2024-03-08",
      "obligation cumbria.core-group-frequency 2024-06-07",
    ]);
    expect(result.obligations.filter((o) => o.status === "exception")).toHaveLength(1);
  });

  it("has nothing due next once the plan has ended", () => {
    expect(result.nextDue).toBeNull();
  });

  it("reports no data-quality problem", () => {
    expect(result.dataQuality).toEqual([]);
  });
});
