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

/** The most issues reported for one input; the others are counted in one last issue. */
export const MAX_REPORTED_ISSUES = 100;

/** 129900 as "129,900", without a locale (the output must not depend on the machine). */
function withThousands(count: number): string {
  const digits = String(count);
  let text = "";
  for (let end = digits.length; end > 0; end -= 3) text = digits.slice(Math.max(0, end - 3), end) + (text === "" ? "" : `,${text}`);
  return text;
}

/**
 * The first {@link MAX_REPORTED_ISSUES} issues and, when there were more (`total` counts all of
 * them, including any not in `issues`), one last issue at the root saying how many more:
 * "and 129,900 more problems" (code `too-many-problems`). A list of 100 or fewer is returned as it is.
 *
 * @example
 * ```ts
 * capIssues(issues, 130_000).at(-1); // { code: "too-many-problems", path: [], message: "and 129,900 more problems" }
 * ```
 */
export function capIssues(issues: readonly InputIssue[], total: number = issues.length): InputIssue[] {
  const kept = issues.slice(0, MAX_REPORTED_ISSUES);
  const more = total - kept.length;
  if (more <= 0) return kept;
  kept.push({ code: "too-many-problems", path: [], message: `and ${withThousands(more)} more problem${more === 1 ? "" : "s"}` });
  return kept;
}

/**
 * zod's issues as the library reports them: code, path (symbol keys written as text), message
 * and, for a value of the wrong type, what was expected (`expected: "string"`). Messages are zod's own, except that an unknown key longer than 40 characters is quoted
 * cut short, so a hostile 10 MB key cannot turn into 10 MB of output (docs/reliability.md).
 * Every issue is kept: cap the list with {@link capIssues} (or use {@link inputIssuesOf}).
 *
 * @example
 * ```ts
 * const parsed = caseTimelineSchema.safeParse({ id: "c1", events: [], colour: "red" });
 * if (!parsed.success) allInputIssuesOf(parsed.error.issues);
 * // [{ code: "unrecognized_keys", path: [], message: 'Unrecognized key: "colour"' }]
 * ```
 */
export function allInputIssuesOf(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  return issues.map((issue) => {
    const reported = { code: issue.code, path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)), message: messageOf(issue) };
    return issue.code === "invalid_type" ? { ...reported, expected: issue.expected } : reported;
  });
}

/**
 * {@link allInputIssuesOf}, capped: at most {@link MAX_REPORTED_ISSUES} issues, then one saying
 * how many more there were (`total` counts them all, including any not in `issues`).
 *
 * @example
 * ```ts
 * const parsed = parseTimeline({ id: "x", events: Array(130_000).fill(5) });
 * if (!parsed.success) inputIssuesOf(parsed.issues, parsed.issueCount).at(-1)?.message; // "and 129,900 more problems"
 * ```
 */
export function inputIssuesOf(issues: readonly z.core.$ZodIssue[], total: number = issues.length): InputIssue[] {
  return capIssues(allInputIssuesOf(issues.slice(0, MAX_REPORTED_ISSUES)), total);
}
