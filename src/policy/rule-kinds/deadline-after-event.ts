import * as z from "zod/mini";
import { checkAtLeastOne, type RuleKindPolicy } from "../rule-kind-policy.js";
import { durationSchema, ruleBase } from "../rule-fields.js";
import { countingClause, formatDuration } from "../rule-prose.js";

/**
 * Events a deadline can run from. `plan-start`: an initial or transfer-in conference that made a
 * plan (D10, D11). `continuing-review-conference`: a review conference that kept the plan (D18).
 *
 * @example
 * ```ts
 * ANCHOR_EVENTS.includes("plan-start"); // true
 * ```
 */
export const ANCHOR_EVENTS = ["strategy-discussion", "plan-start", "core-group", "continuing-review-conference"] as const;

/**
 * What a deadline waits for. The two record targets are dates on the anchoring core group itself.
 *
 * @example
 * ```ts
 * DEADLINE_TARGETS.includes("core-group-minutes-circulated"); // true
 * ```
 */
export const DEADLINE_TARGETS = [
  "initial-conference",
  "core-group",
  "review-conference",
  "core-group-record-entered",
  "core-group-minutes-circulated",
] as const;

const schema = z.strictObject({
  ...ruleBase,
  kind: z.literal("deadline-after-event"),
  anchor: z.enum(ANCHOR_EVENTS),
  target: z.enum(DEADLINE_TARGETS),
  within: durationSchema,
});

/**
 * A `deadline-after-event` rule: something must happen within N of an anchor event.
 *
 * @example
 * ```ts
 * const rule = profiles["working-together"].rules[0] as DeadlineAfterEventRule;
 * ```
 */
export type DeadlineAfterEventRule = z.infer<typeof schema>;

/** The words for each anchor: in a rule's description, and in an obligation's due text. */
const ANCHOR_WORDS: Readonly<Record<DeadlineAfterEventRule["anchor"], { readonly described: string; readonly noun: string }>> = {
  "strategy-discussion": {
    described: "the strategy discussion that started the section 47 enquiry",
    noun: "strategy discussion",
  },
  "plan-start": { described: "an initial or transfer-in conference that made a plan", noun: "conference that made the plan" },
  "core-group": { described: "each core group meeting held", noun: "core group" },
  "continuing-review-conference": {
    described: "each review conference that keeps the plan",
    noun: "review conference that continued the plan",
  },
};

/**
 * The words for each target: the requirement in a rule's description, what an obligation
 * expected, and the input field that records it (named when it is missing, D25).
 */
const TARGET_WORDS: Readonly<
  Record<DeadlineAfterEventRule["target"], { readonly required: string; readonly expected: string; readonly recordedAs: string }>
> = {
  "initial-conference": {
    required: "An initial child protection conference must be held",
    expected: "an initial conference",
    recordedAs: "initial-conference event",
  },
  "core-group": { required: "A core group must meet", expected: "a core group", recordedAs: "held core-group event" },
  "review-conference": {
    required: "A review conference must be held",
    expected: "a review conference",
    recordedAs: "review-conference event",
  },
  "core-group-record-entered": {
    required: "The record of each core group meeting must be entered on the case system",
    expected: "the meeting record entered",
    recordedAs: "recordEnteredDate",
  },
  "core-group-minutes-circulated": {
    required: "The minutes of each core group meeting must be circulated to its members",
    expected: "the minutes or copies circulated",
    recordedAs: "minutesCirculatedDate",
  },
};

/**
 * The texts every obligation of a deadline rule shares: the start of its due text (each
 * obligation adds its anchor's date), what it expected, and the field that records it.
 *
 * @example
 * ```ts
 * deadlineObligationWords(firstCoreGroupRule).dueTextStart; // "10 working days after the conference that made the plan on "
 * ```
 */
export function deadlineObligationWords(rule: DeadlineAfterEventRule): {
  readonly dueTextStart: string;
  readonly targetText: string;
  readonly missingFact: string;
} {
  const target = TARGET_WORDS[rule.target];
  return {
    dueTextStart: `${formatDuration(rule.within)} after the ${ANCHOR_WORDS[rule.anchor].noun} on `,
    targetText: target.expected,
    missingFact: target.recordedAs,
  };
}

const RECORD_TARGETS = new Set<DeadlineAfterEventRule["target"]>(["core-group-record-entered", "core-group-minutes-circulated"]);

/**
 * The profile half of `deadline-after-event`: its schema, its anchor/target checks and its sentence.
 *
 * @example
 * ```ts
 * deadlineAfterEventPolicy.describe(rule); // "A core group must meet within 10 working days after ..."
 * ```
 */
export const deadlineAfterEventPolicy: RuleKindPolicy<typeof schema> = {
  schema,
  checkParameters(rule, at) {
    const issues = checkAtLeastOne(rule.within, at("within"));
    if (RECORD_TARGETS.has(rule.target) && rule.anchor !== "core-group") {
      issues.push({
        code: "anchor-target-mismatch",
        path: at("anchor"),
        message: `Target "${rule.target}" is a date recorded on a core group: the anchor must be "core-group" (got "${rule.anchor}").`,
      });
    }
    if (rule.target === "initial-conference" && rule.anchor !== "strategy-discussion") {
      issues.push({
        code: "anchor-target-mismatch",
        path: at("anchor"),
        message: `Target "initial-conference" runs from a strategy discussion: the anchor must be "strategy-discussion" (got "${rule.anchor}").`,
      });
    }
    if (rule.anchor === "strategy-discussion" && rule.target !== "initial-conference") {
      issues.push({
        code: "anchor-target-mismatch",
        path: at("target"),
        message: `Anchor "strategy-discussion" can only be followed by "initial-conference" (got "${rule.target}").`,
      });
    }
    return issues;
  },
  describe(rule) {
    const after = rule.anchor === "core-group" && rule.target !== "core-group" ? "the meeting" : ANCHOR_WORDS[rule.anchor].described;
    return `${TARGET_WORDS[rule.target].required} within ${formatDuration(rule.within)} after ${after}${countingClause(rule)}.`;
  },
};
