import * as z from "zod/mini";
import { useEnglishMessages } from "../model/zod-english.js";
import { REGIONS } from "../calendar/region.js";
import { isoDateSchema } from "../model/iso-date-schema.js";

useEnglishMessages();

const text = z.string().check(z.minLength(1), z.maxLength(20_000));
const identifier = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "use lower-case letters, digits, '-' and '.' only"), z.maxLength(120));

/**
 * A length of time in a rule: N of a unit. `working-days` use the profile's calendar;
 * `weeks` are 7 calendar days (D6); `months` are calendar months clamped to the month's end (D7).
 *
 * @example
 * ```ts
 * const tenWorkingDays: Duration = { n: 10, unit: "working-days" };
 * ```
 */
export const durationSchema = z.strictObject({
  n: z.number().check(z.int(), z.gte(0), z.lte(10_000)),
  unit: z.enum(["working-days", "days", "weeks", "months"]),
});
export type Duration = z.infer<typeof durationSchema>;

/**
 * Where a rule comes from: the document, the section, the exact quoted words, and a URL when known.
 *
 * @example
 * ```ts
 * const citation: Citation = {
 *   document: "Cumbria: Core Groups - Information for Parents and Carers",
 *   quote: "Core Groups will then be held no less than every four weeks",
 * };
 * ```
 */
export const citationSchema = z.strictObject({
  document: text,
  section: z.optional(text),
  quote: text,
  url: z.optional(z.url()),
});
export type Citation = z.infer<typeof citationSchema>;

/**
 * How a rule reads its ambiguous source: the DECISIONS.md entries it follows and a sentence.
 *
 * @example
 * ```ts
 * const reading: Reading = { decisions: ["D2"], text: "Exclusive counting: the conference is day 0." };
 * ```
 */
export const readingSchema = z.strictObject({
  decisions: z.array(z.string().check(z.regex(/^[A-Z][A-Za-z0-9-]*$/))).check(z.maxLength(20)),
  text,
});
export type Reading = z.infer<typeof readingSchema>;

const ruleBase = {
  id: identifier,
  title: text,
  description: text,
  citation: citationSchema,
  reading: readingSchema,
  counting: z.optional(z.enum(["exclusive", "inclusive"])),
  dueDateRoll: z.optional(z.enum(["none", "previous-working-day"])),
};

/**
 * Events a deadline can run from. `plan-start`: an initial or transfer-in conference that made a
 * plan (D10, D11). `continuing-review-conference`: a review conference that kept the plan (D18).
 *
 * @example
 * ```ts
 * ANCHOR_EVENTS.includes("plan-start"); // true
 * ```
 */
export const ANCHOR_EVENTS = ["strategy-discussion", "plan-start", "core-group", "continuing-review-conference"] as const;

/**
 * What a deadline waits for. The two record targets are dates on the anchoring core group itself.
 *
 * @example
 * ```ts
 * DEADLINE_TARGETS.includes("core-group-minutes-circulated"); // true
 * ```
 */
export const DEADLINE_TARGETS = [
  "initial-conference",
  "core-group",
  "review-conference",
  "core-group-record-entered",
  "core-group-minutes-circulated",
] as const;

const deadlineAfterEvent = z.strictObject({
  ...ruleBase,
  kind: z.literal("deadline-after-event"),
  anchor: z.enum(ANCHOR_EVENTS),
  target: z.enum(DEADLINE_TARGETS),
  within: durationSchema,
});

const recurringInterval = z.strictObject({
  ...ruleBase,
  kind: z.literal("recurring-interval"),
  event: z.enum(["core-group", "review-conference"]),
  every: durationSchema,
  /** A different interval while the child is looked after (D21: off unless a profile sets it). */
  lookedAfterEvery: z.optional(durationSchema),
});

const windowBeforeEvent = z.strictObject({
  ...ruleBase,
  kind: z.literal("window-before-event"),
  event: z.literal("core-group"),
  before: z.literal("review-conference"),
  /** Earliest day of the window: a duration before the conference, or the day after the previous conference. */
  earliest: z.union([durationSchema, z.literal("after-previous-conference")]),
  /** Latest day of the window: a duration before the conference. */
  latest: durationSchema,
});

const countBetweenEvents = z.strictObject({
  ...ruleBase,
  kind: z.literal("count-between-events"),
  event: z.literal("core-group"),
  between: z.literal("consecutive-conferences"),
  minimum: z.number().check(z.int(), z.gte(1), z.lte(100)),
  /** Applies only when the conferences are more than this far apart (D17). */
  whenGapMoreThan: z.optional(durationSchema),
  /** A window-before-event rule that one of the counted meetings must satisfy. */
  oneSatisfying: z.optional(identifier),
});

const leadTimeBeforeEvent = z.strictObject({
  ...ruleBase,
  kind: z.literal("lead-time-before-event"),
  fact: z.literal("review-report-shared"),
  before: z.literal("review-conference"),
  atLeast: durationSchema,
});

/**
 * The per-meeting checks of `meeting-check` rules (D23, D24).
 *
 * @example
 * ```ts
 * MEETING_CHECKS.includes("chair"); // true
 * ```
 */
export const MEETING_CHECKS = [
  "chair",
  "family-attendance",
  "direct-contact-attendance",
  "plan-professionals-attendance",
] as const;

const meetingCheck = z.strictObject({
  ...ruleBase,
  kind: z.literal("meeting-check"),
  check: z.enum(MEETING_CHECKS),
  /** For `chair`: the roles allowed to chair. */
  chairRoles: z.optional(z.array(text).check(z.maxLength(50))),
  /** `breach` counts a "no" as a breach; `finding` reports it without counting it as one (D23). */
  severity: z.enum(["breach", "finding"]),
});

/**
 * One rule of a policy profile, discriminated by `kind`.
 *
 * @example
 * ```ts
 * const rule: Rule = profiles["cumbria"].rules.find((r) => r.kind === "recurring-interval")!;
 * ```
 */
export const ruleSchema = z.discriminatedUnion("kind", [
  deadlineAfterEvent,
  recurringInterval,
  windowBeforeEvent,
  countBetweenEvents,
  leadTimeBeforeEvent,
  meetingCheck,
]);
export type Rule = z.infer<typeof ruleSchema>;
export type DeadlineAfterEventRule = z.infer<typeof deadlineAfterEvent>;
export type RecurringIntervalRule = z.infer<typeof recurringInterval>;
export type WindowBeforeEventRule = z.infer<typeof windowBeforeEvent>;
export type CountBetweenEventsRule = z.infer<typeof countBetweenEvents>;
export type LeadTimeBeforeEventRule = z.infer<typeof leadTimeBeforeEvent>;
export type MeetingCheckRule = z.infer<typeof meetingCheck>;
export type RuleKind = Rule["kind"];

/**
 * Which core group meetings a checklist item is asked of.
 *
 * @example
 * ```ts
 * const scope: ChecklistScope = "initial-core-group";
 * ```
 */
export const checklistScopeSchema = z.enum([
  "each-core-group",
  "initial-core-group",
  "subsequent-core-group",
  "last-core-group-before-review",
]);
export type ChecklistScope = z.infer<typeof checklistScopeSchema>;

/**
 * One Y/N line of a checklist: answered from a rule's result for the meeting, or from an answer
 * a person recorded on the meeting (never guessed: D25).
 *
 * @example
 * ```ts
 * const item: ChecklistItem = {
 *   id: "pan-sussex.checklist.smart-objectives",
 *   section: "CHILD PROTECTION PLAN",
 *   text: "The Objectives identified to meet the child's needs are developed in a S.M.A.R.T ... way.",
 *   scope: "each-core-group",
 *   answeredBy: { source: "recorded" },
 * };
 * ```
 */
export const checklistItemSchema = z.strictObject({
  id: identifier,
  section: text,
  text,
  scope: checklistScopeSchema,
  answeredBy: z.discriminatedUnion("source", [
    z.strictObject({ source: z.literal("rule"), ruleId: identifier }),
    z.strictObject({ source: z.literal("recorded") }),
  ]),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/**
 * A checklist carried by a profile (e.g. the Pan-Sussex Core Group Meeting Checklist).
 *
 * @example
 * ```ts
 * profiles["pan-sussex"].checklist?.items.length; // every Y/N line of the seed
 * ```
 */
export const checklistSchema = z.strictObject({
  title: text,
  citation: citationSchema,
  items: z.array(checklistItemSchema).check(z.minLength(1), z.maxLength(500)),
});
export type Checklist = z.infer<typeof checklistSchema>;

/**
 * A policy profile as written (JSON or code), before `extends` is resolved.
 *
 * @example
 * ```ts
 * const input: ProfileInput = {
 *   id: "my-council", name: "My council", version: "2025-01", extends: "working-together",
 *   rules: [],
 * };
 * ```
 */
export const profileInputSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: identifier,
  name: text,
  version: z.string().check(z.minLength(1), z.maxLength(100)),
  description: z.optional(text),
  extends: z.optional(identifier),
  region: z.optional(z.enum(REGIONS)),
  closureDays: z.optional(z.array(isoDateSchema).check(z.maxLength(5_000))),
  /** Inherited rules to drop, by id. */
  removeRules: z.optional(z.array(identifier).check(z.maxLength(500))),
  rules: z.array(ruleSchema).check(z.maxLength(500)),
  checklist: z.optional(checklistSchema),
});
export type ProfileInput = z.input<typeof profileInputSchema>;
