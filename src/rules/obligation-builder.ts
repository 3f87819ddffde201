import { fromDayNumber } from "../dates/iso-date.js";
import type { AppliedException, EventRef, Obligation, ObligationStatus } from "../case/evaluation-types.js";
import type { EpisodeFacts } from "../case/plan-episodes.js";
import type { Rule } from "../policy/profile-schema.js";
import type { RuleContext } from "./rule-context.js";

/**
 * The facts a rule evaluator found for one obligation; {@link buildObligation} decides the rest.
 *
 * @example
 * ```ts
 * const draft: ObligationDraft = {
 *   rule, episode, anchor, dueDay, satisfiedBy: null, actualDay: null,
 *   dueText: "10 working days after the initial conference on 2024-03-04", targetText: "a core group",
 * };
 * ```
 */
export interface ObligationDraft {
  readonly rule: Rule;
  readonly episode: EpisodeFacts | null;
  readonly anchor: EventRef;
  readonly dueDay: number;
  readonly satisfiedBy: EventRef | null;
  readonly actualDay: number | null;
  /** How the due date was reached, e.g. "10 working days after the initial conference on 2024-03-04". */
  readonly dueText: string;
  /** What was expected, e.g. "a core group" or "the minutes circulated". */
  readonly targetText: string;
  /** The input field that would record the target, named when it is missing (D25). */
  readonly missingFact?: string;
  /** When a met/late verdict cannot be reached from dates alone (e.g. a window missed entirely). */
  readonly failed?: boolean;
}

function statusOf(draft: ObligationDraft, asOfDay: number): ObligationStatus {
  if (draft.failed === true) return asOfDay > draft.dueDay ? "missing" : "pending";
  if (draft.actualDay !== null) return draft.actualDay <= draft.dueDay ? "met" : "late";
  const endDay = draft.episode?.endDay ?? null;
  if (endDay !== null && endDay < draft.dueDay) return "not-applicable";
  return asOfDay > draft.dueDay ? "missing" : "pending";
}

/**
 * The end of an explanation, from the due rule's closing bracket to the full stop: what happened.
 * It starts with "); " and ends with "." so that the explanation is made of as few pieces as it
 * can be (each `+` of long texts makes one more heap object, which a kept result holds).
 */
function outcomeTail(status: ObligationStatus, draft: ObligationDraft, o: LatenessFacts, context: RuleContext): string {
  const { asOf } = context;
  switch (status) {
    case "met":
      return `); it happened on ${fromDayNumber(draft.actualDay!)}, in time.`;
    case "late":
      return `); it happened on ${fromDayNumber(draft.actualDay!)}, ${count(o.workingDaysLate, "working day")} (${count(o.daysLate, "calendar day")}) late.`;
    case "pending":
      return `); it has not happened yet and is not overdue at ${asOf}.`;
    case "not-applicable":
      return `); the plan ended on ${fromDayNumber(draft.episode!.endDay!)} before it fell due.`;
    default: {
      const missing = draft.missingFact === undefined ? "." : ` (no ${draft.missingFact} recorded).`;
      const endDay = draft.episode?.endDay ?? null;
      return endDay !== null && endDay < context.asOfDay
        ? `); it did not happen before the plan ended on ${fromDayNumber(endDay)}${missing}`
        : `); it had not happened by ${asOf}${missing}`;
    }
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

interface LatenessFacts {
  readonly daysLate: number;
  readonly workingDaysLate: number;
}

function latenessOf(status: ObligationStatus, draft: ObligationDraft, context: RuleContext): LatenessFacts {
  let referenceDay: number;
  if (status === "late") referenceDay = draft.actualDay!;
  else if (status === "missing") referenceDay = Math.min(context.asOfDay, draft.episode?.endDay ?? context.asOfDay);
  else return { daysLate: 0, workingDaysLate: 0 };
  if (referenceDay <= draft.dueDay) return { daysLate: 0, workingDaysLate: 0 };
  return {
    daysLate: referenceDay - draft.dueDay,
    workingDaysLate: context.calendar.workingDaysBetweenDayNumbers(draft.dueDay, referenceDay),
  };
}

/**
 * "<rule title>: <target> was due by ", made once per rule (and its title and target text, which
 * are checked, so a changed one is never served stale): every explanation of the rule shares this
 * one string instead of joining its pieces again. An entry goes when its rule does.
 */
const explanationHeads = new WeakMap<Rule, { readonly title: string; readonly targetText: string; readonly head: string }>();

function explanationHead(rule: Rule, targetText: string): string {
  const cached = explanationHeads.get(rule);
  if (cached !== undefined && cached.title === rule.title && cached.targetText === targetText) return cached.head;
  const head = `${rule.title}: ${targetText} was due by `;
  explanationHeads.set(rule, { title: rule.title, targetText, head });
  return head;
}

function sentence(draft: ObligationDraft, status: ObligationStatus, lateness: LatenessFacts, context: RuleContext, dueDate: string): string {
  return `${explanationHead(draft.rule, draft.targetText)}${dueDate} (${draft.dueText}${outcomeTail(status, draft, lateness, context)}`;
}

/**
 * Turns an evaluator's draft into an obligation with exactly one status ("Outcomes" in
 * docs/interpretations.md), its lateness in calendar and working days, and a one-sentence explanation.
 *
 * @example
 * ```ts
 * const obligation = buildObligation(draft, context);
 * obligation.status; // "met" | "late" | "missing" | "pending" | "not-applicable"
 * ```
 */
export function buildObligation(draft: ObligationDraft, context: RuleContext): Obligation {
  const status = statusOf(draft, context.asOfDay);
  const lateness = latenessOf(status, draft, context);
  const dueDate = fromDayNumber(draft.dueDay);
  const { rule } = draft;
  return {
    ruleId: rule.id,
    ruleKind: rule.kind,
    title: rule.title,
    status,
    episode: draft.episode?.number ?? null,
    anchor: draft.anchor,
    dueDate,
    actualDate: draft.actualDay === null ? null : fromDayNumber(draft.actualDay),
    satisfiedBy: draft.satisfiedBy,
    daysLate: lateness.daysLate,
    workingDaysLate: lateness.workingDaysLate,
    exception: null,
    reading: rule.reading,
    citation: rule.citation,
    explanation: sentence(draft, status, lateness, context, dueDate),
    facts: {
      anchorType: draft.anchor.type,
      anchorDate: draft.anchor.date,
      dueRule: draft.dueText,
      counting: rule.counting ?? "exclusive",
      dueDateRoll: rule.dueDateRoll ?? "none",
      asOf: context.asOf,
      planEnd: draft.episode?.endDay == null ? null : fromDayNumber(draft.episode.endDay),
      missingFact: draft.actualDay === null && draft.missingFact !== undefined ? draft.missingFact : null,
    },
  };
}

/**
 * Marks a late or missing obligation as `exception` (D14): the breach is kept visible, with the
 * exception's reason and approver, and counted apart.
 *
 * @example
 * ```ts
 * withException(obligation, { event: ref, reason: "Parent in hospital", approvedBy: "Team manager" });
 * ```
 */
export function withException(obligation: Obligation, exception: AppliedException): Obligation {
  const was = obligation.status;
  return {
    ...obligation,
    status: "exception",
    exception,
    explanation: `${obligation.explanation} This ${was === "late" ? "late" : "missing"} obligation has an exception recorded on ${exception.event.date}, approved by ${exception.approvedBy}: ${exception.reason}.`,
    facts: { ...obligation.facts, statusBeforeException: was },
  };
}
