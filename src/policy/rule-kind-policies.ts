import type * as z from "zod/mini";
import type { RuleKindPolicy, RuleKindSchema } from "./rule-kind-policy.js";
import { countBetweenEventsPolicy } from "./rule-kinds/count-between-events.js";
import { deadlineAfterEventPolicy } from "./rule-kinds/deadline-after-event.js";
import { leadTimeBeforeEventPolicy } from "./rule-kinds/lead-time-before-event.js";
import { meetingCheckPolicy } from "./rule-kinds/meeting-check.js";
import { recurringIntervalPolicy } from "./rule-kinds/recurring-interval.js";
import { windowBeforeEventPolicy } from "./rule-kinds/window-before-event.js";

/** A table of kinds in which each key is the `kind` its schema accepts. */
type KindTable<T> = { readonly [K in keyof T]: RuleKindPolicy<RuleKindSchema> & { readonly schema: z.ZodMiniType<{ kind: K }> } };

function kindTable<const T extends KindTable<T>>(table: T): T {
  return table;
}

/**
 * The rule kinds, the profile half: one record per kind (its schema, parameter checks and
 * description), keyed by the kind. The keys are the rule kinds: `RuleKind` is made from them,
 * and the compiler refuses a key that differs from the `kind` its schema accepts. The order is
 * the order of `ruleSchema`'s union (and of the profile JSON Schema).
 *
 * @example
 * ```ts
 * RULE_KIND_POLICIES["recurring-interval"].describe(rule);
 * ```
 */
export const RULE_KIND_POLICIES = kindTable({
  "deadline-after-event": deadlineAfterEventPolicy,
  "recurring-interval": recurringIntervalPolicy,
  "window-before-event": windowBeforeEventPolicy,
  "count-between-events": countBetweenEventsPolicy,
  "lead-time-before-event": leadTimeBeforeEventPolicy,
  "meeting-check": meetingCheckPolicy,
});

/**
 * A kind of rule, e.g. `"deadline-after-event"`: a key of {@link RULE_KIND_POLICIES}.
 *
 * @example
 * ```ts
 * const kind: RuleKind = "meeting-check";
 * ```
 */
export type RuleKind = keyof typeof RULE_KIND_POLICIES;

/**
 * The profile half of one kind, as the table holds it.
 *
 * @example
 * ```ts
 * const schema: PolicyOfKind<"meeting-check">["schema"] = RULE_KIND_POLICIES["meeting-check"].schema;
 * ```
 */
export type PolicyOfKind<K extends RuleKind> = (typeof RULE_KIND_POLICIES)[K];

/**
 * A rule of one kind, e.g. `RuleOfKind<"meeting-check">`.
 *
 * @example
 * ```ts
 * const check: RuleOfKind<"meeting-check"> = chairRule;
 * ```
 */
export type RuleOfKind<K extends RuleKind> = z.infer<PolicyOfKind<K>["schema"]>;

/** The table typed per kind, so that a rule's kind picks a record that takes that rule (no cast). */
const POLICY_BY_KIND: { readonly [K in RuleKind]: RuleKindPolicy<PolicyOfKind<K>["schema"]> } = RULE_KIND_POLICIES;

/**
 * The profile half of a rule's kind, typed for the rule: how to check and describe it.
 *
 * @example
 * ```ts
 * policyOf(rule.kind).describe(rule);
 * ```
 */
export function policyOf<K extends RuleKind>(kind: K): RuleKindPolicy<PolicyOfKind<K>["schema"]> {
  return POLICY_BY_KIND[kind];
}
