import type { RuleKind, RuleOfKind } from "../policy/rule-kind-policies.js";
import type { RuleContext, RuleOutput } from "./rule-context.js";

/**
 * Which of a rule's results answers a checklist item about a core group meeting: the meeting's
 * check, the obligation anchored at the meeting, the one the meeting satisfied, or the one
 * anchored at the next review conference.
 *
 * @example
 * ```ts
 * const source: ChecklistSource = "satisfied-by-meeting"; // e.g. "was this meeting held in time?"
 * ```
 */
export type ChecklistSource = "check" | "anchored-at-meeting" | "satisfied-by-meeting" | "anchored-at-next-review";

/**
 * The evaluation half of a rule kind (the profile half, its schema, checks and description, is
 * in `src/policy/rule-kinds/`). One record per kind, in `src/rules/rule-kinds.ts`.
 *
 * @example
 * ```ts
 * const definition: RuleKindDefinition<"lead-time-before-event"> = {
 *   gives: "obligations",
 *   evaluate: evaluateLeadTimeBeforeEvent,
 *   checklistSource: () => "anchored-at-next-review",
 *   cinCensusSupport: () => false,
 * };
 * ```
 */
export interface RuleKindDefinition<K extends RuleKind> {
  /** What the kind's rules give: obligations (with due dates), or checks (a yes/no per meeting). */
  readonly gives: "obligations" | "checks";
  /** The rule's obligations or checks for one case, and the data-quality findings noticed on the way. */
  evaluate(rule: RuleOfKind<K>, context: RuleContext): RuleOutput;
  /** Which of the rule's results answers a checklist item about a meeting. */
  checklistSource(rule: RuleOfKind<K>): ChecklistSource;
  /**
   * Whether a timeline read from a DfE Children in Need census return carries what the rule
   * needs. The census holds s47 start, initial conference, plan start and end, and review dates
   * only: no core groups, attendance, records, minutes or report sharing.
   */
  cinCensusSupport(rule: RuleOfKind<K>): boolean;
}
