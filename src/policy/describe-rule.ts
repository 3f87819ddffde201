import type { Rule } from "./profile-schema.js";
import { policyOf } from "./rule-kind-policies.js";

export { formatDuration } from "./rule-prose.js";

function rollSentence(rule: Rule): string {
  return rule.dueDateRoll === "previous-working-day"
    ? " A due date on a non-working day moves back to the previous working day."
    : "";
}

/**
 * One plain-English sentence (or two) saying what a rule requires, from its parameters alone:
 * its kind's sentence, then the due-date roll when the rule has one.
 *
 * @example
 * ```ts
 * describeRule(profiles["cumbria"].rules.find((r) => r.id === "working-together.first-core-group")!);
 * // "A core group must meet within 10 working days after an initial or transfer-in conference that made a plan."
 * ```
 */
export function describeRule(rule: Rule): string {
  return `${policyOf(rule.kind).describe(rule)}${rollSentence(rule)}`;
}
