// The two halves of the rule-kind table: every kind has one record in each, under the same key
// and in the same order, and the compiler refuses a table that misses a kind.
import { describe, expect, it } from "vitest";
import { evaluateCase } from "../../src/engine/evaluate-case.js";
import { describeRule } from "../../src/policy/describe-rule.js";
import { ruleSchema } from "../../src/policy/profile-schema.js";
import { RULE_KIND_POLICIES, policyOf, type RuleKind } from "../../src/policy/rule-kind-policies.js";
import { profiles } from "../../src/profiles/index.js";
import type { RuleKindDefinition } from "../../src/rules/rule-kind-definition.js";
import { RULE_KINDS, definitionOf } from "../../src/rules/rule-kinds.js";

const KINDS = Object.keys(RULE_KIND_POLICIES) as RuleKind[];

describe("the rule-kind tables", () => {
  it("both halves have the same kinds in the same order, the order of ruleSchema's union", () => {
    expect(Object.keys(RULE_KINDS)).toEqual(KINDS);
    expect(ruleSchema.def.options.map((option) => option.shape.kind.def.values[0])).toEqual(KINDS);
    expect(KINDS).toHaveLength(6);
  });

  it("each kind's schema accepts its own key as kind and no other", () => {
    for (const kind of KINDS) {
      expect(RULE_KIND_POLICIES[kind].schema.shape.kind.def.values).toEqual([kind]);
    }
  });

  it("every rule of every built-in profile reaches its kind's records", () => {
    for (const profile of Object.values(profiles)) {
      for (const rule of profile.rules) {
        expect(policyOf(rule.kind)).toBe(RULE_KIND_POLICIES[rule.kind]);
        expect(definitionOf(rule.kind)).toBe(RULE_KINDS[rule.kind]);
        expect(describeRule(rule).startsWith(policyOf(rule.kind).describe(rule))).toBe(true);
      }
    }
  });

  it("a kind gives what it says: obligations, or checks (meeting-check only)", () => {
    expect(KINDS.filter((kind) => RULE_KINDS[kind].gives === "checks")).toEqual(["meeting-check"]);
    const result = evaluateCase(
      {
        id: "case-1",
        events: [
          { type: "initial-conference", date: "2024-01-08", outcome: "plan" },
          { type: "core-group", date: "2024-01-15", chair: { role: "lead-social-worker" } },
          { type: "review-conference", date: "2024-04-08", outcome: "plan-continues", reportSharedDate: "2024-03-28" },
        ],
      },
      { profile: "pan-sussex", asOf: "2024-06-30" },
    );
    if (!result.ok) expect.fail("the case is valid");
    const kindOf = new Map(profiles["pan-sussex"].rules.map((rule) => [rule.id, rule.kind]));
    expect(result.obligations.length).toBeGreaterThan(0);
    expect(result.checks.length).toBeGreaterThan(0);
    for (const obligation of result.obligations) expect(RULE_KINDS[obligation.ruleKind].gives).toBe("obligations");
    for (const check of result.checks) expect(RULE_KINDS[kindOf.get(check.ruleId)!].gives).toBe("checks");
  });

  it("describeRule adds the due-date roll to the kind's sentence", () => {
    const rule = profiles["working-together"].rules.find((candidate) => candidate.id === "working-together.first-review")!;
    expect(describeRule({ ...rule, dueDateRoll: "previous-working-day" })).toBe(
      "A review conference must be held within 3 months after an initial or transfer-in conference that made a plan. A due date on a non-working day moves back to the previous working day.",
    );
  });

  it("a table that misses a kind does not compile (checked by tsc)", () => {
    const { "meeting-check": _left, ...fiveKinds } = RULE_KINDS;
    // @ts-expect-error: "meeting-check" is missing.
    const incomplete: { readonly [K in RuleKind]: RuleKindDefinition<K> } = fiveKinds;
    expect(Object.keys(incomplete)).toHaveLength(5);
  });
});
