import type { Issue } from "./issue.js";

/**
 * One validation problem with a case timeline or a profile: an {@link Issue} with zod's code
 * (`invalid_type`, `unrecognized_keys`, `custom`, ...) or the library's own (`too-many-problems`,
 * `date-out-of-range`, and the profile cross-checks' codes such as `duplicate-rule-id`), the path
 * into the input, and the message.
 *
 * @example
 * ```ts
 * const issue: InputIssue = { code: "custom", path: ["events", 2, "date"], message: 'Invalid date "2023-02-29": ...' };
 * ```
 */
export type InputIssue = Issue;
