// Profile inputs for the tests of defineProfile and of the rule kinds' parameter checks: a council
// profile with rules built from a valid recurring-interval rule, and the issues of a rejection.
import { expect } from "vitest";
import { ProfileValidationError } from "../../src/policy/profile-validation-error.js";
import { defineProfile } from "../../src/profiles/define-profile.js";

/** A valid recurring-interval rule with the given fields replaced (undefined removes one). */
export const rule = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "council.core-group-frequency",
  kind: "recurring-interval",
  title: "Core groups every 4 weeks",
  description: "The next core group meets within 4 weeks.",
  event: "core-group",
  every: { n: 4, unit: "weeks" },
  citation: { document: "Council procedures", quote: "Core groups meet every four weeks." },
  reading: { decisions: ["D19"], text: "28 days after the previous held core group." },
  ...overrides,
});

/** A council profile extending working-together, with the given fields replaced. */
export const council = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: "council",
  name: "A council",
  version: "1",
  extends: "working-together",
  rules: [rule()],
  ...overrides,
});

/** The error defineProfile throws for the input (fails the test when it does not throw). */
export function rejection(input: unknown, options?: Parameters<typeof defineProfile>[1]): ProfileValidationError {
  try {
    defineProfile(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ProfileValidationError);
    return error as ProfileValidationError;
  }
  throw new Error("expected defineProfile to throw");
}

/** The issue paths of a rejection, dotted. */
export const paths = (error: ProfileValidationError): string[] => error.issues.map((issue) => issue.path.join("."));
