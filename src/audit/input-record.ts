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
 * Why (part of) an input record could not be read: the field (a column, an element path, a JSON
 * key, or `(line)`, `(row)`, `(header)`, `(document)` for structural problems), the reason in plain
 * English, and the line when known.
 *
 * @example
 * ```ts
 * const rejection: Rejection = { field: "date", reason: "impossible date \"31/02/2024\": 2024-02 has 29 days", line: 12 };
 * ```
 */
export interface Rejection {
  readonly field: string;
  readonly reason: string;
  readonly line?: number;
}

/**
 * One record of an input: either a case timeline to evaluate (not yet validated:
 * `evaluateCase` validates it against the timeline schema) or a rejected record with the reasons.
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
