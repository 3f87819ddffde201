// The recurring-interval kind: its parameter checks, its sentence, its obligations, its
// checklist source and its census support.
import { describe, expect, it } from "vitest";
import { RULE_KIND_POLICIES } from "../../src/policy/rule-kind-policies.js";
import { profiles } from "../../src/profiles/index.js";
import { RULE_KINDS } from "../../src/rules/rule-kinds.js";
import { council, paths, rejection, rule } from "../support/profile-input.js";
import { builtInRule, ruleContextFor } from "./rule-context-for.js";

const policy = RULE_KIND_POLICIES["recurring-interval"];
const definition = RULE_KINDS["recurring-interval"];

describe("recurring-interval", () => {
  it("every interval must be at least 1", () => {
    const input = council({
      rules: [rule({ id: "council.f", every: { n: 0, unit: "weeks" } }), rule({ id: "council.g", lookedAfterEvery: { n: 0, unit: "weeks" } })],
    });
    expect(paths(rejection(input))).toEqual(["rules.0.every.n", "rules.1.lookedAfterEvery.n"]);
  });

  it("describes the interval, and the looked-after interval when there is one", () => {
    const cumbria = builtInRule(profiles["cumbria"], "cumbria.core-group-frequency", "recurring-interval");
    expect(policy.describe(cumbria)).toBe(
      "While the plan lasts, the next core group must meet within 4 weeks after the previous held core group.",
    );
    expect(policy.describe({ ...cumbria, lookedAfterEvery: { n: 1, unit: "months" } })).toMatch(
      / For a looked-after child the interval is 1 month\.$/,
    );
  });

  it("each held core group is followed by the next within the interval, and finds no data problem", () => {
    const context = ruleContextFor(
      [
        { type: "initial-conference", date: "2024-03-04", outcome: "plan" },
        { type: "core-group", date: "2024-03-11" },
        { type: "core-group", date: "2024-04-15" },
      ],
      "2024-04-30",
      profiles["cumbria"],
    );
    const output = definition.evaluate(builtInRule(profiles["cumbria"], "cumbria.core-group-frequency", "recurring-interval"), context);
    expect(output.obligations.map((o) => [o.anchor.date, o.dueDate, o.status])).toEqual([
      ["2024-03-11", "2024-04-08", "late"],
      ["2024-04-15", "2024-05-13", "pending"],
    ]);
    expect(output.dataQuality).toEqual([]);
  });

  it("answers a checklist item by the obligation the meeting satisfied; the census carries reviews only", () => {
    const laterReviews = builtInRule(profiles["working-together"], "working-together.later-reviews", "recurring-interval");
    const coreGroups = builtInRule(profiles["cumbria"], "cumbria.core-group-frequency", "recurring-interval");
    expect(definition.checklistSource(coreGroups)).toBe("satisfied-by-meeting");
    expect(definition.cinCensusSupport(laterReviews)).toBe(true);
    expect(definition.cinCensusSupport(coreGroups)).toBe(false);
  });
});
