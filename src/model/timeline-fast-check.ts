import { tryToDayNumber } from "../dates/iso-date.js";
import {
  attendeeSchema,
  caseChildSchema,
  caseEventSchema,
  caseTimelineSchema,
  coreGroupChairSchema,
  planProfessionalSchema,
  recordedAnswerSchema,
  type CaseTimeline,
} from "./timeline-schema.js";
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

// A hand-written mirror of `caseTimelineSchema` (timeline-schema.ts) for the common case: a valid
// timeline made by JSON.parse. It accepts only values the zod schema accepts, and zod's parsed
// value is then a copy of the input equal to it (the schema has no defaults, transforms or
// stripping: every object is strict), except that zod's copy of an array drops any named
// property besides its elements, which JSON cannot express and the engine never reads. Anything
// it is not sure of is left to zod, which also words the issues. Its word lists, size limits and
// key lists are the schema's own (timeline-vocabulary.ts and the schemas' shapes); its logic is
// kept in step by test/model/timeline-fast-check.test.ts, which checks that on JSON data it
// accepts exactly what zod accepts.

type Fields = Record<string, unknown>;

/** Whether a value is an object as JSON.parse makes them: not null, its prototype `Object.prototype`. */
function isPlainObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** A plain object whose enumerable keys all pass `isKnownKey`. */
function isStrictRecord(value: unknown, isKnownKey: (key: string) => boolean): value is Fields {
  if (!isPlainObject(value)) return false;
  for (const key in value) if (!isKnownKey(key)) return false;
  return true;
}

function isText(value: unknown, max: number = TIMELINE_LIMITS.maxTextLength): boolean {
  return typeof value === "string" && value.length >= 1 && value.length <= max;
}

function isOptionalText(value: unknown): boolean {
  return value === undefined || isText(value);
}

function isOptionalBoolean(value: unknown): boolean {
  return value === undefined || typeof value === "boolean";
}

/** `isoDateSchema` refuses exactly the strings `toDayNumber` throws on, where `tryToDayNumber` gives undefined. */
function isOptionalDate(value: unknown): boolean {
  return value === undefined || tryToDayNumber(value) !== undefined;
}

function isArrayOf(value: unknown, max: number, isItem: (item: unknown) => boolean): value is unknown[] {
  if (!Array.isArray(value) || value.length > max) return false;
  for (let i = 0; i < value.length; i++) if (!isItem(value[i])) return false;
  return true;
}

function isOptionalArrayOf(value: unknown, max: number, isItem: (item: unknown) => boolean): boolean {
  return value === undefined || isArrayOf(value, max, isItem);
}

function isOneOf(value: unknown, options: readonly string[]): boolean {
  return typeof value === "string" && options.includes(value);
}

type KeyTest = (key: string) => boolean;

/**
 * A key test for a list of at most ten keys, as a chain of comparisons: cheaper than a Set
 * lookup or `includes` for these few keys (the keys for-in yields are interned, so a comparison
 * is usually a pointer test). Throws at load if a schema outgrows it.
 */
function keyTestOf(keys: readonly string[]): KeyTest {
  if (keys.length > 10) throw new Error(`A timeline record has ${keys.length} keys; the fast check handles at most 10.`);
  const [a, b, c, d, e, f, g, h, i, j] = keys;
  return (k) => k === a || k === b || k === c || k === d || k === e || k === f || k === g || k === h || k === i || k === j;
}

/** The key test of a strict object schema: its shape's keys. */
const keysOf = (schema: { readonly shape: object }): KeyTest => keyTestOf(Object.keys(schema.shape));

const isAttendeeKey = keysOf(attendeeSchema);
const isProfessionalKey = keysOf(planProfessionalSchema);
const isAnswerKey = keysOf(recordedAnswerSchema);
const isChairKey = keysOf(coreGroupChairSchema);
const isChildKey = keysOf(caseChildSchema);
const isTimelineKey = keysOf(caseTimelineSchema);
/** The key test of each event type, from the event schemas of `caseEventSchema`. */
const EVENT_KEYS: Readonly<Record<string, KeyTest>> = Object.fromEntries(
  caseEventSchema.def.options.map((schema) => [schema.shape.type.def.values[0], keysOf(schema)]),
);
const isCoreGroupKey = EVENT_KEYS["core-group"]!;

/**
 * `isStrictRecord` for the attendee keys, with a loop of its own: attendees are the most numerous
 * records (dozens per case), and the shared loop's call of its key test, which sees every kind of
 * record, cannot be inlined; here it can.
 */
function isAttendeeRecord(value: unknown): value is Fields {
  if (!isPlainObject(value)) return false;
  for (const k in value) if (!isAttendeeKey(k)) return false;
  return true;
}

const isAttendee = (value: unknown): boolean =>
  isAttendeeRecord(value) &&
  isText(value["role"]) &&
  isOptionalText(value["name"]) &&
  isOptionalText(value["agency"]) &&
  isOptionalText(value["professionalId"]);

const isProfessional = (value: unknown): boolean =>
  isStrictRecord(value, isProfessionalKey) &&
  isText(value["id"]) &&
  isText(value["role"]) &&
  isOptionalText(value["agency"]) &&
  isOptionalBoolean(value["directRegularContact"]);

const isAnswer = (value: unknown): boolean =>
  isStrictRecord(value, isAnswerKey) && isText(value["item"]) && isOneOf(value["answer"], RECORDED_ANSWERS) && isOptionalText(value["note"]);

const isChild = (value: unknown): boolean =>
  isStrictRecord(value, isChildKey) && isOptionalDate(value["dateOfBirth"]) && isOptionalBoolean(value["lookedAfter"]);

const isSharedWith = (value: unknown): boolean => isOneOf(value, REPORT_RECIPIENTS);

function isCoreGroup(event: Fields): boolean {
  const chair = event["chair"];
  return (
    (event["status"] === undefined || isOneOf(event["status"], MEETING_STATUSES)) &&
    (chair === undefined || (isStrictRecord(chair, isChairKey) && isText(chair["role"]) && isOptionalText(chair["name"]))) &&
    isOptionalArrayOf(event["attendees"], TIMELINE_LIMITS.maxAttendees, isAttendee) &&
    isOptionalBoolean(event["absentFamilyToldMayContributeInWriting"]) &&
    isOptionalDate(event["recordEnteredDate"]) &&
    isOptionalDate(event["minutesCirculatedDate"]) &&
    isOptionalArrayOf(event["answers"], TIMELINE_LIMITS.maxAnswers, isAnswer)
  );
}

/** The fields of an event other than `type`, `id` and `date`, by type. */
function hasValidDetails(event: Fields, type: CaseEventType): boolean {
  switch (type) {
    case "strategy-discussion":
      return isOptionalBoolean(event["initiatedSection47"]) && isOptionalBoolean(event["conferenceNotRequired"]);
    case "initial-conference":
      return isOneOf(event["outcome"], CONFERENCE_OUTCOMES);
    case "transfer-in-conference":
      return event["outcome"] === undefined || isOneOf(event["outcome"], CONFERENCE_OUTCOMES);
    case "core-group":
      return isCoreGroup(event);
    case "review-conference":
      return (
        isOneOf(event["outcome"], REVIEW_OUTCOMES) &&
        isOptionalDate(event["reportSharedDate"]) &&
        isOptionalArrayOf(event["reportSharedWith"], TIMELINE_LIMITS.maxReportRecipients, isSharedWith)
      );
    case "plan-end":
      return isOneOf(event["reason"], PLAN_END_REASONS);
    default:
      return (
        isText(event["ruleId"]) && isOptionalDate(event["dueDate"]) && isText(event["reason"]) && isText(event["approvedBy"])
      );
  }
}

/**
 * `isStrictRecord` for the keys of a core group, with a loop of its own as {@link isAttendeeRecord}
 * has, and for the same reason: core groups are most of a timeline's events.
 */
function isCoreGroupRecord(value: unknown): value is Fields {
  if (!isPlainObject(value)) return false;
  for (const k in value) if (!isCoreGroupKey(k)) return false;
  return true;
}

/** The event's day number when it is valid, else -1 (day numbers of supported dates are positive). */
function eventDay(value: unknown): number {
  if (typeof value !== "object" || value === null) return -1;
  const type = (value as Fields)["type"];
  if (type === "core-group") {
    if (!isCoreGroupRecord(value)) return -1;
  } else {
    const allowed = typeof type === "string" && Object.hasOwn(EVENT_KEYS, type) ? EVENT_KEYS[type] : undefined;
    if (allowed === undefined || !isStrictRecord(value, allowed)) return -1;
  }
  const id = value["id"];
  if (!(id === undefined || isText(id, TIMELINE_LIMITS.maxEventIdLength)) || !hasValidDetails(value, type as CaseEventType)) return -1;
  return tryToDayNumber(value["date"]) ?? -1;
}

/**
 * A timeline the fast check vouches for, with the day number of each event's date (parsed once).
 *
 * @example
 * ```ts
 * const checked: CheckedTimeline = { timeline, eventDays: Int32Array.of(19797) };
 * ```
 */
export interface CheckedTimeline {
  readonly timeline: CaseTimeline;
  /** `eventDays[i]` is the day number of `timeline.events[i].date`. */
  readonly eventDays: Int32Array;
}

/**
 * Checks a value against the case timeline schema without zod, for speed. Returns the value
 * itself (typed, not copied) with its events' day numbers when it is certainly valid, and
 * `undefined` when it is not, or when it is of a kind (a class instance, an object without a
 * prototype) only zod should judge. It never accepts what `caseTimelineSchema` refuses.
 *
 * @example
 * ```ts
 * fastCheckTimeline({ id: "c1", events: [{ type: "core-group", date: "2024-03-15" }] })?.eventDays; // Int32Array [19797]
 * fastCheckTimeline({ id: "c1", events: [{ type: "core-group", date: "2024-02-30" }] }); // undefined
 * ```
 */
export function fastCheckTimeline(value: unknown): CheckedTimeline | undefined {
  if (!isStrictRecord(value, isTimelineKey) || !isText(value["id"], TIMELINE_LIMITS.maxCaseIdLength)) return undefined;
  const child = value["child"];
  if (child !== undefined && !isChild(child)) return undefined;
  if (!isOptionalText(value["team"]) || !isOptionalText(value["worker"])) return undefined;
  if (!isOptionalArrayOf(value["professionals"], TIMELINE_LIMITS.maxProfessionals, isProfessional)) return undefined;
  const events = value["events"];
  if (!Array.isArray(events) || events.length > TIMELINE_LIMITS.maxEvents) return undefined;
  const eventDays = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const day = eventDay(events[i]);
    if (day < 0) return undefined;
    eventDays[i] = day;
  }
  return { timeline: value as unknown as CaseTimeline, eventDays };
}
