import * as z from "zod/mini";
import { checkAtLeastOne, type RuleKindPolicy } from "../rule-kind-policy.js";
import { durationSchema, ruleBase } from "../rule-fields.js";
import { countingClause, formatDuration } from "../rule-prose.js";

const schema = z.strictObject({
  ...ruleBase,
  kind: z.literal("recurring-interval"),
  event: z.enum(["core-group", "review-conference"]),
  every: durationSchema,
  /** A different interval while the child is looked after (D21: off unless a profile sets it). */
  lookedAfterEvery: z.optional(durationSchema),
});

/**
 * A `recurring-interval` rule: while the plan lasts, each event is followed by the next within N.
 *
 * @example
 * ```ts
 * const rule = profiles["cumbria"].rules.find((r) => r.kind === "recurring-interval") as RecurringIntervalRule;
 * ```
 */
export type RecurringIntervalRule = z.infer<typeof schema>;

/**
 * The profile half of `recurring-interval`: its schema, its interval checks and its sentence.
 *
 * @example
 * ```ts
 * recurringIntervalPolicy.describe(rule); // "While the plan lasts, the next core group must meet within 4 weeks after ..."
 * ```
 */
export const recurringIntervalPolicy: RuleKindPolicy<typeof schema> = {
  schema,
  checkParameters: (rule, at) => [
    ...checkAtLeastOne(rule.every, at("every")),
    ...(rule.lookedAfterEvery ? checkAtLeastOne(rule.lookedAfterEvery, at("lookedAfterEvery")) : []),
  ],
  describe(rule) {
    const subject =
      rule.event === "core-group" ? "the next core group must meet within" : "the next review conference must be held within";
    const previous = rule.event === "core-group" ? "the previous held core group" : "the previous review conference that kept the plan";
    const lookedAfter = rule.lookedAfterEvery
      ? ` For a looked-after child the interval is ${formatDuration(rule.lookedAfterEvery)}.`
      : "";
    return `While the plan lasts, ${subject} ${formatDuration(rule.every)} after ${previous}${countingClause(rule)}.${lookedAfter}`;
  },
};
