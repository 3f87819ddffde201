import type { InputRecord, TextChunks } from "../input-record.js";
import { JsonArraySplitter } from "./json-array-splitter.js";
import { TEXT_MAX_LINE_LENGTH } from "./text-lines.js";

/**
 * Options of {@link readJsonArray}.
 *
 * @example
 * ```ts
 * const options: JsonArrayOptions = { file: "cases.json" };
 * ```
 */
export interface JsonArrayOptions {
  /** A label for the input (e.g. its file name), copied into every record's source. */
  readonly file?: string;
}

/**
 * Reads a JSON document that is an array of case timelines: each element is one record, with the
 * line it starts on. The array is split element by element as the text arrives, so memory holds
 * one element at a time, but JSON Lines ({@link readJsonLines}) is the documented streaming
 * format. An element that is not valid JSON is rejected on its own (code `invalid-json`), and
 * reading goes on at the next element, also when a quote or brace left open in it ran on into
 * the next ones (see `JsonArraySplitter`). An element longer than {@link TEXT_MAX_LINE_LENGTH}
 * characters is rejected without being kept. A document that is not an array (or is empty) is
 * one rejected record (code `not-a-json-array` or `empty-input`, path `[]`); a truncated array rejects its unfinished element;
 * content after the closing `]` is one more rejected record. Those two say how many bytes and
 * lines were not read (`notRead`).
 *
 * @example
 * ```ts
 * for await (const record of readJsonArray(['[{"id":"a","events":[]},', ' {"id":"b","events":[]}]'])) {
 *   console.log(record.kind, record.source.caseId); // "case" "a", then "case" "b"
 * }
 * ```
 */
export function readJsonArray(chunks: TextChunks, options: JsonArrayOptions = {}): AsyncGenerator<InputRecord> {
  return readJsonArrayUpTo(chunks, options, TEXT_MAX_LINE_LENGTH);
}

/**
 * {@link readJsonArray} with another limit on an element's length than {@link TEXT_MAX_LINE_LENGTH}:
 * for tests, which need elements too long to read that are short.
 *
 * @example
 * ```ts
 * const records = readJsonArrayUpTo(['[{"id":"a","events":[]}]'], {}, 10); // the element is too long to read
 * ```
 */
export async function* readJsonArrayUpTo(chunks: TextChunks, options: JsonArrayOptions, maxElementLength: number): AsyncGenerator<InputRecord> {
  const splitter = new JsonArraySplitter(options.file, maxElementLength);
  for await (const chunk of chunks as AsyncIterable<string>) yield* splitter.push(chunk);
  yield* splitter.end();
}
