import * as z from "zod/mini";
import type { RuleKindPolicy } from "../rule-kind-policy.js";
import { durationSchema, identifier, ruleBase } from "../rule-fields.js";
import { formatDuration } from "../rule-prose.js";

const schema = z.strictObject({
  ...ruleBase,
  kind: z.literal("count-between-events"),
  event: z.literal("core-group"),
  between: z.literal("consecutive-conferences"),
  minimum: z.number().check(z.int(), z.gte(1), z.lte(100)),
  /** Applies only when the conferences are more than this far apart (D17). */
  whenGapMoreThan: z.optional(durationSchema),
  /** A window-before-event rule that one of the counted meetings must satisfy. */
  oneSatisfying: z.optional(identifier),
});

/**
 * A `count-between-events` rule: at least N core groups between consecutive conferences.
 *
 * @example
 * ```ts
 * const rule = profiles["cambridgeshire"].rules.find((r) => r.kind === "count-between-events") as CountBetweenEventsRule;
 * ```
 */
export type CountBetweenEventsRule = z.infer<typeof schema>;

/**
 * The profile half of `count-between-events`: its schema, its sentence, and the window rule it
 * may name (`oneSatisfying`, which `checkReferences` checks against the whole profile).
 *
 * @example
 * ```ts
 * countBetweenEventsPolicy.describe(rule); // "When consecutive conferences are more than 3 months apart, at least 2 core groups ..."
 * ```
 */
export const countBetweenEventsPolicy: RuleKindPolicy<typeof schema> = {
  schema,
  checkParameters: () => [],
  describe(rule) {
    const when = rule.whenGapMoreThan
      ? `When consecutive conferences are more than ${formatDuration(rule.whenGapMoreThan)} apart, at least`
      : "Between consecutive conferences, at least";
    const meetings = rule.minimum === 1 ? "1 core group" : `${rule.minimum} core groups`;
    const one = rule.oneSatisfying ? `, one of which must satisfy rule ${rule.oneSatisfying}` : "";
    return `${when} ${meetings} must meet strictly between them${one}.`;
  },
  referenceOf: (rule) =>
    rule.oneSatisfying === undefined
      ? undefined
      : { parameter: "oneSatisfying", ruleId: rule.oneSatisfying, kind: "window-before-event" },
};
