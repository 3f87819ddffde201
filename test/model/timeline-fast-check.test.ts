// The fast timeline check against the zod schema it mirrors. The contract (parse-timeline.ts
// relies on it): on JSON data (plain objects and arrays, as JSON.parse makes them, undefined
// values allowed) the fast check accepts exactly what zod accepts; on other values (class
// instances, objects without a prototype, boxed values) it may leave to zod what zod accepts,
// but it never accepts what zod refuses. What it accepts, zod parses to an equal value. It words
// no issues: parseTimeline reports zod's issues, unchanged, for everything the fast check refuses.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { toDayNumber } from "../../src/dates/iso-date.js";
import { parseTimeline } from "../../src/model/parse-timeline.js";
import { fastCheckTimeline } from "../../src/model/timeline-fast-check.js";
import {
  attendeeSchema,
  caseChildSchema,
  caseEventSchema,
  caseTimelineSchema,
  coreGroupChairSchema,
  planProfessionalSchema,
  recordedAnswerSchema,
} from "../../src/model/timeline-schema.js";
import {
  CASE_EVENT_TYPES,
  CONFERENCE_OUTCOMES,
  MEETING_STATUSES,
  PLAN_END_REASONS,
  RECORDED_ANSWERS,
  REPORT_RECIPIENTS,
  REVIEW_OUTCOMES,
  TIMELINE_LIMITS,
} from "../../src/model/timeline-vocabulary.js";
import { mutateJson, jsonMutationArbitrary } from "../reliability/support/json-mutation.js";
import { caseEventArbitrary, caseTimelineArbitrary, isoDateArbitrary } from "../support/arbitraries.js";
import { MAX_REPORTED_ISSUES } from "../../src/model/input-issues.js";

const date = isoDateArbitrary();
/** The runs of the near-valid properties; `TIMELINE_CHECK_RUNS=20000` for a longer search. */
const RUNS = Number(process.env["TIMELINE_CHECK_RUNS"] ?? 2_000);

/** Every object or array inside a value, with itself first. */
function containers(value: unknown, found: (Record<string, unknown> | unknown[])[] = []): (Record<string, unknown> | unknown[])[] {
  if (typeof value === "object" && value !== null) {
    found.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

/** Every word of the timeline's closed lists: a mutation may put one where another list's word belongs. */
const WORDS = [
  ...CASE_EVENT_TYPES,
  ...CONFERENCE_OUTCOMES,
  ...REVIEW_OUTCOMES,
  ...MEETING_STATUSES,
  ...RECORDED_ANSWERS,
  ...REPORT_RECIPIENTS,
  ...PLAN_END_REASONS,
];
/** Every key of every record of a timeline: a mutation may add one to a record of another kind. */
const SCHEMA_KEYS = [
  ...new Set(
    [caseTimelineSchema, caseChildSchema, planProfessionalSchema, attendeeSchema, recordedAnswerSchema, coreGroupChairSchema, ...caseEventSchema.def.options].flatMap(
      (schema) => Object.keys(schema.shape),
    ),
  ),
];
/** Impossible, out-of-range and badly written dates, and the supported range's edges and leap days. */
const ODD_DATES = [
  "2023-02-29",
  "2100-02-29",
  "0000-01-01",
  "1989-12-31",
  "2100-01-01",
  "2024-1-01",
  "2024-13-01",
  "2024-00-10",
  "2024-04-31",
  " 2024-01-01",
  "2024-01-01T00:00:00Z",
  "+002024-01-01",
  "２０２４-01-01",
  "1990-01-01",
  "2099-12-31",
  "2024-02-29",
  "2000-02-29",
];
/** Strings at and one past each length cap, and the empty string. */
const CAPPED_STRINGS = fc
  .constantFrom(0, TIMELINE_LIMITS.maxCaseIdLength, TIMELINE_LIMITS.maxCaseIdLength + 1, TIMELINE_LIMITS.maxTextLength, TIMELINE_LIMITS.maxTextLength + 1)
  .map((length) => "x".repeat(length));
const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(...WORDS, ...ODD_DATES, "__proto__", 0, -1, true, null, [], {}),
  CAPPED_STRINGS,
  date,
  caseEventArbitrary.map((event) => JSON.parse(JSON.stringify(event)) as unknown),
  fc.constant(undefined),
);
const mutation = fc.record({
  target: fc.nat(),
  kind: fc.constantFrom("replace", "delete", "add"),
  key: fc.oneof(fc.constantFrom(...SCHEMA_KEYS, "__proto__", "extra"), fc.string({ maxLength: 6 })),
  value: replacement,
});

/** Valid timelines with one to three changes anywhere: most become invalid, some stay valid. */
const mutatedTimeline = fc.tuple(caseTimelineArbitrary, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([original, mutations]) => {
  const timeline = structuredClone(original);
  for (const { target, kind, key, value } of mutations) {
    const all = containers(timeline);
    const container = all[target % all.length]! as Record<string, unknown>;
    const keys = Object.keys(container);
    const existing = keys.length === 0 ? key : keys[target % keys.length]!;
    // An array's length is not data (and deleting or redefining it throws): leave it alone.
    if (Array.isArray(container) && (existing === "length" || key === "length")) continue;
    if (kind === "delete") delete container[existing];
    else if (kind === "replace") container[existing] = value;
    else Object.defineProperty(container, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return timeline;
});

/**
 * The data of a value: arrays by their elements, objects by their own enumerable keys (undefined
 * values kept). zod's parsed value is such a copy; the fast check hands back the input itself, so
 * the two differ only where an input array carries named properties besides its elements, which
 * JSON cannot express and nothing reads.
 */
function asData(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, asData);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, asData(field)]));
}

/**
 * A cap of a timeline (one of TIMELINE_LIMITS) and how to reach it: `grow(timeline, size)` puts a
 * string or list of that size in a valid timeline, which stays valid but for that size.
 */
interface CapSite {
  readonly limit: keyof typeof TIMELINE_LIMITS;
  readonly grow: (timeline: Record<string, unknown>, size: number) => void;
}
const coreGroupWith = (fields: Record<string, unknown>) => ({ type: "core-group", date: "2024-03-15", ...fields });
const eventsOf = (timeline: Record<string, unknown>) => timeline["events"] as unknown[];
const CAP_SITES: readonly CapSite[] = [
  { limit: "maxCaseIdLength", grow: (t, n) => void (t["id"] = "c".repeat(n)) },
  { limit: "maxTextLength", grow: (t, n) => void (t["team"] = "t".repeat(n)) },
  { limit: "maxEventIdLength", grow: (t, n) => void eventsOf(t).push(coreGroupWith({ id: "e".repeat(n) })) },
  { limit: "maxTextLength", grow: (t, n) => void eventsOf(t).push(coreGroupWith({ attendees: [{ role: "r".repeat(n) }] })) },
  {
    limit: "maxProfessionals",
    grow: (t, n) => void (t["professionals"] = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, role: "gp" }))),
  },
  {
    limit: "maxAttendees",
    grow: (t, n) => void eventsOf(t).push(coreGroupWith({ attendees: Array.from({ length: n }, () => ({ role: "parent" })) })),
  },
  {
    limit: "maxAnswers",
    grow: (t, n) => void eventsOf(t).push(coreGroupWith({ answers: Array.from({ length: n }, (_, i) => ({ item: `i${i}`, answer: "yes" })) })),
  },
  {
    limit: "maxReportRecipients",
    grow: (t, n) =>
      void eventsOf(t).push({
        type: "review-conference",
        date: "2024-06-03",
        outcome: "plan-continues",
        reportSharedWith: Array.from({ length: n }, (_, i) => REPORT_RECIPIENTS[i % REPORT_RECIPIENTS.length]),
      }),
  },
];

/** Valid timelines with one string or list at its cap (valid) or one over it (not). */
const atCapTimeline = fc.tuple(caseTimelineArbitrary, fc.constantFrom(...CAP_SITES), fc.boolean()).map(([original, site, over]) => {
  const timeline = structuredClone(original);
  site.grow(timeline, TIMELINE_LIMITS[site.limit] + (over ? 1 : 0));
  return timeline;
});

/**
 * Near-valid JSON timelines: changed anywhere by the mutations above, at a cap or one over it, or
 * at a cap and then changed by the reliability suite's JSON mutations (a value replaced, a key
 * removed, a prototype key added, an array element duplicated).
 */
const nearValidTimeline = fc.oneof(
  mutatedTimeline,
  atCapTimeline,
  fc.tuple(atCapTimeline, fc.array(jsonMutationArbitrary, { minLength: 1, maxLength: 3 })).map(([timeline, mutations]) =>
    mutations.reduce<unknown>((value, change) => mutateJson(value, change), timeline),
  ),
);

/**
 * The property: the fast check never accepts what zod refuses, zod's output equals what it
 * accepted, and parseTimeline reports zod's verdict and issues. With `exactly` (JSON data), the
 * fast check also accepts everything zod accepts.
 */
function agreesWithZod(value: unknown, exactly = false): void {
  const zod = caseTimelineSchema.safeParse(value);
  const fast = fastCheckTimeline(value);
  if (exactly) expect(fast !== undefined, "the fast check accepts exactly what zod accepts").toBe(zod.success);
  if (fast !== undefined) {
    expect(zod.success).toBe(true);
    expect(asData(fast.timeline)).toStrictEqual(zod.data);
    expect(Array.from(fast.eventDays)).toEqual(zod.data!.events.map((event) => toDayNumber(event.date)));
  }
  if (!zod.success) expect(fast).toBeUndefined();
  const parsed = parseTimeline(value);
  expect(parsed.success).toBe(zod.success);
  if (!parsed.success) {
    // parseTimeline keeps zod's first MAX_REPORTED_ISSUES issues and counts them all.
    expect(parsed.issues).toEqual(zod.error!.issues.slice(0, MAX_REPORTED_ISSUES));
    expect(parsed.issueCount).toBe(zod.error!.issues.length);
  }
  else expect(asData(parsed.timeline)).toStrictEqual(zod.data);
}

describe("fastCheckTimeline", () => {
  test.prop([caseTimelineArbitrary], { numRuns: 300 })("accepts every valid JSON timeline, with zod's value and each event's day number", (timeline) => {
    expect(fastCheckTimeline(timeline)).toBeDefined();
    agreesWithZod(timeline, true);
  });

  test.prop([nearValidTimeline], { numRuns: RUNS })(
    "accepts exactly what zod accepts on near-valid JSON timelines",
    (timeline) => agreesWithZod(timeline, true),
    60_000 + RUNS * 10,
  );

  test.prop([fc.jsonValue({ maxDepth: 4 })], { numRuns: 300 })("accepts exactly what zod accepts on arbitrary JSON", (value) => agreesWithZod(value, true));

  test.prop([fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true, withMap: true, withBoxedValues: true })], { numRuns: 300 })(
    "agrees with zod on arbitrary values",
    agreesWithZod,
  );

  it("accepts exactly what zod accepts at the events cap and one over it", () => {
    const event = { type: "plan-end", date: "2024-01-02", reason: "other" };
    for (const [size, valid] of [
      [TIMELINE_LIMITS.maxEvents, true],
      [TIMELINE_LIMITS.maxEvents + 1, false],
    ] as const) {
      const timeline = { id: "c1", events: Array.from({ length: size }, () => event) };
      expect(fastCheckTimeline(timeline) !== undefined, `${size} events`).toBe(valid);
      expect(caseTimelineSchema.safeParse(timeline).success, `${size} events`).toBe(valid);
    }
  });

  it("draws valid timelines of every event type and cap sites for every list and string cap", () => {
    const types = new Set(fc.sample(caseEventArbitrary, 1_000).map((event) => event.type));
    expect([...types].sort()).toEqual([...CASE_EVENT_TYPES].sort());
    // The events cap has a test of its own (above): a million events are too many for every run.
    const limits = [...new Set([...CAP_SITES.map((site) => site.limit), "maxEvents"])];
    expect(limits.sort()).toEqual(Object.keys(TIMELINE_LIMITS).sort());
  });

  it("agrees with zod past the issue cap: the first 100 of zod's issues, every one counted", () => {
    // Found by the property above (seed 932311823): 101 bad events give zod 101 issues.
    const events: unknown[] = Array.from({ length: 101 });
    events[100] = "strategy-discussion";
    agreesWithZod({ id: " ", events }, true);
  });

  it("hands back the input itself: zod's copy differs only by an array's named properties", () => {
    const events: unknown[] = [{ type: "core-group", date: "2024-03-15" }];
    Object.assign(events, { note: "not an element" });
    const timeline = { id: "c1", events };
    expect(fastCheckTimeline(timeline)?.timeline).toBe(timeline);
    expect(caseTimelineSchema.parse(timeline).events).toStrictEqual([{ type: "core-group", date: "2024-03-15" }]);
  });

  it("leaves objects that are not plain (class instances, no prototype) to zod", () => {
    const bare = Object.assign(Object.create(null) as object, { id: "c1", events: [] });
    class Timeline {
      id = "c1";
      events = [];
    }
    expect(fastCheckTimeline(bare)).toBeUndefined();
    expect(fastCheckTimeline(new Timeline())).toBeUndefined();
    expect(parseTimeline(bare)).toMatchObject({ success: true, timeline: { id: "c1", events: [] } });
  });

  it("refuses an unknown key, an own __proto__ key and an inherited enumerable key, as zod does", () => {
    const withProto = JSON.parse('{"id":"c1","events":[],"__proto__":{"x":1}}') as unknown;
    const inherited = Object.assign(Object.create({ extra: 1 }) as object, { id: "c1", events: [] });
    for (const value of [{ id: "c1", events: [], extra: 1 }, withProto, inherited]) {
      expect(fastCheckTimeline(value)).toBeUndefined();
      expect(caseTimelineSchema.safeParse(value).success).toBe(false);
    }
  });

  it("refuses, as zod does, an event or nested record with a key its kind does not have", () => {
    const valid: Record<string, unknown>[] = [
      { type: "strategy-discussion", date: "2024-03-01" },
      { type: "initial-conference", date: "2024-03-01", outcome: "plan" },
      { type: "transfer-in-conference", date: "2024-03-01" },
      { type: "core-group", date: "2024-03-01" },
      { type: "review-conference", date: "2024-03-01", outcome: "plan-continues" },
      { type: "plan-end", date: "2024-03-01", reason: "other" },
      { type: "exception", date: "2024-03-01", ruleId: "r", reason: "x", approvedBy: "y" },
    ];
    // A key unknown to every kind, and keys of some kinds only (with the kinds that have them).
    const strays: Record<string, readonly string[]> = {
      bogus: [],
      outcome: ["initial-conference", "transfer-in-conference", "review-conference"],
      status: ["core-group"],
      attendees: ["core-group"],
      reason: ["plan-end", "exception"],
    };
    for (const event of valid) {
      expect(fastCheckTimeline({ id: "c1", events: [event] }), event.type as string).toBeDefined();
      for (const [key, kinds] of Object.entries(strays)) {
        if (kinds.includes(event.type as string)) continue;
        const value = { id: "c1", events: [{ ...event, [key]: key === "attendees" ? [] : "x" }] };
        expect(fastCheckTimeline(value), `${event.type as string} with ${key}`).toBeUndefined();
        expect(caseTimelineSchema.safeParse(value).success, `${event.type as string} with ${key}`).toBe(false);
      }
    }
    const meeting = { type: "core-group", date: "2024-03-01" };
    for (const nested of [
      { ...meeting, chair: { role: "lead-social-worker", bogus: 1 } },
      { ...meeting, attendees: [{ role: "parent", bogus: 1 }] },
      { ...meeting, answers: [{ item: "i", answer: "yes", bogus: 1 }] },
    ]) {
      const value = { id: "c1", events: [nested] };
      expect(fastCheckTimeline(value)).toBeUndefined();
      expect(caseTimelineSchema.safeParse(value).success).toBe(false);
    }
    const professional = { id: "c1", events: [], professionals: [{ id: "p", role: "gp", bogus: 1 }] };
    expect(fastCheckTimeline(professional)).toBeUndefined();
    expect(caseTimelineSchema.safeParse(professional).success).toBe(false);
  });

  it("refuses impossible and out-of-range dates in every date field", () => {
    const event = { type: "core-group", date: "2024-03-15" };
    for (const bad of ["2023-02-29", "0000-01-01", "2100-01-01"]) {
      for (const field of ["date", "recordEnteredDate", "minutesCirculatedDate"]) {
        const value = { id: "c1", events: [{ ...event, [field]: bad }] };
        expect(fastCheckTimeline(value)).toBeUndefined();
        expect(caseTimelineSchema.safeParse(value).success).toBe(false);
      }
    }
  });
});
