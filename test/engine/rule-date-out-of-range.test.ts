// A date a rule computes can fall outside the supported range (1990-01-01 to 2099-12-31) although
// every date of the case is inside it. That one obligation is reported as not checked, by a
// data-quality finding naming the rule and its anchor event, and the rest of the case (the same
// rule's other obligations included) is evaluated. Before, the whole case was rejected.
import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src/index.js";

function evaluated(events: unknown[], profile: "pan-sussex" | "working-together", asOf: string) {
  const result = evaluateCase({ id: "edge", events }, { profile, asOf });
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.issues)}`);
  return {
    obligations: result.obligations.map((o) => [o.ruleId, o.dueDate, o.status]),
    outOfRange: result.dataQuality.filter((finding) => finding.code === "rule-date-out-of-range"),
  };
}

const notChecked = (rule: string, anchor: string) =>
  `Rule ${rule}: the obligation from the ${anchor} was not checked: a date it needs (a due date or the start of a window) falls outside the supported range 1990-01-01 to 2099-12-31.`;

describe("an obligation whose dates fall outside the supported range", () => {
  it("a review conference on 1990-01-03 under pan-sussex: its two look-back obligations are not checked, the next review's are", () => {
    // Plan from 1990-01-01; reviews on 1990-01-03 and 1990-06-01. pan-sussex looks back before
    // each review: a core group in the 3 weeks before it (for the first, from 1989-12-13) and
    // the report shared 5 working days before (for the first, in December 1989).
    const result = evaluated(
      [
        { type: "initial-conference", date: "1990-01-01", outcome: "plan" },
        { type: "review-conference", date: "1990-01-03", outcome: "plan-continues" },
        { type: "review-conference", date: "1990-06-01", outcome: "plan-continues" },
      ],
      "pan-sussex",
      "1990-09-01",
    );
    expect(result.obligations).toEqual([
      ["working-together.first-core-group", "1990-01-15", "missing"],
      ["working-together.first-review", "1990-04-01", "met"],
      ["working-together.later-reviews", "1990-07-03", "met"],
      ["working-together.later-reviews", "1990-12-01", "pending"],
      // Three weeks before 1990-06-01 to the day before; 5 working days before 1990-06-01 (Friday).
      ["pan-sussex.pre-review-core-group", "1990-05-31", "missing"],
      ["pan-sussex.report-shared", "1990-05-24", "missing"],
    ]);
    const firstReview = { index: 1, type: "review-conference", date: "1990-01-03" };
    expect(result.outOfRange).toEqual([
      {
        code: "rule-date-out-of-range",
        path: ["events", 1],
        message: notChecked('pan-sussex.pre-review-core-group ("A core group in the 3 weeks before each review conference")', "review conference on 1990-01-03"),
        events: [firstReview],
      },
      {
        code: "rule-date-out-of-range",
        path: ["events", 1],
        message: notChecked(`pan-sussex.report-shared ("Social worker's report shared 5 working days before the review")`, "review conference on 1990-01-03"),
        events: [firstReview],
      },
    ]);
  });

  it("a plan near 2099-12-31 whose next review falls due in 2100: that obligation is not checked, the earlier one is", () => {
    // Reviews on 2099-04-01 and 2099-09-01: the next after the second is due 2100-03-01.
    const result = evaluated(
      [
        { type: "initial-conference", date: "2099-01-04", outcome: "plan" },
        { type: "review-conference", date: "2099-04-01", outcome: "plan-continues" },
        { type: "review-conference", date: "2099-09-01", outcome: "plan-continues" },
      ],
      "working-together",
      "2099-12-31",
    );
    expect(result.obligations).toEqual([
      ["working-together.first-core-group", "2099-01-16", "missing"],
      ["working-together.first-review", "2099-04-04", "met"],
      ["working-together.later-reviews", "2099-10-01", "met"],
    ]);
    expect(result.outOfRange).toEqual([
      {
        code: "rule-date-out-of-range",
        path: ["events", 2],
        message: notChecked('working-together.later-reviews ("Later review conferences at most 6 months apart")', "review conference on 2099-09-01"),
        events: [{ index: 2, type: "review-conference", date: "2099-09-01" }],
      },
    ]);
  });

  it("a strategy discussion in the last days of 2099: its conference deadline is not checked, nothing else breaks", () => {
    // 15 working days after 2099-12-20 is in January 2100; the discussion on 2099-12-28 comes
    // before that deadline, so it is a follow-up and has none of its own.
    const result = evaluated(
      [
        { type: "strategy-discussion", date: "2099-12-20" },
        { type: "strategy-discussion", date: "2099-12-28" },
      ],
      "working-together",
      "2099-12-31",
    );
    expect(result.obligations).toEqual([]);
    expect(result.outOfRange.map((finding) => finding.message)).toEqual([
      notChecked('working-together.icpc-timing ("Initial child protection conference within 15 working days")', "strategy discussion on 2099-12-20"),
    ]);
  });
});
