// Events on the same day: a plan that ends that day ends before one that starts that day
// (D11, D12); a core group on the day a plan ends still belongs to that plan.
import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src/index.js";

function evaluate(events: unknown[], profile = "working-together" as const) {
  const result = evaluateCase({ id: "same-day", events }, { profile, asOf: "2024-06-30" });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe("same-day events", () => {
  it("a review that ends the plan and a transfer-in on the same day: old plan ends first", () => {
    const result = evaluate([
      { type: "strategy-discussion", date: "2023-12-20" },
      { type: "initial-conference", date: "2024-01-10", outcome: "plan" },
      { type: "core-group", date: "2024-01-15" },
      { type: "transfer-in-conference", date: "2024-04-04", outcome: "plan" },
      { type: "review-conference", date: "2024-04-04", outcome: "plan-ends" },
    ]);
    expect(result.episodes.map((e) => [e.start, e.end, e.endReason])).toEqual([
      ["2024-01-10", "2024-04-04", "review-conference"],
      ["2024-04-04", null, null],
    ]);
    const rows = result.obligations.map((o) => [o.ruleId, o.episode, o.dueDate, o.status, o.actualDate]);
    expect(rows).toEqual([
      // 15 WD after Wed 20 Dec 2023, skipping 25, 26 Dec and 1 Jan: Mon 15 Jan 2024
      ["working-together.icpc-timing", null, "2024-01-15", "met", "2024-01-10"],
      ["working-together.first-core-group", 1, "2024-01-24", "met", "2024-01-15"],
      // 10 WD after Thu 4 Apr 2024 (no bank holidays): Thu 18 Apr
      ["working-together.first-core-group", 2, "2024-04-18", "missing", null],
      ["working-together.first-review", 1, "2024-04-10", "met", "2024-04-04"],
      ["working-together.first-review", 2, "2024-07-04", "pending", null],
    ]);
    expect(result.dataQuality).toEqual([]);
  });

  it("a plan-end and a new initial conference on the same day", () => {
    const result = evaluate([
      { type: "strategy-discussion", date: "2023-12-20" },
      { type: "initial-conference", date: "2024-01-10", outcome: "plan" },
      { type: "initial-conference", date: "2024-03-01", outcome: "plan" },
      { type: "plan-end", date: "2024-03-01", reason: "other" },
    ]);
    expect(result.episodes.map((e) => [e.start, e.end, e.endReason])).toEqual([
      ["2024-01-10", "2024-03-01", "other"],
      ["2024-03-01", null, null],
    ]);
    expect(result.dataQuality.map((f) => f.code)).toEqual(["conference-without-strategy-discussion"]);
  });

  it("a core group on the day the plan ends belongs to that plan", () => {
    const result = evaluate([
      { type: "initial-conference", date: "2024-01-10", outcome: "plan" },
      { type: "core-group", date: "2024-04-04" },
      { type: "review-conference", date: "2024-04-04", outcome: "plan-ends" },
    ]);
    const firstCoreGroup = result.obligations.find((o) => o.ruleId === "working-together.first-core-group");
    expect(firstCoreGroup).toMatchObject({ episode: 1, status: "late", actualDate: "2024-04-04" });
    expect(result.dataQuality.map((f) => f.code)).toEqual(["conference-without-strategy-discussion"]);
  });
});
