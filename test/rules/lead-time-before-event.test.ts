// The lead-time-before-event kind: its sentence, its obligations, its checklist source and its
// census support.
import { describe, expect, it } from "vitest";
import { RULE_KIND_POLICIES } from "../../src/policy/rule-kind-policies.js";
import { profiles } from "../../src/profiles/index.js";
import { RULE_KINDS } from "../../src/rules/rule-kinds.js";
import { builtInRule, ruleContextFor } from "./rule-context-for.js";

const policy = RULE_KIND_POLICIES["lead-time-before-event"];
const definition = RULE_KINDS["lead-time-before-event"];
const sussex = profiles["pan-sussex"];
const reportShared = builtInRule(sussex, "pan-sussex.report-shared", "lead-time-before-event");

describe("lead-time-before-event", () => {
  it("has no parameter check of its own, and describes the lead time", () => {
    expect(policy.checkParameters(reportShared, (...keys) => keys)).toEqual([]);
    expect(policy.describe(reportShared)).toBe(
      "The social worker's report must be shared at least 5 working days before each review conference.",
    );
  });

  it("names the missing share date rather than guessing it", () => {
    const context = ruleContextFor(
      [
        { type: "initial-conference", date: "2024-01-08", outcome: "plan" },
        { type: "review-conference", date: "2024-04-08", outcome: "plan-continues" },
      ],
      "2024-06-30",
      sussex,
    );
    const output = definition.evaluate(reportShared, context);
    expect(output.obligations.map((o) => [o.anchor.date, o.status, o.facts.missingFact])).toEqual([
      ["2024-04-08", "missing", "reportSharedDate"],
    ]);
    expect(output.dataQuality).toEqual([]);
  });

  it("answers a checklist item by the next review's obligation; the census records no report sharing", () => {
    expect(definition.checklistSource(reportShared)).toBe("anchored-at-next-review");
    expect(definition.cinCensusSupport(reportShared)).toBe(false);
  });
});
