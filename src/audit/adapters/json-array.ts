import type { InputRecord, Rejection, RecordSource, TextChunks } from "../input-record.js";
import { caseIdOf, isBlank, quoteShort } from "./text-lines.js";
import { invalidJsonReason } from "./invalid-json.js";

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

const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const NEWLINE = 10;

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xfeff;
}

/**
 * Reads a JSON document that is an array of case timelines: each element is one record, with the
 * line it starts on. The array is split element by element as the text arrives, so memory holds
 * one element at a time, but JSON Lines ({@link readJsonLines}) is the documented streaming
 * format. An element that is not valid JSON is rejected on its own; a document that is not an
 * array (or is empty) is one rejected record with field `(document)`; a truncated array rejects
 * its unfinished element; content after the closing `]` is one more rejected record.
 *
 * @example
 * ```ts
 * for await (const record of readJsonArray(['[{"id":"a","events":[]},', ' {"id":"b","events":[]}]'])) {
 *   console.log(record.kind, record.source.caseId); // "case" "a", then "case" "b"
 * }
 * ```
 */
export async function* readJsonArray(chunks: TextChunks, options: JsonArrayOptions = {}): AsyncGenerator<InputRecord> {
  const file = options.file === undefined ? {} : { file: options.file };
  let recordNumber = 0;
  const source = (line: number | undefined, caseId?: string): RecordSource => ({
    format: "json",
    ...file,
    recordNumber,
    ...(line === undefined ? {} : { line }),
    ...(caseId === undefined ? {} : { caseId }),
  });
  const reject = (line: number | undefined, rejection: Rejection): InputRecord => {
    recordNumber++;
    return { kind: "rejected", source: source(line), rejections: [rejection] };
  };

  // 0: before '[', 1: inside the array, 2: after ']', 3: stopped (not an array, or trailing content reported)
  let state = 0;
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: string[] = [];
  let elementLine: number | undefined;
  let elementCount = 0;
  let sawSeparator = false;

  function* finishElement(terminator: "," | "]"): Generator<InputRecord> {
    const text = parts.join("");
    parts = [];
    const startLine = elementLine;
    elementLine = undefined;
    if (isBlank(text)) {
      if (terminator === "]" && elementCount === 0 && !sawSeparator) return;
      yield reject(line, { field: "(document)", reason: "empty array element (a stray or trailing comma)", line });
      return;
    }
    elementCount++;
    recordNumber++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield {
        kind: "rejected",
        source: source(startLine),
        rejections: [
          { field: "(element)", reason: invalidJsonReason(text), ...(startLine === undefined ? {} : { line: startLine }) },
        ],
      };
      return;
    }
    yield { kind: "case", source: source(startLine, caseIdOf(value)), timeline: value };
  }

  for await (const chunk of chunks as AsyncIterable<string>) {
    if (state === 3) continue;
    let segmentStart = 0;
    for (let index = 0; index < chunk.length; index++) {
      const code = chunk.charCodeAt(index);
      if (state === 1) {
        if (inString) {
          if (escaped) escaped = false;
          else if (code === BACKSLASH) escaped = true;
          else if (code === QUOTE) inString = false;
          else if (code === NEWLINE) line++;
          continue;
        }
        if (code === QUOTE) {
          inString = true;
          elementLine ??= line;
        } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
          depth++;
          elementLine ??= line;
        } else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && depth > 0) {
          depth--;
        } else if (depth === 0 && (code === COMMA || code === CLOSE_BRACKET)) {
          parts.push(chunk.slice(segmentStart, index));
          segmentStart = index + 1;
          yield* finishElement(code === COMMA ? "," : "]");
          if (code === COMMA) sawSeparator = true;
          else state = 2;
        } else if (code === NEWLINE) {
          line++;
        } else if (!isWhitespace(code)) {
          elementLine ??= line;
        }
        continue;
      }
      if (code === NEWLINE) {
        line++;
        continue;
      }
      if (isWhitespace(code)) continue;
      if (state === 0) {
        if (code === OPEN_BRACKET) {
          state = 1;
          segmentStart = index + 1;
          continue;
        }
        const found = chunk.slice(index, index + 20);
        yield reject(line, {
          field: "(document)",
          reason: `expected a JSON array of case timelines, found ${quoteShort(found)}; for one case per line use JSON Lines (.jsonl)`,
          line,
        });
        state = 3;
        break;
      }
      // state 2: content after the closing bracket
      yield reject(line, {
        field: "(document)",
        reason: `unexpected content after the closing "]": ${quoteShort(chunk.slice(index, index + 20))}; the rest of the input was not read`,
        line,
      });
      state = 3;
      break;
    }
    if (state === 1 && segmentStart < chunk.length) parts.push(chunk.slice(segmentStart));
  }
  if (state === 0) {
    yield reject(undefined, { field: "(document)", reason: "empty input: expected a JSON array of case timelines" });
  } else if (state === 1) {
    const text = parts.join("");
    parts = [];
    if (isBlank(text)) {
      yield reject(line, { field: "(document)", reason: 'truncated input: the array was not closed with "]"', line });
    } else {
      recordNumber++;
      const startLine = elementLine ?? line;
      yield {
        kind: "rejected",
        source: source(startLine),
        rejections: [
          { field: "(element)", reason: 'truncated input: the element was cut off before the array was closed with "]"', line: startLine },
        ],
      };
    }
  }
}
