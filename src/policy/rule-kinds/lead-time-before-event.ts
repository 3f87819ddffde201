import * as z from "zod/mini";
import type { RuleKindPolicy } from "../rule-kind-policy.js";
import { durationSchema, ruleBase } from "../rule-fields.js";
import { countingClause, formatDuration } from "../rule-prose.js";

const schema = z.strictObject({
  ...ruleBase,
  kind: z.literal("lead-time-before-event"),
  fact: z.literal("review-report-shared"),
  before: z.literal("review-conference"),
  atLeast: durationSchema,
});

/**
 * A `lead-time-before-event` rule: the social worker's report is shared at least N before each review.
 *
 * @example
 * ```ts
 * const rule = profiles["pan-sussex"].rules.find((r) => r.kind === "lead-time-before-event") as LeadTimeBeforeEventRule;
 * ```
 */
export type LeadTimeBeforeEventRule = z.infer<typeof schema>;

/**
 * The profile half of `lead-time-before-event`: its schema and its sentence (no further checks:
 * a lead time of 0 means "by the conference day").
 *
 * @example
 * ```ts
 * leadTimeBeforeEventPolicy.describe(rule); // "The social worker's report must be shared at least 3 working days before ..."
 * ```
 */
export const leadTimeBeforeEventPolicy: RuleKindPolicy<typeof schema> = {
  schema,
  checkParameters: () => [],
  describe: (rule) =>
    `The social worker's report must be shared at least ${formatDuration(rule.atLeast)} before each review conference${countingClause(rule)}.`,
};
