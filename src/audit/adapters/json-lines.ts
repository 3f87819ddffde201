import type { InputRecord, RecordSource, TextChunks } from "../input-record.js";
import { caseIdOf, isBlank, textLines } from "./text-lines.js";

/**
 * Options of {@link readJsonLines}.
 *
 * @example
 * ```ts
 * const options: JsonLinesOptions = { file: "cases.jsonl" };
 * ```
 */
export interface JsonLinesOptions {
  /** A label for the input (e.g. its file name), copied into every record's source. */
  readonly file?: string;
}

/**
 * Reads JSON Lines (one case timeline per line; the streaming format): each non-blank line is
 * one record. A line that is not JSON is rejected with its line number (field `(line)`); blank
 * lines are skipped and are not records. A leading BOM and CRLF line endings are accepted.
 * Memory holds one line at a time. The parsed value is not validated here: `evaluateCase` does.
 *
 * @example
 * ```ts
 * const chunks = ['{"id":"a","events":[]}\r\n', "not json\n"];
 * for await (const record of readJsonLines(chunks, { file: "cases.jsonl" })) {
 *   console.log(record.kind, record.source.line); // "case" 1, then "rejected" 2
 * }
 * ```
 */
export async function* readJsonLines(chunks: TextChunks, options: JsonLinesOptions = {}): AsyncGenerator<InputRecord> {
  let recordNumber = 0;
  for await (const { text, line } of textLines(chunks)) {
    if (isBlank(text)) continue;
    recordNumber++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const source: RecordSource = { format: "jsonl", ...fileOf(options), recordNumber, line };
      yield {
        kind: "rejected",
        source,
        rejections: [{ field: "(line)", reason: `not valid JSON: ${(error as Error).message}`, line }],
      };
      continue;
    }
    const caseId = caseIdOf(value);
    const source: RecordSource = {
      format: "jsonl",
      ...fileOf(options),
      recordNumber,
      line,
      ...(caseId === undefined ? {} : { caseId }),
    };
    yield { kind: "case", source, timeline: value };
  }
}

function fileOf(options: { readonly file?: string }): { file?: string } {
  return options.file === undefined ? {} : { file: options.file };
}
