import type { InputRecord, RecordSource, TextChunks } from "../input-record.js";
import { caseIdOf, isBlank, TEXT_MAX_LINE_LENGTH, TextLineSplitter, type TextLine } from "./text-lines.js";
import { invalidJsonReason } from "./invalid-json.js";
import { rejection } from "../rejection.js";

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
 * one record. A line that is not JSON is rejected with its line number (code `invalid-json`); blank
 * lines are skipped and are not records. A leading BOM and CRLF line endings are accepted.
 * Memory holds one line at a time. A line longer than {@link TEXT_MAX_LINE_LENGTH} characters is
 * not read: it is rejected (code `too-long`) and the next line is read. The parsed value is not
 * validated here: `evaluateCase` does.
 *
 * @example
 * ```ts
 * const chunks = ['{"id":"a","events":[]}\r\n', "not json\n"];
 * for await (const record of readJsonLines(chunks, { file: "cases.jsonl" })) {
 *   console.log(record.kind, record.source.line); // "case" 1, then "rejected" 2
 * }
 * ```
 */
export function readJsonLines(chunks: TextChunks, options: JsonLinesOptions = {}): AsyncGenerator<InputRecord> {
  return readJsonLinesUpTo(chunks, options, TEXT_MAX_LINE_LENGTH);
}

/**
 * {@link readJsonLines} with another limit on a line's length than {@link TEXT_MAX_LINE_LENGTH}:
 * for tests, which need lines too long to read that are short.
 *
 * @example
 * ```ts
 * const records = readJsonLinesUpTo(['{"id":"a","events":[]}\n'], {}, 10); // the line is too long to read
 * ```
 */
export async function* readJsonLinesUpTo(chunks: TextChunks, options: JsonLinesOptions, maxLineLength: number): AsyncGenerator<InputRecord> {
  const lines = new TextLineSplitter(1, true, maxLineLength);
  const records = new LineRecords(1, options.file, maxLineLength);
  for await (const chunk of chunks as AsyncIterable<string>) {
    for (const line of lines.push(chunk)) {
      const record = records.of(line);
      if (record !== undefined) yield record;
    }
  }
  for (const line of lines.end()) {
    const record = records.of(line);
    if (record !== undefined) yield record;
  }
}

/**
 * Where part of a JSON Lines file starts, read apart from the rest (by the CLI's worker threads):
 * the number of its first line and the number its first record takes; and `overlong` when the
 * part is only its first line, too long to read (the CLI does not hand it over).
 *
 * @example
 * ```ts
 * const part: JsonLinesPart = { firstLine: 40, firstRecordNumber: 31 };
 * ```
 */
export interface JsonLinesPart {
  readonly firstLine: number;
  readonly firstRecordNumber: number;
  readonly overlong?: true;
}

/**
 * The records of part of a JSON Lines file (whole lines; see {@link JsonLinesPart}): the same
 * records, numbered and placed the same, as {@link readJsonLines} gives for those lines of the
 * whole file. `maxLineLength` is for tests (default {@link TEXT_MAX_LINE_LENGTH}).
 *
 * @example
 * ```ts
 * [...readJsonLinesPart('{"id":"b","events":[]}\n', { firstLine: 3, firstRecordNumber: 2 }, "cases.jsonl")][0]?.source.recordNumber; // 2
 * ```
 */
export function* readJsonLinesPart(text: string, part: JsonLinesPart, file?: string, maxLineLength = TEXT_MAX_LINE_LENGTH): Generator<InputRecord> {
  const records = new LineRecords(part.firstRecordNumber, file, maxLineLength);
  if (part.overlong === true) {
    yield records.of({ text: "", line: part.firstLine, overlong: true })!;
    return;
  }
  const lines = new TextLineSplitter(part.firstLine, false, maxLineLength);
  for (const line of [...lines.push(text), ...lines.end()]) {
    const record = records.of(line);
    if (record !== undefined) yield record;
  }
}

/** The records of lines, numbered from a given number: a non-blank line is one. */
class LineRecords {
  #next: number;
  readonly #file: string | undefined;
  readonly #maxLineLength: number;

  constructor(firstRecordNumber: number, file: string | undefined, maxLineLength: number) {
    this.#next = firstRecordNumber;
    this.#file = file;
    this.#maxLineLength = maxLineLength;
  }

  /** The record of a line, or undefined for a blank line. */
  of({ text, line, overlong }: TextLine): InputRecord | undefined {
    if (overlong === true) {
      const source: RecordSource = { format: "jsonl", ...(this.#file === undefined ? {} : { file: this.#file }), recordNumber: this.#next++, line };
      const message = `too long to read: the line has more than ${this.#maxLineLength} characters`;
      return { kind: "rejected", source, rejections: [rejection("too-long", [], message, { line })] };
    }
    return isBlank(text) ? undefined : jsonLineRecord(text, line, this.#next++, this.#file);
  }
}

/**
 * The record of one non-blank JSON Lines line: the parsed case, or a rejection (code `invalid-json`)
 * when the line is not JSON. `file` is the input's label, copied into the source.
 *
 * @example
 * ```ts
 * jsonLineRecord('{"id":"a","events":[]}', 3, 2, "cases.jsonl").source; // { format: "jsonl", file: "cases.jsonl", recordNumber: 2, line: 3, caseId: "a" }
 * jsonLineRecord("not json", 4, 3).kind; // "rejected"
 * ```
 */
export function jsonLineRecord(text: string, line: number, recordNumber: number, file?: string): InputRecord {
  const leading = leadingCaseId(text);
  const sourceOf = (caseId: string | undefined): RecordSource => ({
    format: "jsonl",
    ...(file === undefined ? {} : { file }),
    recordNumber,
    line,
    ...(caseId === undefined ? {} : { caseId }),
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: "rejected", source: sourceOf(leading), rejections: [rejection("invalid-json", [], invalidJsonReason(text), { line })] };
  }
  const caseId = caseIdOf(value);
  if (leading !== undefined && caseId !== leading) {
    return { kind: "rejected", source: sourceOf(leading), rejections: [rejection("duplicate-key", ["id"], 'the key "id" is given more than once', { line })] };
  }
  return { kind: "case", source: sourceOf(caseId), timeline: value };
}

/**
 * The case id a JSON Lines line is known by (its record's `source.caseId`): the id it begins
 * with when it begins `{"id":"` and the id has no escapes (then known even when the rest of the
 * line is not valid JSON, and a later `"id"` key makes the line a rejection), else the `id` of
 * the parsed line, if any. The CLI's main thread reads it so, to find case ids read twice before
 * worker threads audit the lines.
 *
 * @example
 * ```ts
 * jsonLineCaseId('{"id":"C-1","events":['); // "C-1"
 * jsonLineCaseId('{"events":[],"id":"C-2"}'); // "C-2"
 * ```
 */
export function jsonLineCaseId(text: string): string | undefined {
  const leading = leadingCaseId(text);
  if (leading !== undefined) return leading;
  try {
    return caseIdOf(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/**
 * The id a line begins with, `{"id":"...`, when it has no escapes: the part of
 * {@link jsonLineCaseId} that needs no parsing.
 *
 * @example
 * ```ts
 * leadingCaseId(' { "id" : "C-1", "events": []}'); // "C-1"
 * ```
 */
export function leadingCaseId(text: string): string | undefined {
  let at = skipBlanks(text, 0);
  if (text.charCodeAt(at) !== 123 /* { */) return undefined;
  at = skipBlanks(text, at + 1);
  if (!text.startsWith('"id"', at)) return undefined;
  at = skipBlanks(text, at + 4);
  if (text.charCodeAt(at) !== 58 /* : */) return undefined;
  at = skipBlanks(text, at + 1);
  if (text.charCodeAt(at) !== 34 /* " */) return undefined;
  for (let end = at + 1; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code === 92 /* \ */ || code < 32) return undefined;
    if (code === 34) return caseIdOf({ id: text.slice(at + 1, end) });
  }
  return undefined;
}

function skipBlanks(text: string, from: number): number {
  let at = from;
  while (at < text.length && isBlank(text, at, at + 1)) at++;
  return at;
}
