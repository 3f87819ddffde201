/**
 * One problem found in an input or in a case's data, in the one shape every part of the library
 * reports (zod's and valibot's shape: plain data): what kind of problem (`code`, a short
 * kebab-case or zod word), where (`path`, keys and indexes into the input; `[]` for the input as
 * a whole, e.g. a line that is not JSON), what in plain English (`message`), what was expected
 * and what was found where a value was wrong, and the line and column in the source text where
 * the input has them (1-based).
 *
 * The producers and their codes: timeline and profile validation (`InputIssue`: zod's codes such
 * as `invalid_type`, `too-many-problems`, `date-out-of-range`, and the profile cross-checks'
 * codes), input readers (`Rejection`: e.g. `invalid-json`, `row-too-long`, `invalid-date`) and
 * evaluation (`DataQualityFinding`: e.g. `duplicate-event`). docs/input-formats.md lists them.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "invalid-date", path: ["date"], message: 'impossible date "31/02/2024": 2024-02 has 29 days',
 *   expected: "a date", received: "31/02/2024", line: 12, column: 4,
 * };
 * ```
 */
export interface Issue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
  /** 1-based line in the source text, when the input has lines. */
  readonly line?: number;
  /** 1-based column (a CSV column's number, counted from the left) when the input has columns. */
  readonly column?: number;
}

/**
 * An issue's path as one text for people and for CSV cells: keys and indexes joined with ".",
 * and "" for the input as a whole.
 *
 * @example
 * ```ts
 * issuePathText(["events", 2, "date"]); // "events.2.date"
 * issuePathText([]); // ""
 * ```
 */
export function issuePathText(path: readonly (string | number)[]): string {
  return path.join(".");
}
