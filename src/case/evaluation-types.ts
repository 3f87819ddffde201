import type { IsoDate } from "../dates/iso-date.js";
import type { InputIssue } from "../model/input-issue.js";
import type { Issue } from "../model/issue.js";
import type { Citation, Reading, RuleKind } from "../policy/profile-schema.js";

/**
 * Every obligation status, in report order.
 *
 * @example
 * ```ts
 * OBLIGATION_STATUSES.length; // 6
 * ```
 */
export const OBLIGATION_STATUSES = ["met", "late", "missing", "pending", "exception", "not-applicable"] as const;

/**
 * The status of an obligation at the audit date (docs/interpretations.md, "Outcomes"): exactly one of
 * {@link OBLIGATION_STATUSES}.
 *
 * @example
 * ```ts
 * const status: ObligationStatus = "late";
 * ```
 */
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/**
 * A pointer to an input event: its index in `timeline.events`, its `id` when it has one, type and date.
 *
 * @example
 * ```ts
 * const ref: EventRef = { index: 1, type: "initial-conference", date: "2024-03-04" };
 * ```
 */
export interface EventRef {
  readonly index: number;
  readonly id?: string;
  readonly type: string;
  readonly date: IsoDate;
}

/**
 * The recorded exception that turned a breach into status `exception` (D14).
 *
 * @example
 * ```ts
 * const exception: AppliedException = { event: ref, reason: "Family isolating", approvedBy: "Team manager" };
 * ```
 */
export interface AppliedException {
  readonly event: EventRef;
  readonly reason: string;
  readonly approvedBy: string;
}

/**
 * One obligation: what was due, by when, from what, what happened, and why it counts.
 *
 * @example
 * ```ts
 * const result = evaluateCase(timeline, { profile: "cumbria", asOf: "2024-06-30" });
 * if (result.ok) for (const o of result.obligations) console.log(o.ruleId, o.status, o.dueDate);
 * ```
 */
export interface Obligation {
  readonly ruleId: string;
  readonly ruleKind: RuleKind;
  readonly title: string;
  readonly status: ObligationStatus;
  /** 1-based number of the plan episode, or null for obligations before any plan (the ICPC timing). */
  readonly episode: number | null;
  readonly anchor: EventRef;
  readonly dueDate: IsoDate;
  /** When the target happened (null when it has not, or is not recorded). */
  readonly actualDate: IsoDate | null;
  readonly satisfiedBy: EventRef | null;
  /** Calendar days after the due date (late, or missing: up to asOf or plan end). 0 otherwise. */
  readonly daysLate: number;
  /** Working days after the due date, on the profile's calendar. 0 otherwise. */
  readonly workingDaysLate: number;
  readonly exception: AppliedException | null;
  readonly reading: Reading;
  readonly citation: Citation;
  /** One plain-English sentence. */
  readonly explanation: string;
  /** Facts the status rests on, including any missing fact by name. */
  readonly facts: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * The answer to a per-meeting check or checklist item.
 *
 * @example
 * ```ts
 * const answer: CheckAnswer = "not-recorded";
 * ```
 */
export type CheckAnswer = "yes" | "no" | "not-recorded" | "not-applicable";

/**
 * The result of a `meeting-check` rule for one held core group meeting.
 *
 * @example
 * ```ts
 * const failed = result.checks.filter((c) => c.answer === "no" && c.severity === "breach");
 * ```
 */
export interface CheckResult {
  readonly ruleId: string;
  readonly title: string;
  readonly episode: number;
  readonly meeting: EventRef;
  readonly answer: CheckAnswer;
  readonly severity: "breach" | "finding";
  readonly evidence: string;
  readonly reading: Reading;
  readonly citation: Citation;
}

/**
 * One checklist line answered for one meeting, with its evidence.
 *
 * @example
 * ```ts
 * result.checklist.filter((a) => a.answer === "no");
 * ```
 */
export interface ChecklistAnswer {
  readonly itemId: string;
  readonly section: string;
  readonly text: string;
  readonly episode: number;
  readonly meeting: EventRef;
  readonly answer: CheckAnswer;
  readonly evidence: string;
  /** `rule:<id>` when answered from a rule's result, `recorded` when from a person's answer. */
  readonly source: string;
}

/**
 * A breach: an obligation `late` or `missing`, or a breach-severity check answered `no`.
 *
 * @example
 * ```ts
 * for (const breach of result.breaches) console.log(breach.kind, breach.ruleId, breach.date);
 * ```
 */
export type Breach =
  | { readonly kind: "obligation"; readonly ruleId: string; readonly date: IsoDate; readonly obligation: Obligation }
  | { readonly kind: "check"; readonly ruleId: string; readonly date: IsoDate; readonly check: CheckResult };

/**
 * The kinds of data-quality finding.
 *
 * @example
 * ```ts
 * const code: DataQualityCode = "duplicate-event";
 * ```
 */
export type DataQualityCode =
  | "events-out-of-order"
  | "duplicate-event"
  | "meeting-outside-plan"
  | "review-without-plan"
  | "event-after-as-of"
  | "conference-without-strategy-discussion"
  | "plan-end-without-plan"
  | "plan-started-while-open"
  | "record-before-meeting"
  | "unmatched-exception"
  | "unknown-checklist-item"
  /** A date an obligation needs (its due date, its window's start) falls outside 1990-01-01..2099-12-31: that obligation was not checked. */
  | "rule-date-out-of-range";

/**
 * A problem in the data itself (order, duplicates, events outside a plan). Reported, never
 * fatal. An {@link Issue} whose path points at the event at fault in the timeline
 * (`["events", 3]`), with every event it is about in `events`.
 *
 * @example
 * ```ts
 * const finding: DataQualityFinding = {
 *   code: "meeting-outside-plan", path: ["events", 1], message: "Core group on 2024-01-02 is not within a plan.", events: [ref],
 * };
 * ```
 */
export interface DataQualityFinding extends Issue {
  readonly code: DataQualityCode;
  readonly path: readonly ["events", number];
  readonly events: readonly EventRef[];
}

/**
 * One plan episode: from an initial or transfer-in conference that made a plan to its end.
 *
 * @example
 * ```ts
 * result.episodes.map((e) => `${e.start} to ${e.end ?? "open"}`);
 * ```
 */
export interface PlanEpisode {
  readonly number: number;
  readonly start: IsoDate;
  readonly startedBy: EventRef;
  readonly end: IsoDate | null;
  readonly endReason: string | null;
}

/**
 * A successful evaluation of one case.
 *
 * @example
 * ```ts
 * const result = evaluateCase(timeline, { profile: "pan-sussex", asOf: "2024-12-31" });
 * if (result.ok) console.log(result.breaches.length, result.nextDue?.dueDate);
 * ```
 */
export interface CaseEvaluation {
  readonly ok: true;
  readonly caseId: string;
  readonly profile: { readonly id: string; readonly name: string; readonly version: string };
  readonly asOf: IsoDate;
  readonly team: string | null;
  readonly episodes: readonly PlanEpisode[];
  readonly obligations: readonly Obligation[];
  readonly checks: readonly CheckResult[];
  readonly breaches: readonly Breach[];
  /** The pending obligation due soonest, or null. */
  readonly nextDue: Obligation | null;
  readonly checklist: readonly ChecklistAnswer[];
  readonly dataQuality: readonly DataQualityFinding[];
}

/**
 * The result when the input cannot be evaluated (never thrown: bad data is an answer, not an error).
 *
 * @example
 * ```ts
 * const result = evaluateCase({ id: "x" }, { profile: "cumbria", asOf: "2024-01-01" });
 * if (!result.ok) result.issues.forEach((i) => console.log(i.path.join("."), i.message));
 * ```
 */
export interface CaseEvaluationFailure {
  readonly ok: false;
  readonly caseId: string | null;
  readonly issues: readonly InputIssue[];
}

/**
 * What `evaluateCase` returns.
 *
 * @example
 * ```ts
 * const result: CaseEvaluationResult = evaluateCase(timeline, { profile: "medway", asOf: "2024-06-30" });
 * ```
 */
export type CaseEvaluationResult = CaseEvaluation | CaseEvaluationFailure;
