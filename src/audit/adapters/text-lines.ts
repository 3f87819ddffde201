/**
 * One line of a text input, without its line ending, with its 1-based line number. A line longer
 * than the splitter's limit ({@link TEXT_MAX_LINE_LENGTH}) is not read: its `text` is empty and
 * `overlong` is true, unless it is blank (only spaces, tabs and CR), when it is just empty.
 *
 * @example
 * ```ts
 * const line: TextLine = { text: '{"id":"a","events":[]}', line: 1 };
 * ```
 */
export interface TextLine {
  readonly text: string;
  readonly line: number;
  readonly overlong?: true;
}

/**
 * The most characters (UTF-16 code units, as `String.length` counts them; the line ending not
 * included) that a line of JSON Lines may have; a longer one is not read, so that it costs
 * bounded memory instead of failing the whole read (V8 cannot make a string of 2^29 characters).
 * A case of 100,000 events is a line of about 8 MB; 128 MiB leaves ample room, and a line of
 * three times as many bytes (which the CLI hands a worker whole, to count) still decodes to a
 * string.
 *
 * @example
 * ```ts
 * TEXT_MAX_LINE_LENGTH; // 134217728
 * ```
 */
export const TEXT_MAX_LINE_LENGTH = 128 * 1024 * 1024;

/**
 * Splits chunked text into lines, chunk by chunk: a leading byte-order mark is dropped, lines end
 * at LF, a CR before the LF is dropped (CRLF), and `end()` gives a last line without a line
 * ending. A line split over many chunks is joined once, so a 10 MB line costs O(length). A line
 * longer than `maxLineLength` characters is not kept: it comes out `overlong` with no text, or,
 * when blank, as an empty line, however the chunks cut it. Synchronous, so that a reader can take
 * a whole chunk's lines without an `await` per line.
 *
 * @example
 * ```ts
 * const lines = new TextLineSplitter();
 * lines.push("a\r\nb"); // [{ text: "a", line: 1 }]
 * lines.push("c\n"); // [{ text: "bc", line: 2 }]
 * lines.end(); // []
 * ```
 */
export class TextLineSplitter {
  #parts: string[] = [];
  /** The characters in #parts (or, for a line too long to keep, that it has had). */
  #length = 0;
  /** The open line is longer than #maxLineLength: its text is dropped, only whether it is blank kept. */
  #overlong = false;
  #blank = true;
  #line: number;
  #first: boolean;
  readonly #maxLineLength: number;

  /**
   * `firstLine` numbers the first line (default 1); `dropBom` (default true) drops a byte-order
   * mark at the very start, as at the start of a file (not for text from the middle of one);
   * `maxLineLength`: the longest line read (default {@link TEXT_MAX_LINE_LENGTH}; smaller in tests).
   */
  constructor(firstLine = 1, dropBom = true, maxLineLength = TEXT_MAX_LINE_LENGTH) {
    this.#line = firstLine;
    this.#first = dropBom;
    this.#maxLineLength = maxLineLength;
  }

  /** The lines that `chunk` completes, in order. */
  push(chunk: string): TextLine[] {
    let text = chunk;
    if (this.#first && text.length > 0) {
      this.#first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const lines: TextLine[] = [];
    let start = 0;
    for (;;) {
      const newline = text.indexOf("\n", start);
      if (newline < 0) break;
      this.#add(text, start, newline);
      lines.push(this.#take());
      start = newline + 1;
    }
    if (start < text.length) this.#add(text, start, text.length);
    return lines;
  }

  /** The last line when the text did not end with a line ending (else nothing). */
  end(): TextLine[] {
    return this.#length > 0 ? [this.#take()] : [];
  }

  /** Adds `text` from `start` to before `end` to the open line, or, once it is too long to keep, notes only whether it is blank. */
  #add(text: string, start: number, end: number): void {
    this.#length += end - start;
    if (!this.#overlong && this.#length <= this.#maxLineLength + 1) {
      this.#parts.push(text.slice(start, end)); // (+ 1: a CR that a LF may follow is not the line's)
      return;
    }
    if (!this.#overlong) {
      this.#overlong = true;
      this.#blank = this.#parts.every((part) => isBlank(part));
      this.#parts = [];
    }
    this.#blank &&= isBlank(text, start, end);
  }

  #take(): TextLine {
    const line = this.#line++;
    const parts = this.#parts;
    this.#parts = [];
    this.#length = 0;
    if (this.#overlong) {
      this.#overlong = false;
      const blank = this.#blank;
      this.#blank = true;
      return overlongLine(line, blank);
    }
    const text = parts.length === 1 ? (parts[0] as string) : parts.join("");
    const withoutCR = text.endsWith("\r") ? text.slice(0, -1) : text;
    return withoutCR.length > this.#maxLineLength ? overlongLine(line, isBlank(withoutCR)) : { text: withoutCR, line };
  }
}

/** The line that stands for a line too long to keep: empty when it is blank (then it is skipped as blank), else marked. */
function overlongLine(line: number, blank: boolean): TextLine {
  return blank ? { text: "", line } : { text: "", line, overlong: true };
}

/**
 * Whether a string (or its part from `start` to before `end`) is empty or only spaces, tabs, CR or LF.
 *
 * @example
 * ```ts
 * isBlank(" \t"); // true
 * isBlank("{}\n \n", 3, 4); // true
 * ```
 */
export function isBlank(text: string, start = 0, end = text.length): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 13 && code !== 10) return false;
  }
  return true;
}

/**
 * The `id` of a parsed case when it is a non-empty string (for labelling records), else undefined.
 *
 * @example
 * ```ts
 * caseIdOf({ id: "C-1", events: [] }); // "C-1"
 * ```
 */
export function caseIdOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const id: unknown = Object.hasOwn(value, "id") ? (value as { id?: unknown }).id : undefined;
  return typeof id === "string" && id.length > 0 ? id.slice(0, 200) : undefined;
}

/**
 * A short form of a value for messages: at most `max` characters, JSON-quoted.
 *
 * @example
 * ```ts
 * quoteShort("31/02/2024"); // "\"31/02/2024\""
 * ```
 */
export function quoteShort(value: string, max = 40): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}...` : value);
}
