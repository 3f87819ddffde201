import * as z from "zod/mini";
import type { RuleKindPolicy } from "../rule-kind-policy.js";
import { durationSchema, ruleBase } from "../rule-fields.js";
import { formatDuration } from "../rule-prose.js";

const schema = z.strictObject({
  ...ruleBase,
  kind: z.literal("window-before-event"),
  event: z.literal("core-group"),
  before: z.literal("review-conference"),
  /** Earliest day of the window: a duration before the conference, or the day after the previous conference. */
  earliest: z.union([durationSchema, z.literal("after-previous-conference")]),
  /** Latest day of the window: a duration before the conference. */
  latest: durationSchema,
});

/**
 * A `window-before-event` rule: before each review conference, a core group within a window.
 *
 * @example
 * ```ts
 * const rule = profiles["pan-sussex"].rules.find((r) => r.kind === "window-before-event") as WindowBeforeEventRule;
 * ```
 */
export type WindowBeforeEventRule = z.infer<typeof schema>;

/**
 * The profile half of `window-before-event`: its schema, the empty-window check and its sentence.
 *
 * @example
 * ```ts
 * windowBeforeEventPolicy.describe(rule); // "Before each review conference, at least one core group must meet between ..."
 * ```
 */
export const windowBeforeEventPolicy: RuleKindPolicy<typeof schema> = {
  schema,
  checkParameters({ earliest, latest }, at) {
    if (earliest !== "after-previous-conference" && earliest.unit === latest.unit && earliest.n < latest.n) {
      return [
        {
          code: "empty-window",
          path: at("earliest"),
          message: `The window is empty: earliest (${earliest.n} ${earliest.unit} before) is after latest (${latest.n} ${latest.unit} before).`,
        },
      ];
    }
    return [];
  },
  describe(rule) {
    const from =
      rule.earliest === "after-previous-conference"
        ? "after the previous conference"
        : `between ${formatDuration(rule.earliest)} before the conference`;
    const to = `${formatDuration(rule.latest)} before it`;
    const window = rule.earliest === "after-previous-conference" ? `${from} and no later than ${to}` : `${from} and ${to}`;
    return `Before each review conference, at least one core group must meet ${window}.`;
  },
};
