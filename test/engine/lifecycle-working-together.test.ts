// Full lifecycle, national profile (working-together): three plan episodes. Every expected date
// below was computed by hand (D2 exclusive working days on E&W bank holidays, D7 clamped months,
// D8 no roll) and checked against createWorkingCalendar in a scratch script.
import { describe, expect, it } from "vitest";
import { evaluateCase, type CaseTimeline } from "../../src/index.js";
import { breachRows, episodeRows, evaluated, obligationRows, type ObligationRow } from "./engine-test-helpers.js";

const timeline: CaseTimeline = {
  id: "wt-lifecycle",
  events: [
    // Episode 1
    { type: "strategy-discussion", date: "2023-09-04" }, // Mon
    { type: "initial-conference", date: "2023-09-21", outcome: "plan" }, // Thu
    { type: "core-group", date: "2023-10-04", status: "cancelled" }, // D13: not held, does not satisfy anything
    { type: "core-group", date: "2023-10-09" }, // Mon: first core group, late
    {
      type: "exception",
      date: "2023-10-10",
      ruleId: "working-together.first-core-group",
      reason: "Parent in hospital",
      approvedBy: "Team manager",
    },
    { type: "core-group", date: "2023-11-20" },
    { type: "review-conference", date: "2023-12-19", outcome: "plan-continues" }, // Tue
    { type: "review-conference", date: "2024-06-24", outcome: "plan-continues" }, // Mon: late
    { type: "review-conference", date: "2025-01-10", outcome: "plan-ends" }, // Fri: late, ends plan 1
    // Episode 2: a new enquiry, then the child moves away
    { type: "strategy-discussion", date: "2025-03-03" }, // Mon
    { type: "initial-conference", date: "2025-03-26", outcome: "plan" }, // Wed: late
    { type: "plan-end", date: "2025-05-01", reason: "moved-permanently" },
    // Episode 3: the child moves back in with a plan from another authority (D11)
    { type: "transfer-in-conference", date: "2025-06-02", outcome: "plan" }, // Mon
    { type: "core-group", date: "2025-06-13" }, // Fri
  ],
};

const AS_OF = "2025-06-30";

// Sorted by rule id, then due date.
const expected: ObligationRow[] = [
  // 10 WD after Thu 21 Sep 2023: 22, 25-29, 2-5 Oct. The cancelled 4 Oct meeting does not count (D13);
  // held Mon 9 Oct: 6 and 9 Oct = 2 WD late; the recorded exception makes it "exception" (D14).
  ["working-together.first-core-group", "2023-09-21", "2023-10-05", "exception", "2023-10-09", 2],
  // 10 WD after Wed 26 Mar 2025: 27, 28, 31 Mar-4 Apr, 7, 8, 9 Apr. No core group before the plan
  // ended on 1 May: overdue before the end, so it stays a breach (D12). Lateness runs to the end:
  // 10-17 Apr (6), Good Friday 18 and Easter Monday 21 Apr skipped, 22-25 Apr (10), 28 Apr-1 May (14).
  ["working-together.first-core-group", "2025-03-26", "2025-04-09", "missing", null, 14],
  // 10 WD after Mon 2 Jun 2025 (transfer-in, D11): 3-6, 9-13, 16 Jun.
  ["working-together.first-core-group", "2025-06-02", "2025-06-16", "met", "2025-06-13"],
  // 21 Sep 2023 + 3 months.
  ["working-together.first-review", "2023-09-21", "2023-12-21", "met", "2023-12-19"],
  // 26 Mar 2025 + 3 months = 26 Jun 2025, after the plan ended on 1 May: not applicable (D12).
  ["working-together.first-review", "2025-03-26", "2025-06-26", "not-applicable", null],
  // 2 Jun 2025 + 3 months; after asOf.
  ["working-together.first-review", "2025-06-02", "2025-09-02", "pending", null],
  // 15 WD after Mon 4 Sep 2023: 5-8, 11-15, 18-22 Sep, 25 Sep.
  ["working-together.icpc-timing", "2023-09-04", "2023-09-25", "met", "2023-09-21"],
  // 15 WD after Mon 3 Mar 2025: 4-7, 10-14, 17-21, 24 Mar; held Wed 26 Mar: 25, 26 = 2 WD late.
  ["working-together.icpc-timing", "2025-03-03", "2025-03-24", "late", "2025-03-26", 2],
  // 19 Dec 2023 + 6 months = Wed 19 Jun 2024; held Mon 24 Jun: 20, 21, 24 = 3 WD late.
  ["working-together.later-reviews", "2023-12-19", "2024-06-19", "late", "2024-06-24", 3],
  // Anchored on the actual review (D7): 24 Jun 2024 + 6 months = Tue 24 Dec 2024; held Fri 10 Jan 2025:
  // 25, 26 Dec and 1 Jan skipped: 27, 30, 31 Dec, 2, 3, 6-10 Jan = 10 WD late.
  ["working-together.later-reviews", "2024-06-24", "2024-12-24", "late", "2025-01-10", 10],
];

describe("lifecycle: working-together", () => {
  const result = evaluated(evaluateCase(timeline, { profile: "working-together", asOf: AS_OF }));

  it("reports every obligation exactly as computed by hand", () => {
    expect(obligationRows(result)).toEqual(expected);
  });

  it("splits the case into three plan episodes", () => {
    expect(episodeRows(result)).toEqual([
      [1, "2023-09-21", "2025-01-10", "review-conference"],
      [2, "2025-03-26", "2025-05-01", "moved-permanently"],
      [3, "2025-06-02", null, null],
    ]);
    expect(result.episodes[2]!.startedBy.type).toBe("transfer-in-conference");
  });

  it("counts the late and missing obligations as breaches, not the exception", () => {
    expect(result.checks).toEqual([]);
    expect(result.breaches).toHaveLength(4);
    expect(breachRows(result).sort()).toEqual(
      [
        "obligation working-together.first-core-group 2025-04-09",
        "obligation working-together.icpc-timing 2025-03-24",
        "obligation working-together.later-reviews 2024-06-19",
        "obligation working-together.later-reviews 2024-12-24",
      ].sort(),
    );
    const exception = result.obligations.find((o) => o.status === "exception")!;
    expect(exception.exception).toMatchObject({ reason: "Parent in hospital", approvedBy: "Team manager" });
    expect(exception.exception!.event.date).toBe("2023-10-10");
    expect(exception.facts["statusBeforeException"]).toBe("late");
  });

  it("reports the missing obligation's lateness up to the plan end, not asOf", () => {
    const missing = result.obligations.find((o) => o.status === "missing")!;
    expect(missing.daysLate).toBe(22); // 9 Apr to 1 May 2025
  });

  it("names what is due next", () => {
    expect(result.nextDue?.ruleId).toBe("working-together.first-review");
    expect(result.nextDue?.dueDate).toBe("2025-09-02");
  });

  it("uses no cancelled meeting and reports no data-quality problem", () => {
    const satisfiers = result.obligations.map((o) => o.satisfiedBy?.date);
    expect(satisfiers).not.toContain("2023-10-04");
    expect(result.dataQuality).toEqual([]);
  });
});
