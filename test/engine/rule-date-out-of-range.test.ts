// A date a rule computes can fall outside the supported range (1990-01-01 to 2099-12-31) although
// every date of the case is inside it. That rule is reported as not checked, by a data-quality
// finding, and the rest of the case is evaluated (before, the whole case was rejected).
import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src/index.js";

function evaluated(events: unknown[], profile: "pan-sussex" | "working-together", asOf: string) {
  const result = evaluateCase({ id: "edge", events }, { profile, asOf });
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.issues)}`);
  return result;
}

describe("a rule whose dates fall outside the supported range", () => {
  it("a review conference on 1990-01-03 under pan-sussex: the two look-back rules are not checked, the rest is", () => {
    // Plan from 1990-01-01; review on 1990-01-03. pan-sussex looks back before the review: a core
    // group in the 3 weeks before it (from 1989-12-13) and the report shared 5 working days before.
    const result = evaluated(
      [
        { type: "initial-conference", date: "1990-01-01", outcome: "plan" },
        { type: "review-conference", date: "1990-01-03", outcome: "plan-continues" },
      ],
      "pan-sussex",
      "1990-06-01",
    );
    expect(result.obligations.map((o) => [o.ruleId, o.dueDate, o.status])).toEqual([
      ["working-together.first-core-group", "1990-01-15", "missing"],
      ["working-together.first-review", "1990-04-01", "met"],
      ["working-together.later-reviews", "1990-07-03", "pending"],
    ]);
    const outOfRange = result.dataQuality.filter((finding) => finding.code === "rule-date-out-of-range");
    expect(outOfRange.map((finding) => finding.message)).toEqual([
      'Rule pan-sussex.pre-review-core-group ("A core group in the 3 weeks before each review conference") was not checked for this case: a date it needs (a due date or the start of a window) falls outside the supported range 1990-01-01 to 2099-12-31.',
      'Rule pan-sussex.report-shared ("Social worker\'s report shared 5 working days before the review") was not checked for this case: a date it needs (a due date or the start of a window) falls outside the supported range 1990-01-01 to 2099-12-31.',
    ]);
  });

  it("a plan near 2099-12-31 whose next review falls due in 2100: that rule is not checked, the rest is", () => {
    // Review on 2099-09-01; the next is due 6 months later, 2100-03-01.
    const result = evaluated(
      [
        { type: "initial-conference", date: "2099-06-01", outcome: "plan" },
        { type: "review-conference", date: "2099-09-01", outcome: "plan-continues" },
      ],
      "working-together",
      "2099-12-31",
    );
    expect(result.obligations.map((o) => [o.ruleId, o.dueDate, o.status])).toEqual([
      ["working-together.first-core-group", "2099-06-15", "missing"],
      ["working-together.first-review", "2099-09-01", "met"],
    ]);
    expect(result.dataQuality.filter((finding) => finding.code === "rule-date-out-of-range")).toEqual([
      {
        code: "rule-date-out-of-range",
        message:
          'Rule working-together.later-reviews ("Later review conferences at most 6 months apart") was not checked for this case: a date it needs (a due date or the start of a window) falls outside the supported range 1990-01-01 to 2099-12-31.',
        events: [],
      },
    ]);
  });
});
