import * as z from "zod/mini";
import { useEnglishMessages } from "./zod-english.js";
import { isoDateSchema } from "./iso-date-schema.js";
import {
  CONFERENCE_OUTCOMES,
  MEETING_STATUSES,
  PLAN_END_REASONS,
  RECORDED_ANSWERS,
  REPORT_RECIPIENTS,
  REVIEW_OUTCOMES,
  TIMELINE_LIMITS,
  type CaseEventType,
} from "./timeline-vocabulary.js";

useEnglishMessages();

const text = z.string().check(z.minLength(1), z.maxLength(TIMELINE_LIMITS.maxTextLength));
const eventId = z.optional(z.string().check(z.minLength(1), z.maxLength(TIMELINE_LIMITS.maxEventIdLength)));
/** The `type` of an event schema: one of CASE_EVENT_TYPES (a misspelt type does not compile). */
const eventType = <T extends CaseEventType>(type: T) => z.literal(type);

/**
 * A person at a core group meeting, by role (D24: checks are role-based).
 * Family roles: `parent`, `carer`, `parent-carer`, `other-family`, `child`. Others are
 * professionals or foster carers; `professionalId` links to a professional named in the plan.
 *
 * @example
 * ```ts
 * const attendee: Attendee = { role: "health-visitor", professionalId: "hv-1" };
 * ```
 */
export const attendeeSchema = z.strictObject({
  role: text,
  name: z.optional(text),
  agency: z.optional(text),
  professionalId: z.optional(text),
});
export type Attendee = z.infer<typeof attendeeSchema>;

/**
 * A professional named in the current child protection plan.
 *
 * @example
 * ```ts
 * const professional: PlanProfessional = { id: "hv-1", role: "health-visitor", agency: "NHS", directRegularContact: true };
 * ```
 */
export const planProfessionalSchema = z.strictObject({
  id: text,
  role: text,
  agency: z.optional(text),
  directRegularContact: z.optional(z.boolean()),
});
export type PlanProfessional = z.infer<typeof planProfessionalSchema>;

/**
 * A person's answer to a checklist item that the data cannot decide (e.g. "objectives are SMART").
 *
 * @example
 * ```ts
 * const answer: RecordedAnswer = { item: "pan-sussex.checklist.smart-objectives", answer: "yes" };
 * ```
 */
export const recordedAnswerSchema = z.strictObject({
  item: text,
  answer: z.enum(RECORDED_ANSWERS),
  note: z.optional(text),
});
export type RecordedAnswer = z.infer<typeof recordedAnswerSchema>;

const strategyDiscussion = z.strictObject({
  type: eventType("strategy-discussion"),
  id: eventId,
  date: isoDateSchema,
  /** False for a follow-up discussion that did not start the s47 enquiry. Default true. */
  initiatedSection47: z.optional(z.boolean()),
  /** True when the s47 enquiry concluded that no initial conference was needed (CIN ICPCnotRequired). */
  conferenceNotRequired: z.optional(z.boolean()),
});

const initialConference = z.strictObject({
  type: eventType("initial-conference"),
  id: eventId,
  date: isoDateSchema,
  outcome: z.enum(CONFERENCE_OUTCOMES),
});

const transferInConference = z.strictObject({
  type: eventType("transfer-in-conference"),
  id: eventId,
  date: isoDateSchema,
  outcome: z.optional(z.enum(CONFERENCE_OUTCOMES)),
});

/**
 * Who chaired a core group meeting.
 *
 * @example
 * ```ts
 * coreGroupChairSchema.safeParse({ role: "lead-social-worker" }).success; // true
 * ```
 */
export const coreGroupChairSchema = z.strictObject({ role: text, name: z.optional(text) });

const coreGroupMeeting = z.strictObject({
  type: eventType("core-group"),
  id: eventId,
  date: isoDateSchema,
  /** Cancelled or not-held meetings are recorded, never counted as held (D13). Default `held`. */
  status: z.optional(z.enum(MEETING_STATUSES)),
  chair: z.optional(coreGroupChairSchema),
  attendees: z.optional(z.array(attendeeSchema).check(z.maxLength(TIMELINE_LIMITS.maxAttendees))),
  absentFamilyToldMayContributeInWriting: z.optional(z.boolean()),
  recordEnteredDate: z.optional(isoDateSchema),
  minutesCirculatedDate: z.optional(isoDateSchema),
  answers: z.optional(z.array(recordedAnswerSchema).check(z.maxLength(TIMELINE_LIMITS.maxAnswers))),
});

const reviewConference = z.strictObject({
  type: eventType("review-conference"),
  id: eventId,
  date: isoDateSchema,
  outcome: z.enum(REVIEW_OUTCOMES),
  reportSharedDate: z.optional(isoDateSchema),
  reportSharedWith: z.optional(z.array(z.enum(REPORT_RECIPIENTS)).check(z.maxLength(TIMELINE_LIMITS.maxReportRecipients))),
});

/**
 * Why a plan ended outside a review conference (Working Together): one of `PLAN_END_REASONS`.
 *
 * @example
 * ```ts
 * const reason: PlanEndReason = "eighteenth-birthday";
 * ```
 */
export const planEndReasonSchema = z.enum(PLAN_END_REASONS);
export type PlanEndReason = z.infer<typeof planEndReasonSchema>;

const planEnd = z.strictObject({
  type: eventType("plan-end"),
  id: eventId,
  date: isoDateSchema,
  reason: planEndReasonSchema,
});

const exceptionRecord = z.strictObject({
  type: eventType("exception"),
  id: eventId,
  /** When the exception was recorded. */
  date: isoDateSchema,
  /** The rule it excuses, e.g. `working-together.first-core-group`. */
  ruleId: text,
  /** The due date of the obligation it excuses; without it, the obligation of that rule whose anchor is the latest on or before `date`. */
  dueDate: z.optional(isoDateSchema),
  reason: text,
  approvedBy: text,
});

/**
 * One dated event of a case timeline, discriminated by `type`.
 *
 * @example
 * ```ts
 * const event: CaseEvent = { type: "initial-conference", date: "2024-03-04", outcome: "plan" };
 * ```
 */
export const caseEventSchema = z.discriminatedUnion("type", [
  strategyDiscussion,
  initialConference,
  transferInConference,
  coreGroupMeeting,
  reviewConference,
  planEnd,
  exceptionRecord,
]);
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type StrategyDiscussion = z.infer<typeof strategyDiscussion>;
export type InitialConference = z.infer<typeof initialConference>;
export type TransferInConference = z.infer<typeof transferInConference>;
export type CoreGroupMeeting = z.infer<typeof coreGroupMeeting>;
export type ReviewConference = z.infer<typeof reviewConference>;
export type PlanEnd = z.infer<typeof planEnd>;
export type ExceptionRecord = z.infer<typeof exceptionRecord>;

/**
 * What a timeline may say about the child.
 *
 * @example
 * ```ts
 * caseChildSchema.safeParse({ dateOfBirth: "2015-06-01", lookedAfter: false }).success; // true
 * ```
 */
export const caseChildSchema = z.strictObject({
  dateOfBirth: z.optional(isoDateSchema),
  lookedAfter: z.optional(z.boolean()),
});

/**
 * A case timeline: one child's dated events, in any order (the engine sorts them), with the
 * facts the checks need. Validate with `caseTimelineSchema.safeParse` or let `evaluateCase` do it.
 *
 * @example
 * ```ts
 * const timeline: CaseTimeline = {
 *   id: "case-1",
 *   events: [
 *     { type: "strategy-discussion", date: "2024-02-12" },
 *     { type: "initial-conference", date: "2024-03-04", outcome: "plan" },
 *     { type: "core-group", date: "2024-03-15" },
 *   ],
 * };
 * ```
 */
export const caseTimelineSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(TIMELINE_LIMITS.maxCaseIdLength)),
  child: z.optional(caseChildSchema),
  team: z.optional(text),
  worker: z.optional(text),
  professionals: z.optional(z.array(planProfessionalSchema).check(z.maxLength(TIMELINE_LIMITS.maxProfessionals))),
  events: z.array(caseEventSchema).check(z.maxLength(TIMELINE_LIMITS.maxEvents)),
});
export type CaseTimeline = z.infer<typeof caseTimelineSchema>;
