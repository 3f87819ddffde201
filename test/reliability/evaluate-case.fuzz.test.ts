// Fuzzing evaluateCase and auditCases with near-valid timelines: realistic cases with one to four
// mutations anywhere in the tree (junk values, removed keys, hostile keys, duplicated events,
// out-of-range dates). Arbitrary JSON is covered by test/engine/properties.test.ts (g); this
// reaches deeper into the engine, past the first schema check.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { BUILT_IN_PROFILE_IDS, auditCases, evaluateCase } from "../../src/index.js";
import { random, sampleTimeline } from "../audit/support/sample-timelines.js";
import { expectOkOrIssuesWithPaths } from "./support/evaluation-invariants.js";
import { fuzz, fuzzTimeout } from "./support/fuzz-budget.js";
import { jsonMutationArbitrary, mutateJson } from "./support/json-mutation.js";

const AS_OF = "2025-03-31";
const profileArbitrary = fc.constantFrom(...BUILT_IN_PROFILE_IDS);
const mutatedTimelineArbitrary = fc
  .tuple(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.array(jsonMutationArbitrary, { minLength: 1, maxLength: 4 }))
  .map(([seed, mutations]) => mutations.reduce(mutateJson, sampleTimeline(random(seed), `M-${seed}`) as unknown));

describe("evaluateCase and auditCases on mutated timelines", () => {
  test.prop([mutatedTimelineArbitrary, profileArbitrary], fuzz())(
    "evaluateCase never throws: ok, or issues each with a path",
    (timeline, profile) => {
      expectOkOrIssuesWithPaths(evaluateCase(timeline, { profile, asOf: AS_OF }));
    },
    fuzzTimeout(),
  );

  test.prop([fc.array(mutatedTimelineArbitrary, { maxLength: 8 }), profileArbitrary], fuzz(0.3))(
    "auditCases gives one item per record and none from a caught engine error",
    (timelines, profile) => {
      const audit = auditCases(timelines, { profile, asOf: AS_OF });
      const items = [...audit];
      expect(items).toHaveLength(timelines.length);
      expect(items.filter((item) => item.kind === "rejected" && item.stage === "error")).toEqual([]);
      const { records } = audit.summary();
      expect(records).toMatchObject({ read: timelines.length });
      expect(records.evaluated + records.rejected).toBe(timelines.length);
    },
    fuzzTimeout(0.3, 100),
  );
});
