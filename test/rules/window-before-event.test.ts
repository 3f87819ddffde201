// The window-before-event kind: its parameter check, its sentence, its obligations, its
// checklist source and its census support.
import { describe, expect, it } from "vitest";
import { RULE_KIND_POLICIES } from "../../src/policy/rule-kind-policies.js";
import { profiles } from "../../src/profiles/index.js";
import { RULE_KINDS } from "../../src/rules/rule-kinds.js";
import { council, paths, rejection, rule } from "../support/profile-input.js";
import { builtInRule, ruleContextFor } from "./rule-context-for.js";

const policy = RULE_KIND_POLICIES["window-before-event"];
const definition = RULE_KINDS["window-before-event"];
const sussex = profiles["pan-sussex"];
const preReview = builtInRule(sussex, "pan-sussex.pre-review-core-group", "window-before-event");

describe("window-before-event", () => {
  it("an empty window is refused", () => {
    const window = rule({
      id: "council.window",
      kind: "window-before-event",
      event: "core-group",
      before: "review-conference",
      earliest: { n: 1, unit: "days" },
      latest: { n: 10, unit: "days" },
      every: undefined,
    });
    expect(paths(rejection(JSON.parse(JSON.stringify(council({ rules: [window] })))))).toEqual(["rules.0.earliest"]);
  });

  it("describes a window of durations and a window from the previous conference", () => {
    expect(policy.describe(preReview)).toBe(
      "Before each review conference, at least one core group must meet between 21 days before the conference and 1 day before it.",
    );
    expect(policy.describe({ ...preReview, earliest: "after-previous-conference" })).toBe(
      "Before each review conference, at least one core group must meet after the previous conference and no later than 1 day before it.",
    );
  });

  it("a meeting in the window meets the rule; a meeting on the conference day does not", () => {
    const events = (meeting: string) => [
      { type: "initial-conference", date: "2024-01-08", outcome: "plan" },
      { type: "core-group", date: meeting },
      { type: "review-conference", date: "2024-04-08", outcome: "plan-continues" },
    ];
    const statusWith = (meeting: string) =>
      definition.evaluate(preReview, ruleContextFor(events(meeting), "2024-06-30", sussex)).obligations.map((o) => o.status);
    expect(statusWith("2024-04-01")).toEqual(["met"]);
    expect(statusWith("2024-04-08")).toEqual(["missing"]);
  });

  it("answers a checklist item by the next review's obligation; the census has no core group", () => {
    expect(definition.checklistSource(preReview)).toBe("anchored-at-next-review");
    expect(definition.cinCensusSupport(preReview)).toBe(false);
  });
});
