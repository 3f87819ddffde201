import type { InputIssue } from "../model/input-issue.js";
import { capIssues } from "../model/input-issues.js";

/**
 * Formats an issue path the way the error message shows it: `rules[3].within.n`, or `(root)`.
 *
 * @example
 * ```ts
 * formatIssuePath(["rules", 3, "within", "n"]); // "rules[3].within.n"
 * ```
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join("");
}

/**
 * Thrown by `defineProfile` when a profile is invalid: ONE error carrying every problem found
 * (schema and cross-checks together), each with a zod-style `path` and a `message`: the first
 * 100, then one issue saying how many more ("and 129,900 more problems"); the message counts
 * them all.
 * An invalid profile is a programmer error, so it throws.
 *
 * @example
 * ```ts
 * try {
 *   defineProfile(JSON.parse(text));
 * } catch (error) {
 *   if (error instanceof ProfileValidationError) {
 *     for (const issue of error.issues) console.error(issue.path.join("."), issue.message);
 *   }
 * }
 * ```
 */
export class ProfileValidationError extends Error {
  /** The problems found, in the order found (schema problems first, then cross-checks): at most 100, then one counting the rest. */
  readonly issues: readonly InputIssue[];
  /** The `id` of the profile, when it had a readable one. */
  readonly profileId: string | null;

  constructor(issues: readonly InputIssue[], profileId: string | null = null) {
    const subject = profileId === null ? "Invalid profile" : `Invalid profile "${profileId}"`;
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    const reported = capIssues(issues);
    const lines = reported.map((issue) => `  ${formatIssuePath(issue.path)}: ${issue.message}`);
    super(`${subject}: ${count}\n${lines.join("\n")}`);
    this.name = "ProfileValidationError";
    this.issues = Object.freeze(reported.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
    this.profileId = profileId;
  }
}
