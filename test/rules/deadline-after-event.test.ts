// The deadline-after-event kind: its parameter checks, its sentence, its obligations' texts and
// data-quality findings, its checklist source and its census support.
import { describe, expect, it } from "vitest";
import { RULE_KIND_POLICIES } from "../../src/policy/rule-kind-policies.js";
import { profiles } from "../../src/profiles/index.js";
import { RULE_KINDS } from "../../src/rules/rule-kinds.js";
import { builtInRule, ruleContextFor } from "./rule-context-for.js";
import { council, paths, rejection, rule } from "../support/profile-input.js";

const policy = RULE_KIND_POLICIES["deadline-after-event"];
const definition = RULE_KINDS["deadline-after-event"];
const deadline = (id: string, anchor: string, target: string, within = 10) =>
  policy.schema.parse(
    JSON.parse(
      JSON.stringify(
        rule({ id, kind: "deadline-after-event", anchor, target, within: { n: within, unit: "working-days" }, event: undefined, every: undefined }),
      ),
    ),
  );
const wt = profiles["working-together"];

describe("deadline-after-event: parameters", () => {
  it("deadline combinations must make sense and N must be at least 1", () => {
    const input = JSON.parse(
      JSON.stringify(
        council({
          rules: [
            deadline("council.a", "plan-start", "core-group-record-entered"),
            deadline("council.b", "continuing-review-conference", "core-group-minutes-circulated"),
            deadline("council.c", "plan-start", "initial-conference"),
            deadline("council.d", "strategy-discussion", "core-group"),
            deadline("council.e", "core-group", "core-group-record-entered", 0),
          ],
        }),
      ),
    );
    expect(paths(rejection(input))).toEqual([
      "rules.0.anchor",
      "rules.1.anchor",
      "rules.2.anchor",
      "rules.3.target",
      "rules.4.within.n",
    ]);
  });

  it("the kind's own checks name the parameter at the path they are given", () => {
    const at = (...keys: string[]) => ["rules", 7, ...keys];
    expect(policy.checkParameters(deadline("council.d", "strategy-discussion", "core-group"), at)).toEqual([
      { code: "anchor-target-mismatch", path: ["rules", 7, "target"], message: 'Anchor "strategy-discussion" can only be followed by "initial-conference" (got "core-group").' },
    ]);
    expect(policy.checkParameters(deadline("council.ok", "core-group", "core-group-minutes-circulated"), at)).toEqual([]);
  });
});

describe("deadline-after-event: words", () => {
  it("describes the rule from one phrase table per anchor and target", () => {
    expect(policy.describe(builtInRule(wt, "working-together.icpc-timing", "deadline-after-event"))).toBe(
      "An initial child protection conference must be held within 15 working days after the strategy discussion that started the section 47 enquiry.",
    );
    expect(policy.describe(builtInRule(profiles["medway"], "medway.record-entered", "deadline-after-event"))).toBe(
      "The record of each core group meeting must be entered on the case system within 2 working days after the meeting.",
    );
  });

  it("obligations take their due and target texts from the same table", () => {
    const context = ruleContextFor(
      [
        { type: "initial-conference", date: "2024-03-04", outcome: "plan" },
        { type: "core-group", date: "2024-03-11" },
      ],
      "2024-06-30",
    );
    const deadlineRule = builtInRule(wt, "working-together.first-core-group", "deadline-after-event");
    const [obligation] = definition.evaluate(deadlineRule, context).obligations;
    expect(obligation?.facts.dueRule).toBe("10 working days after the conference that made the plan on 2024-03-04");
    expect(obligation?.explanation).toMatch(/: a core group was due by 2024-03-18 /);
  });
});

describe("deadline-after-event: data-quality findings are returned, not pushed into the context", () => {
  it("a conference without a strategy discussion", () => {
    const context = ruleContextFor([{ type: "initial-conference", date: "2024-03-04", outcome: "plan" }], "2024-06-30");
    const deadlineRule = builtInRule(wt, "working-together.icpc-timing", "deadline-after-event");
    const output = definition.evaluate(deadlineRule, context);
    expect(output.obligations).toEqual([]);
    expect(output.dataQuality).toEqual([
      {
        code: "conference-without-strategy-discussion",
        path: ["events", 0],
        message: "The initial conference on 2024-03-04 has no strategy discussion before it.",
        events: [{ type: "initial-conference", date: "2024-03-04", index: 0 }],
      },
    ]);
    expect(definition.evaluate(deadlineRule, context).dataQuality).toEqual(output.dataQuality); // nothing carried over
  });

  it("a record dated before its meeting, one finding per meeting in meeting order", () => {
    const context = ruleContextFor(
      [
        { type: "initial-conference", date: "2024-03-04", outcome: "plan" },
        { type: "core-group", date: "2024-03-20", minutesCirculatedDate: "2024-03-19" },
        { type: "core-group", date: "2024-03-11", minutesCirculatedDate: "2024-03-08" },
      ],
      "2024-06-30",
      profiles["pan-sussex"],
    );
    const deadlineRule = builtInRule(profiles["pan-sussex"], "pan-sussex.minutes-circulated", "deadline-after-event");
    const output = definition.evaluate(deadlineRule, context);
    expect(output.obligations.map((o) => o.status)).toEqual(["met", "met"]);
    expect(output.dataQuality.map((finding) => finding.message)).toEqual([
      "The core group on 2024-03-11 has a circulation date 2024-03-08 before the meeting.",
      "The core group on 2024-03-20 has a circulation date 2024-03-19 before the meeting.",
    ]);
  });
});

describe("deadline-after-event: checklist and census", () => {
  it("a meeting's record deadline answers for the meeting; other deadlines by the obligation it satisfied", () => {
    expect(definition.checklistSource(deadline("council.r", "core-group", "core-group-record-entered"))).toBe("anchored-at-meeting");
    expect(definition.checklistSource(deadline("council.f", "plan-start", "core-group"))).toBe("satisfied-by-meeting");
  });

  it("the census carries the conference deadlines only", () => {
    expect(definition.cinCensusSupport(deadline("council.i", "strategy-discussion", "initial-conference"))).toBe(true);
    expect(definition.cinCensusSupport(deadline("council.r1", "plan-start", "review-conference"))).toBe(true);
    expect(definition.cinCensusSupport(deadline("council.r2", "continuing-review-conference", "review-conference"))).toBe(true);
    expect(definition.cinCensusSupport(deadline("council.f", "plan-start", "core-group"))).toBe(false);
    expect(definition.cinCensusSupport(deadline("council.m", "core-group", "core-group-minutes-circulated"))).toBe(false);
  });
});
