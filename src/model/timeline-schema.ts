import * as z from "zod/mini";
import { useEnglishMessages } from "./zod-english.js";
import { isoDateSchema } from "./iso-date-schema.js";

useEnglishMessages();

const text = z.string().check(z.minLength(1), z.maxLength(10_000));
const eventId = z.optional(z.string().check(z.minLength(1), z.maxLength(200)));

/**
 * A person at a core group meeting, by role (DECISIONS.md D24: checks are role-based).
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
  answer: z.enum(["yes", "no", "not-applicable"]),
  note: z.optional(text),
});
export type RecordedAnswer = z.infer<typeof recordedAnswerSchema>;

const strategyDiscussion = z.strictObject({
  type: z.literal("strategy-discussion"),
  id: eventId,
  date: isoDateSchema,
  /** False for a follow-up discussion that did not start the s47 enquiry. Default true. */
  initiatedSection47: z.optional(z.boolean()),
  /** True when the s47 enquiry concluded that no initial conference was needed (CIN ICPCnotRequired). */
  conferenceNotRequired: z.optional(z.boolean()),
});

const initialConference = z.strictObject({
  type: z.literal("initial-conference"),
  id: eventId,
  date: isoDateSchema,
  outcome: z.enum(["plan", "no-plan"]),
});

const transferInConference = z.strictObject({
  type: z.literal("transfer-in-conference"),
  id: eventId,
  date: isoDateSchema,
  outcome: z.optional(z.enum(["plan", "no-plan"])),
});

const coreGroupMeeting = z.strictObject({
  type: z.literal("core-group"),
  id: eventId,
  date: isoDateSchema,
  /** Cancelled or not-held meetings are recorded, never counted as held (D13). Default `held`. */
  status: z.optional(z.enum(["held", "cancelled", "not-held"])),
  chair: z.optional(z.strictObject({ role: text, name: z.optional(text) })),
  attendees: z.optional(z.array(attendeeSchema).check(z.maxLength(500))),
  absentFamilyToldMayContributeInWriting: z.optional(z.boolean()),
  recordEnteredDate: z.optional(isoDateSchema),
  minutesCirculatedDate: z.optional(isoDateSchema),
  answers: z.optional(z.array(recordedAnswerSchema).check(z.maxLength(200))),
});

const reviewConference = z.strictObject({
  type: z.literal("review-conference"),
  id: eventId,
  date: isoDateSchema,
  outcome: z.enum(["plan-continues", "plan-ends"]),
  reportSharedDate: z.optional(isoDateSchema),
  reportSharedWith: z.optional(z.array(z.enum(["family", "professionals", "reviewing-officer"])).check(z.maxLength(10))),
});

/**
 * Why a plan ended outside a review conference (Working Together; domain-research.md N5).
 *
 * @example
 * ```ts
 * const reason: PlanEndReason = "eighteenth-birthday";
 * ```
 */
export const planEndReasonSchema = z.enum([
  "review-conference",
  "eighteenth-birthday",
  "death",
  "moved-permanently",
  "left-uk",
  "other",
]);
export type PlanEndReason = z.infer<typeof planEndReasonSchema>;

const planEnd = z.strictObject({
  type: z.literal("plan-end"),
  id: eventId,
  date: isoDateSchema,
  reason: planEndReasonSchema,
});

const exceptionRecord = z.strictObject({
  type: z.literal("exception"),
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
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

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
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  child: z.optional(
    z.strictObject({
      dateOfBirth: z.optional(isoDateSchema),
      lookedAfter: z.optional(z.boolean()),
    }),
  ),
  team: z.optional(text),
  worker: z.optional(text),
  professionals: z.optional(z.array(planProfessionalSchema).check(z.maxLength(500))),
  events: z.array(caseEventSchema).check(z.maxLength(1_000_000)),
});
export type CaseTimeline = z.infer<typeof caseTimelineSchema>;
