// The fast timeline check against the zod schema it mirrors: it may pass a value to zod, but it
// never accepts what zod refuses, and what it accepts zod parses to an equal value.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { toDayNumber } from "../../src/dates/iso-date.js";
import { parseTimeline } from "../../src/model/parse-timeline.js";
import { fastCheckTimeline } from "../../src/model/timeline-fast-check.js";
import { caseTimelineSchema } from "../../src/model/timeline-schema.js";
import { isoDateArbitrary } from "../support/arbitraries.js";

const date = isoDateArbitrary("1990-01-01", "2099-12-31");
const text = fc.string({ minLength: 1, maxLength: 12 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
/** Drops keys whose value is undefined, as JSON would (some are kept: an explicit undefined is valid too). */
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) =>
  fc.record(fields, { requiredKeys: [] as never[] }).chain((value) =>
    fc.boolean().map((keepUndefined) => (keepUndefined ? value : JSON.parse(JSON.stringify(value)))),
  );

const attendee = fc.record({ role: text, name: maybe(text), agency: maybe(text), professionalId: maybe(text) }, { requiredKeys: ["role"] });
const events = fc.oneof(
  fc.record(
    { type: fc.constant("strategy-discussion"), id: maybe(text), date, initiatedSection47: maybe(fc.boolean()), conferenceNotRequired: maybe(fc.boolean()) },
    { requiredKeys: ["type", "date"] },
  ),
  fc.record({ type: fc.constant("initial-conference"), id: maybe(text), date, outcome: fc.constantFrom("plan", "no-plan") }, { requiredKeys: ["type", "date", "outcome"] }),
  fc.record({ type: fc.constant("transfer-in-conference"), date, outcome: maybe(fc.constantFrom("plan", "no-plan")) }, { requiredKeys: ["type", "date"] }),
  fc.record(
    {
      type: fc.constant("core-group"),
      id: maybe(text),
      date,
      status: maybe(fc.constantFrom("held", "cancelled", "not-held")),
      chair: maybe(fc.record({ role: text, name: maybe(text) }, { requiredKeys: ["role"] })),
      attendees: maybe(fc.array(attendee, { maxLength: 4 })),
      absentFamilyToldMayContributeInWriting: maybe(fc.boolean()),
      recordEnteredDate: maybe(date),
      minutesCirculatedDate: maybe(date),
      answers: maybe(fc.array(fc.record({ item: text, answer: fc.constantFrom("yes", "no", "not-applicable"), note: maybe(text) }, { requiredKeys: ["item", "answer"] }), { maxLength: 3 })),
    },
    { requiredKeys: ["type", "date"] },
  ),
  fc.record(
    {
      type: fc.constant("review-conference"),
      date,
      outcome: fc.constantFrom("plan-continues", "plan-ends"),
      reportSharedDate: maybe(date),
      reportSharedWith: maybe(fc.subarray(["family", "professionals", "reviewing-officer"])),
    },
    { requiredKeys: ["type", "date", "outcome"] },
  ),
  fc.record(
    { type: fc.constant("plan-end"), date, reason: fc.constantFrom("review-conference", "eighteenth-birthday", "death", "moved-permanently", "left-uk", "other") },
    { requiredKeys: ["type", "date", "reason"] },
  ),
  fc.record(
    { type: fc.constant("exception"), id: maybe(text), date, ruleId: text, dueDate: maybe(date), reason: text, approvedBy: text },
    { requiredKeys: ["type", "date", "ruleId", "reason", "approvedBy"] },
  ),
);

/** Valid timelines, as JSON.parse would make them. */
const validTimeline = fc
  .record(
    {
      id: fc.string({ minLength: 1, maxLength: 20 }),
      child: maybe(record({ dateOfBirth: date, lookedAfter: fc.boolean() })),
      team: maybe(text),
      worker: maybe(text),
      professionals: maybe(fc.array(fc.record({ id: text, role: text, agency: maybe(text), directRegularContact: maybe(fc.boolean()) }, { requiredKeys: ["id", "role"] }), { maxLength: 3 })),
      events: fc.array(events, { maxLength: 8 }),
    },
    { requiredKeys: ["id", "events"] },
  )
  .map((timeline) => JSON.parse(JSON.stringify(timeline)) as Record<string, unknown>);

/** Every object or array inside a value, with itself first. */
function containers(value: unknown, found: (Record<string, unknown> | unknown[])[] = []): (Record<string, unknown> | unknown[])[] {
  if (typeof value === "object" && value !== null) {
    found.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

const ODD_STRINGS = ["", "2023-02-29", "0000-01-01", "1989-12-31", "2100-01-01", "2024-1-01", "x".repeat(10_001), "core-group", "plan", "yes", "__proto__"];
const replacement = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...ODD_STRINGS), date, fc.constant(undefined));
const mutation = fc.record({
  target: fc.nat(),
  kind: fc.constantFrom("replace", "delete", "add"),
  key: fc.oneof(fc.constantFrom("id", "type", "date", "role", "outcome", "events", "status", "attendees", "__proto__", "extra"), fc.string({ maxLength: 6 })),
  value: replacement,
});

/** Valid timelines with one to three changes anywhere: most become invalid, some stay valid. */
const mutatedTimeline = fc.tuple(validTimeline, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([original, mutations]) => {
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

/** The property: the fast check never accepts what zod refuses, and zod's output equals what it accepted. */
function agreesWithZod(value: unknown): void {
  const zod = caseTimelineSchema.safeParse(value);
  const fast = fastCheckTimeline(value);
  if (fast !== undefined) {
    expect(zod.success).toBe(true);
    expect(asData(fast.timeline)).toStrictEqual(zod.data);
    expect(Array.from(fast.eventDays)).toEqual(zod.data!.events.map((event) => toDayNumber(event.date)));
  }
  if (!zod.success) expect(fast).toBeUndefined();
  const parsed = parseTimeline(value);
  expect(parsed.success).toBe(zod.success);
  if (!parsed.success) expect(parsed.issues).toEqual(zod.error!.issues);
  else expect(asData(parsed.timeline)).toStrictEqual(zod.data);
}

describe("fastCheckTimeline", () => {
  test.prop([validTimeline], { numRuns: 300 })("accepts every valid JSON timeline, with zod's value and each event's day number", (timeline) => {
    expect(fastCheckTimeline(timeline)).toBeDefined();
    agreesWithZod(timeline);
  });

  test.prop([mutatedTimeline], { numRuns: 1_000 })("agrees with zod on mutated timelines", agreesWithZod);

  test.prop([fc.jsonValue({ maxDepth: 4 })], { numRuns: 300 })("agrees with zod on arbitrary JSON", agreesWithZod);

  test.prop([fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true, withMap: true, withBoxedValues: true })], { numRuns: 300 })(
    "agrees with zod on arbitrary values",
    agreesWithZod,
  );

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
