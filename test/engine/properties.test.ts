// Property tests of evaluateCase on random but valid timelines (and on arbitrary junk).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  BUILT_IN_PROFILE_IDS,
  OBLIGATION_STATUSES,
  evaluateCase,
  fromDayNumber,
  profiles,
  toDayNumber,
  type BuiltInProfileId,
  type CaseEvent,
  type CaseEvaluation,
  type CaseTimeline,
  type Obligation,
} from "../../src/index.js";
import { evaluated } from "./engine-test-helpers.js";

const ALL_RULE_IDS = [...new Set(BUILT_IN_PROFILE_IDS.flatMap((id) => profiles[id].rules.map((rule) => rule.id)))];
const CHECKLIST_ITEMS = profiles["pan-sussex"].checklist!.items.map((item) => item.id);

interface Scenario {
  readonly timeline: CaseTimeline;
  readonly profile: BuiltInProfileId;
  readonly asOf: string;
}

const stepArbitrary = fc.record({
  gap: fc.integer({ min: 1, max: 60 }),
  kind: fc.constantFrom("core-group", "core-group", "core-group", "core-group", "cancelled", "review", "exception", "transfer-in"),
  chair: fc.constantFrom(undefined, "lead-social-worker", "team-manager"),
  attendance: fc.constantFrom(undefined, "family", "professionals", "everyone", "nobody-told", "nobody-not-told"),
  recordLag: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
  minutesLag: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  reportLag: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
  ruleId: fc.constantFrom(...ALL_RULE_IDS),
  exceptionDueOffset: fc.option(fc.integer({ min: -30, max: 0 }), { nil: undefined }),
  answer: fc.option(fc.record({ item: fc.constantFrom(...CHECKLIST_ITEMS), answer: fc.constantFrom("yes" as const, "no" as const) }), {
    nil: undefined,
  }),
});

const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    profile: fc.constantFrom(...BUILT_IN_PROFILE_IDS),
    start: fc.integer({ min: toDayNumber("2019-01-01"), max: toDayNumber("2027-06-30") }),
    icpcGap: fc.integer({ min: 1, max: 30 }),
    plan: fc.constantFrom(true, true, true, false),
    steps: fc.array(stepArbitrary, { maxLength: 14 }),
    end: fc.constantFrom("none", "none", "review-ends", "plan-end"),
    endGap: fc.integer({ min: 1, max: 60 }),
    asOfOffset: fc.integer({ min: -60, max: 250 }),
  })
  .map(({ profile, start, icpcGap, plan, steps, end, endGap, asOfOffset }) => {
    const date = (day: number) => fromDayNumber(day);
    const events: CaseEvent[] = [
      { type: "strategy-discussion", date: date(start) },
      { type: "initial-conference", date: date(start + icpcGap), outcome: plan ? "plan" : "no-plan" },
    ];
    let day = start + icpcGap;
    for (const step of steps) {
      day += step.gap;
      switch (step.kind) {
        case "core-group":
        case "cancelled": {
          const attendees =
            step.attendance === undefined || step.attendance.startsWith("nobody")
              ? step.attendance === undefined
                ? undefined
                : []
              : [
                  ...(step.attendance === "professionals" ? [] : [{ role: "parent" }]),
                  ...(step.attendance === "family" ? [] : [{ role: "health-visitor", professionalId: "hv-1" }]),
                ];
          events.push({
            type: "core-group",
            date: date(day),
            ...(step.kind === "cancelled" ? { status: "cancelled" as const } : {}),
            ...(step.chair === undefined ? {} : { chair: { role: step.chair } }),
            ...(attendees === undefined ? {} : { attendees }),
            ...(step.attendance === "nobody-told" ? { absentFamilyToldMayContributeInWriting: true } : {}),
            ...(step.attendance === "nobody-not-told" ? { absentFamilyToldMayContributeInWriting: false } : {}),
            ...(step.recordLag === undefined ? {} : { recordEnteredDate: date(day + step.recordLag) }),
            ...(step.minutesLag === undefined ? {} : { minutesCirculatedDate: date(day + step.minutesLag) }),
            ...(step.answer === undefined ? {} : { answers: [step.answer] }),
          });
          break;
        }
        case "review":
          events.push({
            type: "review-conference",
            date: date(day),
            outcome: "plan-continues",
            ...(step.reportLag === undefined ? {} : { reportSharedDate: date(day - step.reportLag) }),
          });
          break;
        case "transfer-in":
          events.push({ type: "transfer-in-conference", date: date(day), outcome: "plan" });
          break;
        case "exception":
          events.push({
            type: "exception",
            date: date(day),
            ruleId: step.ruleId,
            ...(step.exceptionDueOffset === undefined ? {} : { dueDate: date(day + step.exceptionDueOffset) }),
            reason: "Exceptional circumstances",
            approvedBy: "Team manager",
          });
          break;
      }
    }
    if (end !== "none") {
      day += endGap;
      events.push(
        end === "review-ends"
          ? { type: "review-conference", date: date(day), outcome: "plan-ends" }
          : { type: "plan-end", date: date(day), reason: "moved-permanently" },
      );
    }
    return {
      profile,
      asOf: date(day + asOfOffset),
      timeline: {
        id: "random-case",
        professionals: [{ id: "hv-1", role: "health-visitor", directRegularContact: true }],
        events,
      },
    };
  });

function evaluate(scenario: Scenario, timeline: unknown = scenario.timeline): CaseEvaluation {
  return evaluated(evaluateCase(timeline, { profile: scenario.profile, asOf: scenario.asOf }));
}

const keyOf = (o: Obligation) => `${o.ruleId}|${o.anchor.index}`;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe("evaluateCase properties", () => {
  test.prop([scenarioArbitrary], { numRuns: 200 })(
    "(a) one status of six per obligation; breaches are exactly the late/missing obligations and breach-severity 'no' checks",
    (scenario) => {
      const result = evaluate(scenario);
      for (const o of result.obligations) {
        expect(OBLIGATION_STATUSES).toContain(o.status);
        if (o.status === "met") expect(o.actualDate! <= o.dueDate).toBe(true);
        if (o.status === "late") expect(o.actualDate! > o.dueDate && o.daysLate > 0).toBe(true);
        if (o.status === "exception") expect(o.exception).not.toBeNull();
        else expect(o.exception).toBeNull();
      }
      const expectedObligations = result.obligations.filter((o) => o.status === "late" || o.status === "missing");
      const expectedChecks = result.checks.filter((c) => c.answer === "no" && c.severity === "breach");
      expect(result.breaches).toHaveLength(expectedObligations.length + expectedChecks.length);
      const breachObligations = result.breaches.flatMap((b) => (b.kind === "obligation" ? [b.obligation] : []));
      const breachChecks = result.breaches.flatMap((b) => (b.kind === "check" ? [b.check] : []));
      expect(new Set(breachObligations)).toEqual(new Set(expectedObligations));
      expect(new Set(breachChecks)).toEqual(new Set(expectedChecks));
      // In date order; on the same date, obligations (in result order) before checks: a stable sort.
      const inOrder = [
        ...expectedObligations.map((obligation) => ({ date: obligation.dueDate, finding: obligation as unknown })),
        ...expectedChecks.map((check) => ({ date: check.meeting.date, finding: check as unknown })),
      ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const found = result.breaches.map((breach) => (breach.kind === "obligation" ? breach.obligation : breach.check));
      expect(found.every((finding, index) => finding === inOrder[index]!.finding)).toBe(true);
    },
  );

  test.prop([scenarioArbitrary, fc.integer({ min: 0, max: 400 })], { numRuns: 150 })(
    "(b) adding a held core group never turns a met obligation into a breach",
    (scenario, offset) => {
      const base = evaluate(scenario);
      const firstDay = toDayNumber(scenario.timeline.events[0]!.date);
      const added: CaseEvent = { type: "core-group", date: fromDayNumber(firstDay + offset) };
      const newIndex = scenario.timeline.events.length; // appended: every other event keeps its index
      const more = evaluate(scenario, { ...scenario.timeline, events: [...scenario.timeline.events, added] });
      const after = new Map(more.obligations.filter((o) => o.anchor.index !== newIndex).map((o) => [keyOf(o), o]));
      for (const o of base.obligations) {
        const now = after.get(keyOf(o));
        expect(now, `obligation ${keyOf(o)} disappeared`).toBeDefined();
        if (o.status === "met") expect(["met"]).toContain(now!.status);
      }
    },
  );

  // (c) The law "moving a held meeting later never reduces any obligation's lateness" does NOT hold
  // in general: moving meeting M later can (1) shorten the obligations anchored on M (the next
  // meeting and M's record are now due later), (2) make M the next meeting after a later meeting
  // N, satisfying N's obligation sooner, (3) carry M across a review conference so that it meets
  // Medway's "within 10 WD after the review" sooner, and (4) carry M into the window before a
  // review (window-before-event, count-between-events), turning "missing" into "met" (T13: a
  // meeting moved from 20 Feb to 22 Feb 2024 meets the 14 Mar 2024 window; tested below).
  // The law that holds: when M moves later, to a day before the next held core group, crossing no
  // conference or plan end, and on or before asOf, then for every obligation of a
  // deadline-after-event, recurring-interval or lead-time-before-event rule that is NOT anchored
  // on M, daysLate does not decrease (M can only be its satisfier, later).
  test.prop([scenarioArbitrary, fc.nat(), fc.integer({ min: 1, max: 60 })], { numRuns: 200 })(
    "(c) moving a held meeting later (restricted as above) never reduces lateness",
    (scenario, pick, shift) => {
      const events = scenario.timeline.events;
      const asOfDay = toDayNumber(scenario.asOf);
      const held = events
        .map((event, index) => ({ event, index, day: toDayNumber(event.date) }))
        .filter(({ event, day }) => event.type === "core-group" && (event.status ?? "held") === "held" && day <= asOfDay);
      if (held.length === 0) return;
      const moving = held[pick % held.length]!;
      const blocking = events
        .map((event) => ({ event, day: toDayNumber(event.date) }))
        .filter(
          ({ event, day }) =>
            day >= moving.day &&
            (event.type === "initial-conference" ||
              event.type === "transfer-in-conference" ||
              event.type === "review-conference" ||
              event.type === "plan-end" ||
              (event.type === "core-group" && (event.status ?? "held") === "held" && day > moving.day)),
        )
        .map(({ day }) => day);
      const limit = Math.min(asOfDay, ...blocking.map((day) => day - 1));
      const newDay = Math.min(moving.day + shift, limit);
      if (newDay <= moving.day) return;
      const movedEvents = events.map((event, index) => (index === moving.index ? { ...event, date: fromDayNumber(newDay) } : event));
      const before = evaluate(scenario);
      const after = evaluate(scenario, { ...scenario.timeline, events: movedEvents });
      const afterByKey = new Map(after.obligations.map((o) => [keyOf(o), o]));
      for (const o of before.obligations) {
        if (o.anchor.index === moving.index) continue;
        if (o.ruleKind !== "deadline-after-event" && o.ruleKind !== "recurring-interval" && o.ruleKind !== "lead-time-before-event") {
          continue;
        }
        const now = afterByKey.get(keyOf(o));
        expect(now, `obligation ${keyOf(o)} disappeared`).toBeDefined();
        expect(now!.daysLate, `${keyOf(o)} was ${o.daysLate} days late`).toBeGreaterThanOrEqual(o.daysLate);
      }
    },
  );

  it("(c) counterexample for window rules: moving a meeting later into the pre-review window meets it (T13)", () => {
    const timeline = (meeting: string): CaseTimeline => ({
      id: "window",
      events: [
        { type: "initial-conference", date: "2023-12-14", outcome: "plan" },
        { type: "core-group", date: meeting },
        { type: "review-conference", date: "2024-03-14", outcome: "plan-continues" },
      ],
    });
    const status = (meeting: string) =>
      evaluated(evaluateCase(timeline(meeting), { profile: "pan-sussex", asOf: "2024-03-31" })).obligations.find(
        (o) => o.ruleId === "pan-sussex.pre-review-core-group",
      )!.status;
    expect(status("2024-02-20")).toBe("missing");
    expect(status("2024-02-22")).toBe("met");
  });

  test.prop([scenarioArbitrary], { numRuns: 30 })("(d) the same result under every process TZ (D1)", (scenario) => {
    const original = process.env["TZ"];
    try {
      const results = ["UTC", "Europe/London", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago"].map((zone) => {
        process.env["TZ"] = zone;
        return JSON.stringify(evaluateCase(scenario.timeline, { profile: scenario.profile, asOf: scenario.asOf }));
      });
      expect(new Set(results).size).toBe(1);
    } finally {
      if (original === undefined) delete process.env["TZ"];
      else process.env["TZ"] = original;
    }
  });

  it("(d) the TZ changes above really change the process zone", () => {
    const original = process.env["TZ"];
    try {
      process.env["TZ"] = "Pacific/Kiritimati";
      const kiritimati = new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset();
      process.env["TZ"] = "Pacific/Pago_Pago";
      const pagoPago = new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset();
      expect([kiritimati, pagoPago]).toEqual([-840, 660]);
    } finally {
      if (original === undefined) delete process.env["TZ"];
      else process.env["TZ"] = original;
    }
  });

  test.prop([scenarioArbitrary], { numRuns: 100 })("(e) a deep-frozen timeline works and is not mutated", (scenario) => {
    const frozen = deepFreeze(structuredClone(scenario.timeline));
    const before = structuredClone(frozen);
    const fromFrozen = evaluateCase(frozen, { profile: scenario.profile, asOf: scenario.asOf });
    expect(frozen).toEqual(before);
    expect(JSON.stringify(fromFrozen)).toBe(
      JSON.stringify(evaluateCase(structuredClone(scenario.timeline), { profile: scenario.profile, asOf: scenario.asOf })),
    );
  });

  test.prop([scenarioArbitrary], { numRuns: 100 })("(f) evaluating twice gives identical JSON", (scenario) => {
    const first = JSON.stringify(evaluateCase(scenario.timeline, { profile: scenario.profile, asOf: scenario.asOf }));
    const second = JSON.stringify(evaluateCase(scenario.timeline, { profile: scenario.profile, asOf: scenario.asOf }));
    expect(second).toBe(first);
  });

  test.prop([scenarioArbitrary], { numRuns: 150 })(
    "(f2) checklist: false changes only the checklist and its unknown-item findings",
    (scenario) => {
      const full = evaluate(scenario);
      const without = evaluateCase(scenario.timeline, { profile: scenario.profile, asOf: scenario.asOf, checklist: false });
      expect(without.ok).toBe(true);
      if (!without.ok) return;
      expect(without.checklist).toEqual([]);
      expect(without).toEqual({
        ...full,
        checklist: [],
        dataQuality: full.dataQuality.filter((finding) => finding.code !== "unknown-checklist-item"),
      });
    },
  );

  it("(f3) checklist: false drops the answers and the unknown-item finding of a pan-sussex meeting", () => {
    const timeline = {
      id: "f3",
      events: [
        { type: "initial-conference", date: "2024-03-04", outcome: "plan" },
        { type: "core-group", date: "2024-03-15", answers: [{ item: "no-such-item", answer: "yes" }] },
      ],
    };
    const full = evaluateCase(timeline, { profile: "pan-sussex", asOf: "2024-06-30" });
    const without = evaluateCase(timeline, { profile: "pan-sussex", asOf: "2024-06-30", checklist: false });
    if (!full.ok || !without.ok) throw new Error("both evaluations should succeed");
    expect(full.checklist.length).toBeGreaterThan(0);
    expect(full.dataQuality.map((finding) => finding.code)).toContain("unknown-checklist-item");
    expect(without.checklist).toEqual([]);
    expect(without.dataQuality.map((finding) => finding.code)).not.toContain("unknown-checklist-item");
    expect({ ...without, checklist: full.checklist, dataQuality: full.dataQuality }).toEqual(full);
  });

  const junkArbitrary = fc.oneof(
    fc.anything(),
    fc.json().map((text) => JSON.parse(text) as unknown),
    // Near-valid timelines: one event field replaced by junk.
    fc
      .tuple(scenarioArbitrary, fc.nat(), fc.constantFrom("date", "type", "outcome", "status", "ruleId", "attendees"), fc.anything())
      .map(([scenario, pick, field, junk]) => {
        const events = scenario.timeline.events.map((event, index) =>
          index === pick % scenario.timeline.events.length ? { ...event, [field]: junk } : event,
        );
        return { ...scenario.timeline, events } as unknown;
      }),
  );

  test.prop([junkArbitrary, fc.constantFrom(...BUILT_IN_PROFILE_IDS), fc.constantFrom("2024-06-30", "2024-02-30", "not a date", "1989-12-31")], {
    numRuns: 200,
  })("(g) never throws on arbitrary input data; failures carry issues with path arrays; a bad asOf throws a TypeError", (input, profile, asOf) => {
    if (asOf !== "2024-06-30") {
      // A bad audit date is the caller's mistake, not the data's: one TypeError naming the option.
      expect(() => evaluateCase(input, { profile, asOf })).toThrow(/^Invalid option asOf: /);
      return;
    }
    const result = evaluateCase(input, { profile, asOf });
    if (!result.ok) {
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(Array.isArray(issue.path)).toBe(true);
        for (const key of issue.path) expect(["string", "number"]).toContain(typeof key);
        expect(typeof issue.message).toBe("string");
      }
    }
  });

  test.prop([scenarioArbitrary], { numRuns: 200 })(
    "(h) pending only when dueDate >= asOf; missing only when dueDate < asOf",
    (scenario) => {
      const result = evaluate(scenario);
      for (const o of result.obligations) {
        if (o.status === "pending") expect(o.dueDate >= scenario.asOf, `${o.ruleId} ${o.dueDate}`).toBe(true);
        if (o.status === "missing") expect(o.dueDate < scenario.asOf, `${o.ruleId} ${o.dueDate}`).toBe(true);
      }
    },
  );
});
