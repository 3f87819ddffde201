import type { Issue } from "../model/issue.js";

/**
 * Where an input record came from: its format, the file label the caller gave, its 1-based
 * number among the records of that input, its first line (when the format has lines) and the
 * case id when one could be read. Every record an adapter reads is yielded exactly once, so
 * `read = evaluated + rejected` holds per input.
 *
 * @example
 * ```ts
 * const source: RecordSource = { format: "csv", file: "events.csv", recordNumber: 3, line: 18, caseId: "C-1042" };
 * ```
 */
export interface RecordSource {
  readonly format: "json" | "jsonl" | "csv" | "cin-xml";
  readonly file?: string;
  /** 1-based, per input. */
  readonly recordNumber: number;
  /** First line of the record (1-based). */
  readonly line?: number;
  readonly caseId?: string;
}

/**
 * Why (part of) an input record could not be read or validated: an {@link Issue}. Its path is
 * the column, element path or JSON key at fault (`["date"]`, `["Child", "CPPstartDate"]`), or
 * `[]` for the record or input as a whole (a line that is not JSON, a malformed row, a bad
 * header); its code says which problem (a reader's {@link ReadProblemCode}, or a timeline
 * validation code such as `invalid_type`); `line` and `column` place it in the input where known.
 *
 * @example
 * ```ts
 * const rejection: Rejection = {
 *   code: "invalid-date", path: ["date"], message: 'impossible date "31/02/2024": 2024-02 has 29 days', received: "31/02/2024", line: 12, column: 3,
 * };
 * ```
 */
export interface Rejection extends Issue {
  /** Part of the input that could not be read at all (the message says so too); see {@link NotRead}. */
  readonly notRead?: NotRead;
}

/**
 * The codes of the problems the input readers find (validation of a read timeline adds zod's
 * codes, `too-many-problems` and `date-out-of-range`; the batch adds `repeated-case-id` and
 * `evaluation-failed`):
 * - `empty-input`, `not-a-json-array`, `content-after-array`, `truncated-input`,
 *   `empty-element`, `unreadable-document`: the input as a whole (path `[]`);
 * - `invalid-json`, `duplicate-key`, `too-long`: a JSON element or line, or an XML element's text;
 * - `malformed-row`, `wrong-field-count`, `row-too-long`, `bad-header`: a CSV row or header;
 * - `missing`, `invalid-date`, `invalid-value`, `conflicting-value`, `not-applicable`: a value
 *   (a CSV cell, an XML element), its column or element path in `path`;
 * - `case-in-several-places`: a CSV case whose rows are not together (D36).
 *
 * @example
 * ```ts
 * const code: ReadProblemCode = "invalid-json";
 * ```
 */
export type ReadProblemCode =
  | "empty-input"
  | "not-a-json-array"
  | "content-after-array"
  | "truncated-input"
  | "empty-element"
  | "unreadable-document"
  | "invalid-json"
  | "duplicate-key"
  | "too-long"
  | "malformed-row"
  | "wrong-field-count"
  | "row-too-long"
  | "bad-header"
  | "missing"
  | "invalid-date"
  | "invalid-value"
  | "conflicting-value"
  | "not-applicable"
  | "case-in-several-places"
  | "repeated-case-id"
  | "evaluation-failed";

/**
 * A stretch of an input that a reader could not read and could not read past to a next record
 * (e.g. a comment left open to the end of an XML file): its size in UTF-8 bytes and its first and
 * last lines. Records in it, if any, are not counted, so an audit with one covers only part of
 * its input: the summary adds them up in `records.notRead`, and the CLI exits with code 3.
 *
 * @example
 * ```ts
 * const notRead: NotRead = { bytes: 52_000_000, firstLine: 1204, lastLine: 981_377 };
 * ```
 */
export interface NotRead {
  readonly bytes: number;
  readonly firstLine: number;
  readonly lastLine: number;
}

/**
 * One record of an input: either a case timeline to evaluate (not yet validated:
 * `evaluateCase` validates it against the timeline schema) or a rejected record with its issues.
 *
 * @example
 * ```ts
 * for await (const record of readJsonLines(chunks, { file: "cases.jsonl" })) {
 *   if (record.kind === "case") evaluateCase(record.timeline as CaseTimeline, { profile: "medway", asOf: "2025-03-31" });
 *   else console.error(record.source.line, record.rejections);
 * }
 * ```
 */
export type InputRecord =
  | { readonly kind: "case"; readonly source: RecordSource; readonly timeline: unknown }
  | { readonly kind: "rejected"; readonly source: RecordSource; readonly rejections: readonly Rejection[] };

/**
 * Text input for the adapters: string chunks in order, split anywhere (the CLI passes file
 * streams decoded as UTF-8). Adapters never open files themselves.
 *
 * @example
 * ```ts
 * const chunks: TextChunks = ['{"id":"a","ev', 'ents":[]}\n'];
 * ```
 */
export type TextChunks = AsyncIterable<string> | Iterable<string>;
