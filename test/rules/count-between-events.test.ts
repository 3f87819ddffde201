// The count-between-events kind: its sentence, the window rule it names, its obligations, its
// checklist source and its census support (define-profile.test.ts checks the reference itself).
import { describe, expect, it } from "vitest";
import { RULE_KIND_POLICIES } from "../../src/policy/rule-kind-policies.js";
import { profiles } from "../../src/profiles/index.js";
import { RULE_KINDS } from "../../src/rules/rule-kinds.js";
import { builtInRule, ruleContextFor } from "./rule-context-for.js";

const policy = RULE_KIND_POLICIES["count-between-events"];
const definition = RULE_KINDS["count-between-events"];
const cambridgeshire = profiles["cambridgeshire"];
const extra = builtInRule(cambridgeshire, "cambridgeshire.extra-core-group", "count-between-events");

describe("count-between-events", () => {
  it("has no parameter check of its own, and describes the count", () => {
    expect(policy.checkParameters(extra, (...keys) => keys)).toEqual([]);
    expect(policy.describe(extra)).toBe(
      "When consecutive conferences are more than 3 months apart, at least 2 core groups must meet strictly between them, one of which must satisfy rule cambridgeshire.pre-review-core-group.",
    );
    expect(policy.describe({ ...extra, minimum: 1, whenGapMoreThan: undefined, oneSatisfying: undefined })).toBe(
      "Between consecutive conferences, at least 1 core group must meet strictly between them.",
    );
  });

  it("names the window rule one of the counted meetings must satisfy, when it has one", () => {
    expect(policy.referenceOf?.(extra)).toEqual({
      parameter: "oneSatisfying",
      ruleId: "cambridgeshire.pre-review-core-group",
      kind: "window-before-event",
    });
    expect(policy.referenceOf?.({ ...extra, oneSatisfying: undefined })).toBeUndefined();
  });

  it("counts the held core groups between conferences more than the gap apart", () => {
    const context = ruleContextFor(
      [
        { type: "initial-conference", date: "2024-01-08", outcome: "plan" },
        { type: "core-group", date: "2024-01-22" },
        { type: "core-group", date: "2024-04-29" },
        { type: "review-conference", date: "2024-05-08", outcome: "plan-continues" },
      ],
      "2024-06-30",
      cambridgeshire,
    );
    const output = definition.evaluate(extra, context);
    expect(output.obligations.map((o) => [o.anchor.date, o.status])).toEqual([["2024-05-08", "met"]]);
    expect(output.dataQuality).toEqual([]);
  });

  it("answers a checklist item by the next review's obligation; the census has no core group", () => {
    expect(definition.checklistSource(extra)).toBe("anchored-at-next-review");
    expect(definition.cinCensusSupport(extra)).toBe(false);
  });
});
