// Fuzzing defineProfile: arbitrary JSON and mutated copies of the example council profile. The
// result is a frozen profile or a ProfileValidationError listing issues with paths, never any
// other error; and a profile it accepts never makes the engine throw.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { ProfileValidationError, defineProfile, evaluateCase, type Profile } from "../../src/index.js";
import { random, sampleTimeline } from "../audit/support/sample-timelines.js";
import { expectOkOrIssuesWithPaths } from "./support/evaluation-invariants.js";
import { exampleCouncil } from "./support/example-council.js";
import { fuzz, fuzzTimeout } from "./support/fuzz-budget.js";
import { jsonMutationArbitrary, mutateJson } from "./support/json-mutation.js";

const example: unknown = exampleCouncil();

/** The profile, or the validation error; any other throw fails the property. */
function define(input: unknown): Profile | ProfileValidationError {
  try {
    return defineProfile(input);
  } catch (error) {
    if (error instanceof ProfileValidationError) return error;
    throw error;
  }
}

function expectProfileOrIssues(outcome: Profile | ProfileValidationError): void {
  if (outcome instanceof ProfileValidationError) {
    expect(outcome.issues.length).toBeGreaterThan(0);
    for (const issue of outcome.issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
    }
    expect(outcome.message.split("\n")[0]).toMatch(/^Invalid profile/);
  } else {
    expect(Object.isFrozen(outcome)).toBe(true);
    expect(outcome.rules.length).toBeGreaterThan(0);
  }
}

const mutatedExampleArbitrary = fc
  .array(jsonMutationArbitrary, { minLength: 1, maxLength: 3 })
  .map((mutations) => mutations.reduce(mutateJson, example));

describe("defineProfile under fuzzing", () => {
  test.prop([fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.anything())], fuzz())(
    "arbitrary values: a profile or a ProfileValidationError with issues",
    (input) => {
      expectProfileOrIssues(define(input));
    },
    fuzzTimeout(),
  );

  test.prop([mutatedExampleArbitrary, fc.integer({ min: 1, max: 2 ** 31 - 1 })], fuzz(0.5))(
    "mutated example council: rejected with issues, or accepted and safe to evaluate with",
    (input, seed) => {
      const outcome = define(input);
      expectProfileOrIssues(outcome);
      if (!(outcome instanceof ProfileValidationError)) {
        expectOkOrIssuesWithPaths(evaluateCase(sampleTimeline(random(seed), "P-1"), { profile: outcome, asOf: "2025-03-31" }));
      }
    },
    fuzzTimeout(0.5, 50),
  );
});
