import type * as z from "zod/mini";
import type { InputIssue } from "./input-issue.js";

/** Keys longer than this are quoted cut short, as refused date values are (InvalidDateError). */
const LONGEST_QUOTED_KEY = 40;

function quoteKey(key: string): string {
  return JSON.stringify(key.length > LONGEST_QUOTED_KEY ? `${key.slice(0, LONGEST_QUOTED_KEY)}...` : key);
}

/** zod's message, except that unknown keys are quoted at most 40 characters long. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code !== "unrecognized_keys" || issue.keys.every((key) => key.length <= LONGEST_QUOTED_KEY)) return issue.message;
  return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.map(quoteKey).join(", ")}`;
}

/**
 * zod's issues as the library reports them: path (symbol keys written as text), message and
 * code. Messages are zod's own, except that an unknown key longer than 40 characters is quoted
 * cut short, so a hostile 10 MB key cannot turn into 10 MB of output (docs/reliability.md).
 *
 * @example
 * ```ts
 * const parsed = caseTimelineSchema.safeParse({ id: "c1", events: [], colour: "red" });
 * if (!parsed.success) inputIssuesOf(parsed.error.issues);
 * // [{ path: [], message: 'Unrecognized key: "colour"', code: "unrecognized_keys" }]
 * ```
 */
export function inputIssuesOf(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
    message: messageOf(issue),
    code: issue.code,
  }));
}
