import { jsonLineCaseId } from "./json-lines.js";

const QUOTE = 0x22;
/** The bytes of `"id"`. */
const ID_KEY = [QUOTE, 0x69, 0x64, QUOTE];
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

function skipBlanks(bytes: Uint8Array, at: number, end: number): number {
  let index = at;
  while (index < end && (bytes[index] === 32 || bytes[index] === 9 || bytes[index] === 13 || bytes[index] === 10)) index++;
  return index;
}

/**
 * The case id of one JSON Lines line read from its UTF-8 bytes (`start` to before `end`), as
 * `jsonLineCaseId` reads it from the line's text, so that the main thread can find case ids read
 * twice before worker threads audit the lines. A line that begins `{"id":"` with an id without
 * escapes is read without decoding or parsing the line; any other line is decoded and parsed. A
 * line too long to read (more than `maxLineLength` characters) has none.
 *
 * @example
 * ```ts
 * caseIdOfLineBytes(new TextEncoder().encode('{"id":"C-1","events":[]}'), 0, 24, 1000); // "C-1"
 * ```
 */
export function caseIdOfLineBytes(bytes: Uint8Array, start: number, end: number, maxLineLength: number): string | undefined {
  const leading = end - start <= maxLineLength ? leadingCaseIdBytes(bytes, start, end) : null;
  if (leading !== null) return leading;
  let text = utf8.decode(bytes.subarray(start, end));
  if (text.endsWith("\r")) text = text.slice(0, -1);
  return text.length > maxLineLength ? undefined : jsonLineCaseId(text);
}

/** The id the line begins with, as `leadingCaseId` reads it from text; null when it does not begin so (or with an empty id). */
function leadingCaseIdBytes(bytes: Uint8Array, start: number, end: number): string | null {
  let at = skipBlanks(bytes, start, end);
  if (bytes[at] !== 0x7b /* { */) return null;
  at = skipBlanks(bytes, at + 1, end);
  if (at + ID_KEY.length > end || ID_KEY.some((byte, index) => bytes[at + index] !== byte)) return null;
  at = skipBlanks(bytes, at + ID_KEY.length, end);
  if (bytes[at] !== 0x3a /* : */) return null;
  at = skipBlanks(bytes, at + 1, end);
  if (bytes[at] !== QUOTE) return null;
  for (let close = at + 1; close < end; close++) {
    const byte = bytes[close]!;
    if (byte === 0x5c /* \ */ || byte < 32) return null;
    if (byte === QUOTE) return close === at + 1 ? null : utf8.decode(bytes.subarray(at + 1, Math.min(close, at + 1 + 800))).slice(0, 200);
  }
  return null;
}
