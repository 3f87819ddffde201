// Bad input of any size comes back as issues, never a throw: near the schema's caps and ten
// times past them. zod gathers an array's issues onto the call stack (push(...issues)), so a
// timeline or profile with more than about 100,000 problems used to throw
// "RangeError: Maximum call stack size exceeded".
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ProfileValidationError, defineProfile, evaluateCase, profiles } from "../../src/index.js";
import { MAX_REPORTED_ISSUES } from "../../src/model/input-issues.js";
import { MOST_ITEMS_CHECKED_WHOLE, parseTimelineInPieces } from "../../src/model/timeline-in-pieces.js";
import { caseTimelineSchema } from "../../src/model/timeline-schema.js";
import { random, sampleTimeline } from "../audit/support/sample-timelines.js";
import { fuzz, fuzzTimeout } from "./support/fuzz-budget.js";
import { jsonMutationArbitrary, mutateJson } from "./support/json-mutation.js";

const OPTIONS = { profile: "pan-sussex", asOf: "2024-01-01" } as const;
const MAX_EVENTS = 1_000_000;
const MAX_ATTENDEES = 500;
const MAX_PROFESSIONALS = 500;

function issuesOf(timeline: unknown) {
  const result = evaluateCase(timeline, OPTIONS);
  if (result.ok) throw new Error("expected the timeline to be rejected");
  return result.issues;
}

/** Issues counted: the reported ones, plus the count in the last "and N more problems" issue. */
function countedIssues(issues: readonly { message: string; code?: string }[]): number {
  const last = issues.at(-1);
  if (last?.code !== "too-many-problems") return issues.length;
  return issues.length - 1 + Number(/^and ([\d,]+) more problems?$/.exec(last.message)![1]!.replaceAll(",", ""));
}

const coreGroup = (attendees: unknown[]) => ({ type: "core-group", date: "2023-01-04", attendees });

describe("evaluateCase on huge bad timelines", () => {
  it("130,000 bad events: 100 issues and one counting the other 129,900", () => {
    const issues = issuesOf({ id: "x", events: Array(130_000).fill(5) });
    expect(issues).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(issues[0]).toMatchObject({ path: ["events", 0], code: "invalid_type" });
    expect(issues[99]).toMatchObject({ path: ["events", 99] });
    expect(issues.at(-1)).toEqual({ path: [], message: "and 129,900 more problems", code: "too-many-problems" });
  });

  it.each([
    ["at the whole-check limit", MOST_ITEMS_CHECKED_WHOLE],
    ["one past it", MOST_ITEMS_CHECKED_WHOLE + 1],
    ["ten times it", 10 * MOST_ITEMS_CHECKED_WHOLE],
  ])("bad events %s: every problem counted", (_, count) => {
    expect(countedIssues(issuesOf({ id: "x", events: Array(count).fill({ type: "core-group" }) }))).toBe(count);
  });

  it("more events than the schema allows (and ten times more): one too_big issue", () => {
    for (const count of [MAX_EVENTS + 1, 10 * MAX_EVENTS]) {
      expect(issuesOf({ id: "x", events: Array(count).fill(5) })).toEqual([
        { path: ["events"], message: `Too big: expected array to have <=${MAX_EVENTS} items`, code: "too_big" },
      ]);
    }
  });

  it("the most attendees in many events, all bad, and ten times the most in one", () => {
    const full = Array.from({ length: 300 }, () => coreGroup(Array(MAX_ATTENDEES).fill({ role: 7 })));
    expect(countedIssues(issuesOf({ id: "x", events: full }))).toBe(300 * MAX_ATTENDEES);
    const over = issuesOf({ id: "x", events: [coreGroup(Array(10 * MAX_ATTENDEES).fill(1))] });
    expect(over).toEqual([{ path: ["events", 0, "attendees"], message: `Too big: expected array to have <=${MAX_ATTENDEES} items`, code: "too_big" }]);
  });

  it("the most professionals, all bad, with 130,000 bad events", () => {
    const issues = issuesOf({ id: "x", professionals: Array(MAX_PROFESSIONALS).fill(0), events: Array(130_000).fill(0) });
    expect(issues[0]).toMatchObject({ path: ["professionals", 0] });
    expect(countedIssues(issues)).toBe(MAX_PROFESSIONALS + 130_000);
  });

  it("a huge timeline that is valid but not plain JSON (checked in pieces) is evaluated", () => {
    const event = Object.assign(Object.create(null) as object, { type: "core-group", date: "2023-01-04" });
    const result = evaluateCase({ id: "x", events: Array(MOST_ITEMS_CHECKED_WHOLE + 1).fill(event) }, OPTIONS);
    expect(result.ok).toBe(true);
  });
});

describe("near the caps, with random bad parts: never a throw, every problem counted", () => {
  // Parts whose problems are known: [value, problems]. A list longer than the schema allows is
  // one problem (too_big), whatever is in it.
  const eventPool: [unknown, number][] = [
    [{ type: "core-group", date: "2023-01-04" }, 0],
    [5, 1],
    [{ type: "core-group" }, 1],
    [{ type: "core-group", date: "2023-02-30" }, 1],
    [{ type: "nope", date: "2023-01-04" }, 1],
    [{ type: "core-group", date: "2023-01-04", colour: "red" }, 1],
    [{ type: "core-group", date: 7, colour: "red" }, 2],
  ];
  const attendeePool: [unknown, number][] = [
    [{ role: "parent" }, 0],
    [1, 1],
    [{}, 1],
    [{ role: 1, colour: "red" }, 2],
  ];
  /** A list of about `size` parts drawn from `pool` (each used for a run), with its problems. */
  const listOf = (pool: [unknown, number][], sizes: number[], max: number) =>
    fc.tuple(fc.constantFrom(...sizes), fc.array(fc.nat(pool.length - 1), { minLength: 1, maxLength: 8 })).map(([size, picks]) => {
      const list: unknown[] = [];
      let problems = 0;
      for (let i = 0; i < size; i++) {
        const [value, count] = pool[picks[i % picks.length]!]!;
        list.push(value);
        problems += count;
      }
      return { list, problems: size > max ? 1 : problems };
    });

  const whole = MOST_ITEMS_CHECKED_WHOLE;
  test.prop([listOf(eventPool, [whole - 1, whole, whole + 1, 10 * whole, MAX_EVENTS + 1], MAX_EVENTS)], fuzz(0.05))(
    "events at the whole-check limit, one either side, ten times it, and past the schema's cap",
    ({ list, problems }) => {
      const result = evaluateCase({ id: "x", events: list }, OPTIONS);
      if (problems === 0) expect(result.ok).toBe(true);
      else expect(result.ok ? 0 : countedIssues(result.issues)).toBe(problems);
    },
    fuzzTimeout(0.05, 5_000),
  );

  test.prop(
    [listOf(attendeePool, [MAX_ATTENDEES - 1, MAX_ATTENDEES, MAX_ATTENDEES + 1, 10 * MAX_ATTENDEES], MAX_ATTENDEES), fc.constantFrom(1, 20)],
    fuzz(0.05),
  )(
    "attendees at the schema's cap, one either side and ten times it, in one event or twenty",
    ({ list, problems }, events) => {
      const result = evaluateCase({ id: "x", events: Array.from({ length: events }, () => coreGroup(list)) }, OPTIONS);
      if (problems === 0) expect(result.ok).toBe(true);
      else expect(result.ok ? 0 : countedIssues(result.issues)).toBe(events * problems);
    },
    fuzzTimeout(0.05, 5_000),
  );
});

describe("checking in pieces gives zod's issues", () => {
  // Damaged realistic timelines, with their events repeated past the whole-check limit: the
  // pieces must give the first issues of zod's list, in zod's order, and count all of them.
  const damaged = fc
    .tuple(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.array(jsonMutationArbitrary, { minLength: 1, maxLength: 4 }))
    .map(([seed, mutations]) => mutations.reduce(mutateJson, sampleTimeline(random(seed), `M-${seed}`) as unknown));
  test.prop([damaged], fuzz(0.3))(
    "same issues as zod over the whole timeline",
    (timeline) => {
      const events = (timeline as { events?: unknown } | null | undefined)?.events;
      const big = Array.isArray(events) && events.length > 0 ? { ...(timeline as object), events: Array(MOST_ITEMS_CHECKED_WHOLE + 1).fill(events).flat().slice(0, 20_000) } : timeline;
      const zod = caseTimelineSchema.safeParse(big);
      const pieces = parseTimelineInPieces(big);
      expect(pieces.success).toBe(zod.success);
      if (!zod.success && !pieces.success) {
        expect(pieces.issueCount).toBe(zod.error.issues.length);
        expect(JSON.stringify(pieces.issues)).toBe(JSON.stringify(zod.error.issues.slice(0, MAX_REPORTED_ISSUES)));
      }
    },
    fuzzTimeout(0.3, 500),
  );
});

describe("defineProfile on huge bad profiles", () => {
  const base = { id: "big", name: "Big", version: "1", extends: "working-together", rules: [] };

  function problemsOf(input: unknown): ProfileValidationError {
    try {
      defineProfile(input);
    } catch (error) {
      if (error instanceof ProfileValidationError) return error;
      throw error;
    }
    throw new Error("expected the profile to be refused");
  }

  it("130,000 unknown removeRules: one error, 100 issues and one counting the rest", () => {
    const error = problemsOf({ ...base, removeRules: Array(130_000).fill("nope") });
    expect(error.issues).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(error.message.split("\n")[0]).toBe('Invalid profile "big": 130001 problems');
    expect(error.issues.at(-1)).toEqual({ path: [], message: "and 129,901 more problems", code: "too-many-problems" });
  });

  it.each([
    ["the most rules, all with a bad parameter", 500],
    ["ten times the most rules", 5_000],
  ])("%s: refused, every problem counted", (_, count) => {
    const rule = profiles["working-together"].rules.find((r) => r.kind === "deadline-after-event")!;
    const rules = Array.from({ length: count }, (_, i) => ({ ...rule, id: `big.r${i}`, within: { n: 0, unit: "days" } }));
    const error = problemsOf({ ...base, rules });
    expect(countedIssues(error.issues)).toBe(count <= 500 ? count : count + 1);
  });

  it("ten times the most closure days, all bad", () => {
    expect(problemsOf({ ...base, closureDays: Array(50_000).fill("x") }).issues[0]).toMatchObject({ path: ["closureDays"], code: "too_big" });
  });
});
