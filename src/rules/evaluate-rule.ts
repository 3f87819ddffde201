import type { Rule } from "../policy/profile-schema.js";
import type { RuleContext, RuleOutput } from "./rule-context.js";
import { definitionOf } from "./rule-kinds.js";

/**
 * Runs the evaluator of a rule's kind: the rule's obligations and checks for one case, and the
 * data-quality findings it noticed.
 *
 * @example
 * ```ts
 * const { obligations, checks, dataQuality } = evaluateRule(rule, context);
 * ```
 */
export function evaluateRule(rule: Rule, context: RuleContext): RuleOutput {
  return definitionOf(rule.kind).evaluate(rule, context);
}
