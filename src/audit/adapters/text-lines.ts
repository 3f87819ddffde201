import type { TextChunks } from "../input-record.js";

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
 * The lines of chunked text: a leading byte-order mark is dropped, lines end at LF, a CR before
 * the LF is dropped (CRLF), and a last line without a line ending is still yielded. A line split
 * over many chunks is joined once, so a 10 MB line costs O(length).
 *
 * @example
 * ```ts
 * for await (const { text, line } of textLines(["a\r\nb", "c\n"])) console.log(line, text); // 1 "a", 2 "bc"
 * ```
 */
export async function* textLines(chunks: TextChunks): AsyncGenerator<TextLine> {
  let parts: string[] = [];
  let line = 1;
  let first = true;
  for await (let chunk of chunks as AsyncIterable<string>) {
    if (first && chunk.length > 0) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf("\n", start);
      if (newline < 0) break;
      parts.push(chunk.slice(start, newline));
      const text = parts.length === 1 ? (parts[0] as string) : parts.join("");
      parts = [];
      yield { text: text.endsWith("\r") ? text.slice(0, -1) : text, line };
      line++;
      start = newline + 1;
    }
    if (start < chunk.length) parts.push(chunk.slice(start));
  }
  if (parts.length > 0) {
    const text = parts.join("");
    yield { text: text.endsWith("\r") ? text.slice(0, -1) : text, line };
  }
}

/**
 * Whether a string is empty or only spaces, tabs, CR or LF.
 *
 * @example
 * ```ts
 * isBlank(" \t"); // true
 * ```
 */
export function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
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
