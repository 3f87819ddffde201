// Purity: deep-frozen inputs (a write to them would throw), the same results whatever the order of
// calls or of the cases, and no module-level state that one call (or a failed one) leaves for the
// next. Console writes are failed by test/setup/no-console.ts.
import { describe, expect, it } from "vitest";
import { BUILT_IN_PROFILE_IDS, auditCases, defineProfile, evaluateCase, type AuditItem, type BuiltInProfileId } from "../../src/index.js";
import { deepFreeze } from "../../src/policy/deep-freeze.js";
import { badTimeline, random, sampleTimeline } from "../audit/support/sample-timelines.js";

const AS_OF = "2025-03-31";

function frozenCases(seed: number, n: number): readonly unknown[] {
  const next = random(seed);
  const cases: unknown[] = [];
  for (let i = 0; i < n; i += 1) cases.push(next() < 0.15 ? badTimeline(next, `B-${i}`) : sampleTimeline(next, `C-${i}`));
  cases.push({ id: "junk", events: "not a list" }, null, "text", 42);
  return deepFreeze(cases);
}

const cases = frozenCases(11, 60);
const council = deepFreeze(
  JSON.parse(JSON.stringify({ id: "council", name: "Council", version: "1", extends: "cumbria", closureDays: ["2024-12-27"], rules: [] })) as unknown,
);

/** An item without its position in the input, to compare audits of the same cases in another order. */
const withoutPosition = (item: AuditItem): string => JSON.stringify({ ...item, source: { ...item.source, recordNumber: 0 } });

describe("purity", () => {
  it("evaluateCase gives the same results for deep-frozen cases in any order and after any other call", () => {
    const once = (profile: BuiltInProfileId) => cases.map((timeline) => JSON.stringify(evaluateCase(timeline, { profile, asOf: AS_OF })));
    const first = BUILT_IN_PROFILE_IDS.map(once);
    // Reversed case order, reversed profile order, with a failing call and another as-of date between.
    evaluateCase(undefined, { profile: "medway", asOf: "2024-06-30" });
    expect(() => evaluateCase(cases[0], { profile: "medway", asOf: "not a date" })).toThrow(TypeError);
    evaluateCase(cases[0], { profile: "medway", asOf: "2019-01-01" });
    const reversed = [...BUILT_IN_PROFILE_IDS]
      .reverse()
      .map((profile) => [...cases].reverse().map((timeline) => JSON.stringify(evaluateCase(timeline, { profile, asOf: AS_OF }))).reverse())
      .reverse();
    expect(reversed).toEqual(first);
    expect(first.flat().filter((text) => text.includes('"ok":true')).length).toBeGreaterThan(BUILT_IN_PROFILE_IDS.length * 40);
  });

  it("auditCases gives the same item per case and the same summary whatever the order of the cases", () => {
    const run = (input: readonly unknown[]) => {
      const audit = auditCases(input, { profile: "pan-sussex", asOf: AS_OF });
      const items = [...audit];
      return { items: items.map(withoutPosition), summary: audit.summary() };
    };
    const forward = run(cases);
    const backward = run([...cases].reverse());
    expect(backward.items.reverse()).toEqual(forward.items);
    expect(backward.summary).toEqual(forward.summary);
  });

  it("two audits iterated in turns give what each gives alone (no shared state)", async () => {
    const alone = async (profile: BuiltInProfileId) => {
      const audit = auditCases(cases, { profile, asOf: AS_OF });
      const items: string[] = [];
      for await (const item of audit) items.push(JSON.stringify(item));
      return { items, summary: audit.summary() };
    };
    const expectedA = await alone("cumbria");
    const expectedB = await alone("medway");

    const a = auditCases(cases, { profile: "cumbria", asOf: AS_OF });
    const b = auditCases([...cases], { profile: "medway", asOf: AS_OF });
    const iterA = a[Symbol.asyncIterator]();
    const iterB = b[Symbol.asyncIterator]();
    const itemsA: string[] = [];
    const itemsB: string[] = [];
    for (;;) {
      const [nextA, nextB] = await Promise.all([iterA.next(), iterB.next()]);
      if (!nextA.done) itemsA.push(JSON.stringify(nextA.value));
      if (!nextB.done) itemsB.push(JSON.stringify(nextB.value));
      if (nextA.done && nextB.done) break;
    }
    expect({ items: itemsA, summary: a.summary() }).toEqual(expectedA);
    expect({ items: itemsB, summary: b.summary() }).toEqual(expectedB);
  });

  it("defineProfile on a deep-frozen input gives equal profiles each time, and the built-ins are unchanged after", () => {
    const builtInBefore = JSON.stringify(evaluateCase(cases[1], { profile: "cumbria", asOf: AS_OF }));
    const first = defineProfile(council);
    const second = defineProfile(council);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(JSON.stringify(evaluateCase(cases[1], { profile: "cumbria", asOf: AS_OF }))).toBe(builtInBefore);
    evaluateCase(cases[1], { profile: first, asOf: AS_OF });
    expect(JSON.stringify(evaluateCase(cases[1], { profile: "cumbria", asOf: AS_OF }))).toBe(builtInBefore);
  });
});
