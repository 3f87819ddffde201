import type { InputRecord, RecordSource, TextChunks } from "../input-record.js";
import { caseIdOf, isBlank, TextLineSplitter } from "./text-lines.js";
import { invalidJsonReason } from "./invalid-json.js";

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
  const lines = new TextLineSplitter();
  let recordNumber = 0;
  for await (const chunk of chunks as AsyncIterable<string>) {
    for (const { text, line } of lines.push(chunk)) {
      if (!isBlank(text)) yield jsonLineRecord(text, line, ++recordNumber, options.file);
    }
  }
  for (const { text, line } of lines.end()) {
    if (!isBlank(text)) yield jsonLineRecord(text, line, ++recordNumber, options.file);
  }
}

/**
 * The record of one non-blank JSON Lines line: the parsed case, or a rejection (field `(line)`)
 * when the line is not JSON. `file` is the input's label, copied into the source.
 *
 * @example
 * ```ts
 * jsonLineRecord('{"id":"a","events":[]}', 3, 2, "cases.jsonl").source; // { format: "jsonl", file: "cases.jsonl", recordNumber: 2, line: 3, caseId: "a" }
 * jsonLineRecord("not json", 4, 3).kind; // "rejected"
 * ```
 */
export function jsonLineRecord(text: string, line: number, recordNumber: number, file?: string): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const source: RecordSource = file === undefined ? { format: "jsonl", recordNumber, line } : { format: "jsonl", file, recordNumber, line };
    return { kind: "rejected", source, rejections: [{ field: "(line)", reason: invalidJsonReason(text), line }] };
  }
  const caseId = caseIdOf(value);
  const source: RecordSource = {
    format: "jsonl",
    ...(file === undefined ? {} : { file }),
    recordNumber,
    line,
    ...(caseId === undefined ? {} : { caseId }),
  };
  return { kind: "case", source, timeline: value };
}
