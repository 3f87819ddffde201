// The meeting-check kind: its parameter check, its sentence, its checks, its checklist source and
// its census support.
import { describe, expect, it } from "vitest";
import { RULE_KIND_POLICIES } from "../../src/policy/rule-kind-policies.js";
import { profiles } from "../../src/profiles/index.js";
import { RULE_KINDS } from "../../src/rules/rule-kinds.js";
import { council, paths, rejection, rule } from "../support/profile-input.js";
import { builtInRule, ruleContextFor } from "./rule-context-for.js";

const policy = RULE_KIND_POLICIES["meeting-check"];
const definition = RULE_KINDS["meeting-check"];
const sussex = profiles["pan-sussex"];
const chair = builtInRule(sussex, "pan-sussex.chair", "meeting-check");

describe("meeting-check", () => {
  it("a chair check needs roles", () => {
    const input = council({
      rules: [rule({ id: "council.chair", kind: "meeting-check", check: "chair", severity: "breach", event: undefined, every: undefined })],
    });
    expect(paths(rejection(JSON.parse(JSON.stringify(input))))).toEqual(["rules.0.chairRoles"]);
  });

  it("describes the check and what a no means", () => {
    expect(policy.describe(chair)).toBe('Each core group meeting must be chaired by the lead social worker (a "no" is a breach).');
    expect(policy.describe({ ...chair, chairRoles: ["team-manager", "lead-social-worker", "chair"], severity: "finding" })).toBe(
      'Each core group meeting must be chaired by the team manager, the lead social worker or the chair (a "no" is reported as a finding, not a breach).',
    );
  });

  it("asks every held core group, with no obligation and no data problem", () => {
    const context = ruleContextFor(
      [
        { type: "initial-conference", date: "2024-01-08", outcome: "plan" },
        { type: "core-group", date: "2024-01-15", chair: { role: "lead-social-worker" } },
        { type: "core-group", date: "2024-02-12" },
      ],
      "2024-06-30",
      sussex,
    );
    const output = definition.evaluate(chair, context);
    expect(output.checks.map((check) => [check.meeting.date, check.answer])).toEqual([
      ["2024-01-15", "yes"],
      ["2024-02-12", "not-recorded"],
    ]);
    expect(output.obligations).toEqual([]);
    expect(output.dataQuality).toEqual([]);
  });

  it("answers a checklist item by the meeting's check; the census records no meetings", () => {
    expect(definition.checklistSource(chair)).toBe("check");
    expect(definition.cinCensusSupport(chair)).toBe(false);
  });
});
