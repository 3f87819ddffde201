import type { CaseTimeline } from "../../../src/index.js";

/**
 * Six hand-made cases; every figure below is worked out by hand (working days: exclusive count on
 * the England and Wales calendar; months: calendar months, month-end clamping).
 */
const exception = (date: string, ruleId: string, dueDate: string) =>
  ({ type: "exception", date, ruleId, dueDate, reason: "Family unwell", approvedBy: "Team manager" }) as const;

export const CASES: CaseTimeline[] = [
  {
    // A: s47 Mon 3 June 2024, ICPC Mon 24 June = 15 working days (on the last day); reviews on their due dates.
    id: "A",
    events: [
      { type: "strategy-discussion", date: "2024-06-03" },
      { type: "initial-conference", date: "2024-06-24", outcome: "plan" },
      { type: "review-conference", date: "2024-09-24", outcome: "plan-continues" },
      { type: "review-conference", date: "2025-03-24", outcome: "plan-continues" },
    ],
  },
  {
    // B: ICPC Tue 25 June = 16 working days, excused by a recorded exception (still late here);
    // the plan starts and ends in 2024-25 (25 June to 10 December: more than 3 and up to 6 months).
    id: "B",
    events: [
      { type: "strategy-discussion", date: "2024-06-03" },
      { type: "initial-conference", date: "2024-06-25", outcome: "plan" },
      exception("2024-06-20", "working-together.icpc-timing", "2024-06-24"),
      { type: "review-conference", date: "2024-12-10", outcome: "plan-ends" },
    ],
  },
  {
    // C: transfer-in on 1 July 2024; first review 2 October, a day after its due date, excused by an exception.
    id: "C",
    events: [
      { type: "transfer-in-conference", date: "2024-07-01", outcome: "plan" },
      exception("2024-09-30", "working-together.first-review", "2024-10-01"),
      { type: "review-conference", date: "2024-10-02", outcome: "plan-continues" },
    ],
  },
  {
    // D: the 31 March boundary. Plan 1 from 31 March 2023 (s47 Mon 20 March: 9 working days) ends
    // on 31 March 2025, exactly 24 months; plan 2 starts that same day (s47 Mon 24 March: 5 days).
    id: "D",
    events: [
      { type: "strategy-discussion", date: "2023-03-20" },
      { type: "initial-conference", date: "2023-03-31", outcome: "plan" },
      { type: "review-conference", date: "2023-06-30", outcome: "plan-continues" },
      { type: "review-conference", date: "2023-12-29", outcome: "plan-continues" },
      { type: "review-conference", date: "2024-06-28", outcome: "plan-continues" },
      { type: "review-conference", date: "2024-12-20", outcome: "plan-continues" },
      { type: "strategy-discussion", date: "2025-03-24" },
      { type: "plan-end", date: "2025-03-31", reason: "other" },
      { type: "initial-conference", date: "2025-03-31", outcome: "plan" },
    ],
  },
  {
    // E: plan 1 in 2022 (s47 Mon 25 April, ICPC Tue 3 May after the 2 May bank holiday: 5 days),
    // ended 1 November 2022; plan 2 from 6 January 2025 (s47 Mon 16 December 2024: 12 working days
    // over Christmas), more than 2 years after plan 1 ended.
    id: "E",
    events: [
      { type: "strategy-discussion", date: "2022-04-25" },
      { type: "initial-conference", date: "2022-05-03", outcome: "plan" },
      { type: "plan-end", date: "2022-11-01", reason: "other" },
      { type: "strategy-discussion", date: "2024-12-16" },
      { type: "initial-conference", date: "2025-01-06", outcome: "plan" },
    ],
  },
  {
    // F: plan from 15 September 2023 (s47 Mon 11 September: 4 days): 18 months open at 31 March
    // 2025; third review 16 December 2024, due 14 December: late.
    id: "F",
    events: [
      { type: "strategy-discussion", date: "2023-09-11" },
      { type: "initial-conference", date: "2023-09-15", outcome: "plan" },
      { type: "review-conference", date: "2023-12-15", outcome: "plan-continues" },
      { type: "review-conference", date: "2024-06-14", outcome: "plan-continues" },
      { type: "review-conference", date: "2024-12-16", outcome: "plan-continues" },
    ],
  },
];

/** The audit date of the hand-computed figures: 2025-26 is a partial year. */
export const AS_OF = "2025-06-30";
