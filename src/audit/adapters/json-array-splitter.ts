import type { InputRecord, NotRead, Rejection, RecordSource } from "../input-record.js";
import { invalidJsonReason } from "./invalid-json.js";
import { notReadText } from "./not-read-text.js";
import { caseIdOf, isBlank, quoteShort } from "./text-lines.js";
import { utf8Length } from "./utf8-length.js";
import { rejection } from "../rejection.js";

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

/** Where the array stands: before `[`, inside it, after `]`, or stopped (the rest is not read). */
type State = "before" | "inside" | "after" | "stopped";

/** How the last good element was laid out: its first key, and its indent when it began a line. */
interface ElementLayout {
  readonly firstKey: string;
  /** The spaces and tabs before it on its line, or undefined when it did not begin a line. */
  readonly indent: string | undefined;
}

/**
 * Splits a JSON array of case timelines into records, chunk by chunk: the engine of
 * `readJsonArray`. An element that is not valid JSON can hide where the next ones begin (a quote
 * or a brace left open runs on into them), so when one fails, the first place in it where an
 * element like the last good one begins (after a comma, with the same first key and, when
 * elements begin lines, the same indent) is taken as the next element and read on from there.
 * An element longer than `maxElementLength` characters is rejected without being kept.
 * Content after the closing `]`, or a document that is not an array, is one rejection that says
 * how many bytes and lines were not read.
 *
 * @example
 * ```ts
 * const splitter = new JsonArraySplitter("cases.json", 1000);
 * splitter.push('[{"id":"a","events":[]},'); // [the record of "a"]
 * splitter.end(); // [a rejection: the array was not closed]
 * ```
 */
export class JsonArraySplitter {
  readonly #file: { readonly file?: string };
  readonly #maxElementLength: number;
  #records: InputRecord[] = [];
  #recordNumber = 0;
  #state: State = "before";
  #line = 1;
  #depth = 0;
  #inString = false;
  #escaped = false;
  #parts: string[] = [];
  #partsLength = 0;
  /** The line where the text in #parts begins (just after the `[` or the comma before it). */
  #partsLine = 1;
  #elementLine: number | undefined;
  /** The element is longer than #maxElementLength: its text is dropped, only whether it is blank kept. */
  #overlong = false;
  #overlongBlank = false;
  #elementCount = 0;
  #sawSeparator = false;
  #layout: ElementLayout = { firstKey: "id", indent: undefined };
  /** What is not read after the array stopped: where it began (after the array, or in place of one), its start, its bytes so far. */
  #unread: { afterArray: boolean; firstLine: number; start: string; bytes: number } | undefined;
  #endsWithNewline = false;

  constructor(file: string | undefined, maxElementLength: number) {
    this.#file = file === undefined ? {} : { file };
    this.#maxElementLength = maxElementLength;
  }

  /** The records that `chunk` completes, in order. */
  push(chunk: string): InputRecord[] {
    if (chunk.length > 0) this.#endsWithNewline = chunk.charCodeAt(chunk.length - 1) === NEWLINE;
    for (let text: string | undefined = chunk; text !== undefined; ) text = this.#scan(text);
    return this.#take();
  }

  /** The last records: an unfinished element or array, or what was not read. */
  end(): InputRecord[] {
    if (this.#state === "before") {
      this.#reject(1, rejection("empty-input", [], "empty input: expected a JSON array of case timelines", { line: 1 }));
    } else if (this.#state === "inside") {
      this.#endInside();
    } else if (this.#unread !== undefined) {
      const { afterArray, firstLine, start, bytes } = this.#unread;
      const found = quoteShort(start, 20);
      const reason = afterArray
        ? `unexpected content after the closing "]": ${found}`
        : `expected a JSON array of case timelines, found ${found}; for one case per line use JSON Lines (.jsonl)`;
      const notRead: NotRead = { bytes, firstLine, lastLine: Math.max(firstLine, this.#line - (this.#endsWithNewline ? 1 : 0)) };
      this.#reject(firstLine, rejection(afterArray ? "content-after-array" : "not-a-json-array", [], `${reason}; ${notReadText(notRead)}`, { line: firstLine, notRead }));
    }
    return this.#take();
  }

  #take(): InputRecord[] {
    const records = this.#records;
    this.#records = [];
    return records;
  }

  #source(line: number | undefined, caseId?: string): RecordSource {
    return { format: "json", ...this.#file, recordNumber: ++this.#recordNumber, ...(line === undefined ? {} : { line }), ...(caseId === undefined ? {} : { caseId }) };
  }

  #reject(line: number | undefined, problem: Rejection): void {
    this.#records.push({ kind: "rejected", source: this.#source(line), rejections: [problem] });
  }

  /** Reads `text`; returns text to read again from a fresh start (a broken element's tail and what followed it), if any. */
  #scan(text: string): string | undefined {
    let segmentStart = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (this.#state === "inside") {
        if (this.#inString) {
          if (this.#escaped) this.#escaped = false;
          else if (code === BACKSLASH) this.#escaped = true;
          else if (code === QUOTE) this.#inString = false;
          else if (code === NEWLINE) this.#line++;
          continue;
        }
        if (code === QUOTE) {
          this.#inString = true;
          this.#elementLine ??= this.#line;
        } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
          this.#depth++;
          this.#elementLine ??= this.#line;
        } else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && this.#depth > 0) {
          this.#depth--;
        } else if (this.#depth === 0 && (code === COMMA || code === CLOSE_BRACKET)) {
          this.#addPart(text, segmentStart, index);
          const tail = this.#finishElement(code === COMMA ? "," : "]");
          if (tail !== undefined) return tail + text.slice(index);
          segmentStart = index + 1;
          this.#partsLine = this.#line;
          if (code === COMMA) this.#sawSeparator = true;
          else this.#state = "after";
        } else if (code === NEWLINE) {
          this.#line++;
        } else if (!isWhitespace(code)) {
          this.#elementLine ??= this.#line;
        }
        continue;
      }
      if (this.#state === "stopped") {
        const unread = this.#unread!;
        unread.bytes += utf8Length(text, index, text.length);
        if (unread.start.length <= 20) unread.start += text.slice(index, index + 21 - unread.start.length);
        for (let at = index; at < text.length; at++) if (text.charCodeAt(at) === NEWLINE) this.#line++;
        return undefined;
      }
      if (code === NEWLINE) {
        this.#line++;
        continue;
      }
      if (isWhitespace(code)) continue;
      if (this.#state === "before" && code === OPEN_BRACKET) {
        this.#state = "inside";
        segmentStart = index + 1;
        this.#partsLine = this.#line;
        continue;
      }
      this.#unread = { afterArray: this.#state === "after", firstLine: this.#line, start: "", bytes: 0 };
      this.#state = "stopped";
      index--; // count this character as not read
    }
    if (this.#state === "inside") this.#addPart(text, segmentStart, text.length);
    return undefined;
  }

  /** Adds characters `start` to before `end` of `text` to the element, unless it is too long to keep (then notes only whether it is blank). */
  #addPart(text: string, start: number, end: number): void {
    if (end <= start) return;
    this.#partsLength += end - start;
    if (!this.#overlong && this.#partsLength <= this.#maxElementLength) {
      this.#parts.push(text.slice(start, end));
      return;
    }
    if (!this.#overlong) {
      this.#overlong = true;
      this.#overlongBlank = this.#parts.every((part) => isBlank(part));
      this.#parts = [];
    }
    this.#overlongBlank &&= isBlank(text, start, end);
  }

  /** The element's text so far, taken out. */
  #takeText(): string {
    const text = this.#parts.length === 1 ? (this.#parts[0] as string) : this.#parts.join("");
    this.#parts = [];
    this.#partsLength = 0;
    return text;
  }

  /** The record of the element a `,` or `]` ended; or, for a broken element, the text where the next one seems to begin. */
  #finishElement(terminator: "," | "]"): string | undefined {
    const startLine = this.#elementLine;
    this.#elementLine = undefined;
    const overlong = this.#overlong && !this.#overlongBlank;
    this.#overlong = false;
    const text = this.#takeText();
    if (overlong) {
      this.#elementCount++;
      this.#reject(startLine, rejection("too-long", [], `too long to read: the element has more than ${this.#maxElementLength} characters`, { line: startLine }));
      return undefined;
    }
    if (isBlank(text)) {
      if (terminator === "]" && this.#elementCount === 0 && !this.#sawSeparator) return undefined;
      this.#reject(this.#line, rejection("empty-element", [], "empty array element (a stray or trailing comma)", { line: this.#line }));
      return undefined;
    }
    this.#elementCount++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return this.#broken(text, startLine, undefined);
    }
    this.#learnLayout(text);
    this.#records.push({ kind: "case", source: this.#source(startLine, caseIdOf(value)), timeline: value });
    return undefined;
  }

  /** An element that is not valid JSON: rejected up to where the next element seems to begin, whose text is returned to read again. */
  #broken(text: string, startLine: number | undefined, reasonIfWhole: string | undefined): string | undefined {
    const next = nextElementStart(text, this.#layout);
    const problem: Rejection =
      next < 0 && reasonIfWhole !== undefined
        ? rejection("truncated-input", [], reasonIfWhole, { line: startLine })
        : rejection("invalid-json", [], invalidJsonReason((next < 0 ? text : text.slice(0, next)).trim()), { line: startLine });
    this.#reject(startLine, problem);
    if (next < 0) return undefined;
    // read on from there as from the start of an element
    this.#line = this.#partsLine + countNewlines(text, 0, next);
    this.#partsLine = this.#line;
    this.#depth = 0;
    this.#inString = false;
    this.#escaped = false;
    return text.slice(next);
  }

  /** The input ended inside the array: an unfinished element is rejected (reading on where a next one seems to begin). */
  #endInside(): void {
    for (;;) {
      const startLine = this.#elementLine;
      this.#elementLine = undefined;
      const overlong = this.#overlong && !this.#overlongBlank;
      this.#overlong = false;
      const text = this.#takeText();
      if (!overlong && isBlank(text)) {
        this.#reject(this.#line, rejection("truncated-input", [], 'truncated input: the array was not closed with "]"', { line: this.#line }));
        return;
      }
      const line = startLine ?? this.#line;
      if (overlong) {
        this.#reject(line, rejection("too-long", [], `too long to read: the element has more than ${this.#maxElementLength} characters`, { line }));
        return;
      }
      const tail = this.#broken(text, line, 'truncated input: the element was cut off before the array was closed with "]"');
      if (tail === undefined) return;
      for (let rest: string | undefined = tail; rest !== undefined; ) rest = this.#scan(rest);
      if (this.#state !== "inside") return;
    }
  }

  #learnLayout(text: string): void {
    const start = firstNonBlank(text);
    if (text.charCodeAt(start) !== OPEN_BRACE) return;
    const lineStart = text.lastIndexOf("\n", start) + 1;
    this.#layout = { firstKey: firstKeyOf(text, start + 1) ?? this.#layout.firstKey, indent: lineStart > 0 ? text.slice(lineStart, start) : undefined };
  }
}

/**
 * Where, in the text of a broken element, the next element seems to begin (-1: nowhere): the
 * first `{` after a comma whose first key is the layout's and, when elements begin lines, that
 * begins a line with the layout's indent.
 */
function nextElementStart(text: string, layout: ElementLayout): number {
  for (let at = text.indexOf("{", 1); at >= 0; at = text.indexOf("{", at + 1)) {
    let before = at - 1;
    while (before >= 0 && isWhitespace(text.charCodeAt(before))) before--;
    if (before < 0 || text.charCodeAt(before) !== COMMA) continue;
    if (layout.indent !== undefined) {
      const lineStart = text.lastIndexOf("\n", at - 1) + 1;
      if (lineStart <= before || text.slice(lineStart, at) !== layout.indent) continue;
    }
    if (firstKeyOf(text, at + 1) === layout.firstKey) return at;
  }
  return -1;
}

/** The first object key from `from` (after a `{`): the text between its quotes, if short and plain. */
function firstKeyOf(text: string, from: number): string | undefined {
  const start = firstNonBlank(text, from);
  if (text.charCodeAt(start) !== QUOTE) return undefined;
  const end = text.indexOf('"', start + 1);
  if (end < 0 || end - start > 100) return undefined;
  const key = text.slice(start + 1, end);
  return key.includes("\\") ? undefined : key;
}

function firstNonBlank(text: string, from = 0): number {
  let at = from;
  while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
  return at;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === NEWLINE) count++;
  return count;
}
