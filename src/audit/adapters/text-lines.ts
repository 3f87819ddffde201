/**
 * One line of a text input, without its line ending, with its 1-based line number.
 *
 * @example
 * ```ts
 * const line: TextLine = { text: '{"id":"a","events":[]}', line: 1 };
 * ```
 */
export interface TextLine {
  readonly text: string;
  readonly line: number;
}

/**
 * Splits chunked text into lines, chunk by chunk: a leading byte-order mark is dropped, lines end
 * at LF, a CR before the LF is dropped (CRLF), and `end()` gives a last line without a line
 * ending. A line split over many chunks is joined once, so a 10 MB line costs O(length).
 * Synchronous, so that a reader can take a whole chunk's lines without an `await` per line.
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
  #line: number;
  #first: boolean;

  /**
   * `firstLine` numbers the first line (default 1); `dropBom` (default true) drops a byte-order
   * mark at the very start, as at the start of a file (not for text from the middle of one).
   */
  constructor(firstLine = 1, dropBom = true) {
    this.#line = firstLine;
    this.#first = dropBom;
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
      this.#parts.push(text.slice(start, newline));
      lines.push(this.#take());
      start = newline + 1;
    }
    if (start < text.length) this.#parts.push(text.slice(start));
    return lines;
  }

  /** The last line when the text did not end with a line ending (else nothing). */
  end(): TextLine[] {
    return this.#parts.length > 0 ? [this.#take()] : [];
  }

  #take(): TextLine {
    const parts = this.#parts;
    const text = parts.length === 1 ? (parts[0] as string) : parts.join("");
    this.#parts = [];
    return { text: text.endsWith("\r") ? text.slice(0, -1) : text, line: this.#line++ };
  }
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
