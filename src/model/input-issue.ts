/**
 * One validation problem with the input, in zod's shape: where, what.
 *
 * @example
 * ```ts
 * const issue: InputIssue = { path: ["events", 2, "date"], message: 'Invalid date "2023-02-29": ...' };
 * ```
 */
export interface InputIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly code?: string;
}
