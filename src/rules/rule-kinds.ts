import type { RuleKind } from "../policy/rule-kind-policies.js";
import { countBetweenEvents } from "./kinds/count-between-events.js";
import { deadlineAfterEvent } from "./kinds/deadline-after-event.js";
import { leadTimeBeforeEvent } from "./kinds/lead-time-before-event.js";
import { meetingCheck } from "./kinds/meeting-check.js";
import { recurringInterval } from "./kinds/recurring-interval.js";
import type { RuleKindDefinition } from "./rule-kind-definition.js";
import { windowBeforeEvent } from "./kinds/window-before-event.js";

/**
 * The rule kinds, the evaluation half: one record per kind (its evaluator, checklist source and
 * census support). Its type names every kind of `RuleKind`, so the compiler refuses a table
 * that misses one.
 *
 * @example
 * ```ts
 * RULE_KINDS["meeting-check"].checklistSource(chairRule); // "check"
 * ```
 */
export const RULE_KINDS: { readonly [K in RuleKind]: RuleKindDefinition<K> } = {
  "deadline-after-event": deadlineAfterEvent,
  "recurring-interval": recurringInterval,
  "window-before-event": windowBeforeEvent,
  "count-between-events": countBetweenEvents,
  "lead-time-before-event": leadTimeBeforeEvent,
  "meeting-check": meetingCheck,
};

/**
 * The evaluation half of a rule's kind, typed for the rule.
 *
 * @example
 * ```ts
 * const { obligations, checks, dataQuality } = definitionOf(rule.kind).evaluate(rule, context);
 * ```
 */
export function definitionOf<K extends RuleKind>(kind: K): RuleKindDefinition<K> {
  return RULE_KINDS[kind];
}
