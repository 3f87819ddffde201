import type { Rule } from "../policy/profile-schema.js";
import { evaluateCountBetweenEvents } from "./count-between-events.js";
import { evaluateDeadlineAfterEvent } from "./deadline-after-event.js";
import { evaluateLeadTimeBeforeEvent } from "./lead-time-before-event.js";
import { evaluateMeetingCheck } from "./meeting-check.js";
import { evaluateRecurringInterval } from "./recurring-interval.js";
import type { RuleContext, RuleOutput } from "./rule-context.js";
import { evaluateWindowBeforeEvent } from "./window-before-event.js";

/**
 * Runs the evaluator of a rule's kind.
 *
 * @example
 * ```ts
 * const { obligations, checks } = evaluateRule(rule, context);
 * ```
 */
export function evaluateRule(rule: Rule, context: RuleContext): RuleOutput {
  switch (rule.kind) {
    case "deadline-after-event":
      return evaluateDeadlineAfterEvent(rule, context);
    case "recurring-interval":
      return evaluateRecurringInterval(rule, context);
    case "window-before-event":
      return evaluateWindowBeforeEvent(rule, context);
    case "count-between-events":
      return evaluateCountBetweenEvents(rule, context);
    case "lead-time-before-event":
      return evaluateLeadTimeBeforeEvent(rule, context);
    case "meeting-check":
      return evaluateMeetingCheck(rule, context);
  }
}
