// The closed word lists and size limits of a case timeline, defined once: the zod schema
// (timeline-schema.ts) is built from them, and the fast check, the CSV event log reader and the
// tests import them rather than repeat them.

/**
 * The event types a timeline can hold.
 *
 * @example
 * ```ts
 * CASE_EVENT_TYPES.includes("core-group"); // true
 * ```
 */
export const CASE_EVENT_TYPES = [
  "strategy-discussion",
  "initial-conference",
  "transfer-in-conference",
  "core-group",
  "review-conference",
  "plan-end",
  "exception",
] as const;
/**
 * One of {@link CASE_EVENT_TYPES}.
 *
 * @example
 * ```ts
 * const type: CaseEventType = "core-group";
 * ```
 */
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/**
 * The outcomes of an initial or transfer-in conference: a child protection plan, or none.
 *
 * @example
 * ```ts
 * CONFERENCE_OUTCOMES; // ["plan", "no-plan"]
 * ```
 */
export const CONFERENCE_OUTCOMES = ["plan", "no-plan"] as const;
/**
 * One of {@link CONFERENCE_OUTCOMES}.
 *
 * @example
 * ```ts
 * const outcome: ConferenceOutcome = "no-plan";
 * ```
 */
export type ConferenceOutcome = (typeof CONFERENCE_OUTCOMES)[number];

/**
 * The outcomes of a review conference: the plan continues, or it ends.
 *
 * @example
 * ```ts
 * REVIEW_OUTCOMES; // ["plan-continues", "plan-ends"]
 * ```
 */
export const REVIEW_OUTCOMES = ["plan-continues", "plan-ends"] as const;
/**
 * One of {@link REVIEW_OUTCOMES}.
 *
 * @example
 * ```ts
 * const outcome: ReviewOutcome = "plan-ends";
 * ```
 */
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/**
 * What became of a core group meeting. Cancelled and not-held meetings are recorded, never
 * counted as held (D13).
 *
 * @example
 * ```ts
 * MEETING_STATUSES; // ["held", "cancelled", "not-held"]
 * ```
 */
export const MEETING_STATUSES = ["held", "cancelled", "not-held"] as const;
/**
 * One of {@link MEETING_STATUSES}.
 *
 * @example
 * ```ts
 * const status: MeetingStatus = "cancelled";
 * ```
 */
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/**
 * The answers a person can record to a checklist item.
 *
 * @example
 * ```ts
 * RECORDED_ANSWERS; // ["yes", "no", "not-applicable"]
 * ```
 */
export const RECORDED_ANSWERS = ["yes", "no", "not-applicable"] as const;
/**
 * One of {@link RECORDED_ANSWERS}.
 *
 * @example
 * ```ts
 * const answer: RecordedAnswerValue = "not-applicable";
 * ```
 */
export type RecordedAnswerValue = (typeof RECORDED_ANSWERS)[number];

/**
 * Who a review conference report can be shared with before the conference.
 *
 * @example
 * ```ts
 * REPORT_RECIPIENTS; // ["family", "professionals", "reviewing-officer"]
 * ```
 */
export const REPORT_RECIPIENTS = ["family", "professionals", "reviewing-officer"] as const;
/**
 * One of {@link REPORT_RECIPIENTS}.
 *
 * @example
 * ```ts
 * const recipient: ReportRecipient = "family";
 * ```
 */
export type ReportRecipient = (typeof REPORT_RECIPIENTS)[number];

/**
 * Why a plan ended outside a review conference (Working Together).
 *
 * @example
 * ```ts
 * PLAN_END_REASONS.includes("eighteenth-birthday"); // true
 * ```
 */
export const PLAN_END_REASONS = [
  "review-conference",
  "eighteenth-birthday",
  "death",
  "moved-permanently",
  "left-uk",
  "other",
] as const;

/**
 * The size limits of a valid timeline: lengths of strings in characters (UTF-16 code units, as
 * `String.length` counts them) and of lists in entries. A timeline over any of them is refused.
 *
 * @example
 * ```ts
 * TIMELINE_LIMITS.maxEvents; // 1000000
 * ```
 */
export const TIMELINE_LIMITS = {
  /** The case `id`. */
  maxCaseIdLength: 200,
  /** An event's optional `id`. */
  maxEventIdLength: 200,
  /** Every other text value (roles, names, reasons, notes...). */
  maxTextLength: 10_000,
  /** Events of one timeline. */
  maxEvents: 1_000_000,
  /** Professionals named in the plan. */
  maxProfessionals: 500,
  /** Attendees of one core group meeting. */
  maxAttendees: 500,
  /** Recorded answers of one core group meeting. */
  maxAnswers: 200,
  /** Entries of a review conference's `reportSharedWith`. */
  maxReportRecipients: 10,
} as const;
