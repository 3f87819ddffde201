import { CaseIdsRead, type CaseIdLedger } from "../case-ids-read.js";
import { caseIdOfLineBytes } from "./json-line-case-id.js";
import type { JsonLinesPart } from "./json-lines.js";
import { TEXT_MAX_LINE_LENGTH } from "./text-lines.js";

/**
 * Part of a JSON Lines file cut by {@link JsonLinesCutter}: consecutive whole lines, as their
 * bytes (UTF-8; line endings and blank lines included, so that line numbers hold) in an array of
 * their own, and where they start (see {@link JsonLinesPart}); or, marked `overlong`, a line too
 * long to read, without its bytes.
 *
 * @example
 * ```ts
 * const cut: JsonLinesCut = { firstLine: 1, firstRecordNumber: 1, bytes: new TextEncoder().encode('{"id":"a","events":[]}\n') };
 * ```
 */
export interface JsonLinesCut extends JsonLinesPart {
  readonly bytes: Uint8Array;
  /** The records whose case id was read before: record number, and where it was read. */
  readonly repeats?: readonly (readonly [number, string])[];
}

const LF = 0x0a;
const NO_BYTES = new Uint8Array(0);

/** Whether bytes `start` to before `end` are only spaces, tabs, CR or LF (as `isBlank` for text). */
function blankBytes(bytes: Uint8Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const byte = bytes[index];
    if (byte !== 32 && byte !== 9 && byte !== 13 && byte !== 10) return false;
  }
  return true;
}

/** Whether `bytes` begin with a UTF-8 byte-order mark. */
function startsWithByteOrderMark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The arrays of `parts` joined into a new one. */
function joined(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/**
 * Cuts a JSON Lines file, fed as bytes chunk by chunk, into parts of whole lines of about
 * `partBytes` each, in order, so that worker threads can read them apart (`readJsonLinesPart`)
 * and the records come out exactly as `readJsonLines` gives them for the whole file. It handles
 * bytes only, so that it makes almost no garbage: it finds line ends (an LF byte is never part of
 * a longer UTF-8 sequence) and counts records (blank lines are not). A part of blank lines only is
 * not given. A leading UTF-8 byte-order mark is dropped. A line of more than three times
 * `maxLineLength` bytes (default {@link TEXT_MAX_LINE_LENGTH}) has more than that many
 * characters (no UTF-8 sequence decodes to fewer than a third as many UTF-16 code units), so it
 * is too long to read: its bytes are dropped as they are fed, and, unless it is blank, it is a
 * part of its own marked `overlong`, without bytes. A shorter line goes into a part whole, and
 * its reader tells exactly whether it is too long. Each line's case id is read
 * (`caseIdOfLineBytes`) and noted in `caseIds` (one for all the files of an audit), so that a
 * part lists the records whose case id was read before (`repeats`), to be rejected as one
 * reader of all the files rejects them.
 *
 * @example
 * ```ts
 * const cutter = new JsonLinesCutter("cases.jsonl", 128 * 1024);
 * const parts = [...cutter.push(new TextEncoder().encode('{"id":"a","events":[]}\n')), ...cutter.end()];
 * parts[0]?.firstLine; // 1
 * ```
 */
export class JsonLinesCutter {
  readonly #file: string;
  readonly #partBytes: number;
  readonly #caseIds: CaseIdLedger;
  readonly #maxLineLength: number;
  /** The line number of the next line not yet in a part. */
  #line = 1;
  #recordNumber = 1;
  /** Bytes fed and not yet in a part. */
  #pending: Uint8Array = NO_BYTES;
  #atStartOfInput = true;
  /**
   * A line longer than a part that has not ended yet: its chunks, joined once it ends. Joining
   * them chunk by chunk instead would copy the line again for each chunk and look for its end
   * from the start each time.
   */
  #longLine: Uint8Array[] = [];
  #longLineBytes = 0;
  /** A line too long to read, not ended yet: whether it is blank so far (undefined: there is none). */
  #overlongBlank: boolean | undefined;

  /** `file` names the file in the places of `caseIds`. */
  constructor(file: string, partBytes: number, caseIds: CaseIdLedger = new CaseIdsRead(), maxLineLength = TEXT_MAX_LINE_LENGTH) {
    this.#file = file;
    this.#partBytes = partBytes;
    this.#caseIds = caseIds;
    this.#maxLineLength = maxLineLength;
  }

  /** Takes the next chunk of the file (kept, not copied, until its lines are cut); returns the parts it completes. */
  push(chunk: Uint8Array): JsonLinesCut[] {
    const parts: JsonLinesCut[] = [];
    let read = chunk;
    if (this.#overlongBlank !== undefined) {
      const newline = chunk.indexOf(LF);
      this.#overlongBlank &&= blankBytes(chunk, 0, newline < 0 ? chunk.length : newline);
      if (newline < 0) return parts;
      this.#endOverlongLine(parts);
      read = chunk.subarray(newline + 1);
    }
    if (this.#longLine.length > 0) {
      this.#longLine.push(read);
      this.#longLineBytes += read.length;
      if (read.indexOf(LF) < 0) {
        if (this.#longLineBytes > 3 * this.#maxLineLength) {
          this.#overlongBlank = this.#longLine.every((bytes) => blankBytes(bytes, 0, bytes.length));
          this.#longLine = [];
        }
        return parts;
      }
      this.#pending = joined(this.#longLine);
      this.#longLine = [];
    } else {
      this.#pending = this.#pending.length === 0 ? read : joined([this.#pending, read]);
    }
    if (this.#atStartOfInput && this.#pending.length >= 3) {
      this.#atStartOfInput = false;
      if (startsWithByteOrderMark(this.#pending)) this.#pending = this.#pending.subarray(3);
    }
    while (this.#pending.length >= this.#partBytes) {
      const pending = this.#pending;
      const cut = pending.lastIndexOf(LF, this.#partBytes);
      const end = cut >= 0 ? cut : pending.indexOf(LF, this.#partBytes);
      if (end < 0) {
        this.#longLine = [pending]; // one line longer than a part, not ended yet
        this.#longLineBytes = pending.length;
        this.#pending = NO_BYTES;
        break;
      }
      this.#pending = pending.subarray(end + 1);
      this.#cut(pending.subarray(0, end + 1), parts);
    }
    return parts;
  }

  /** After the last chunk: the last parts, if the file has lines left. */
  end(): JsonLinesCut[] {
    const parts: JsonLinesCut[] = [];
    if (this.#overlongBlank !== undefined) this.#endOverlongLine(parts);
    if (this.#longLine.length > 0) this.#pending = joined(this.#longLine);
    this.#longLine = [];
    if (this.#atStartOfInput && startsWithByteOrderMark(this.#pending)) this.#pending = this.#pending.subarray(3);
    this.#atStartOfInput = false;
    if (this.#pending.length > 0) this.#cut(this.#pending, parts);
    this.#pending = NO_BYTES;
    return parts;
  }

  /** Adds to `parts` the part of whole lines `bytes` (copied), unless they are all blank, reading each line's case id. */
  #cut(bytes: Uint8Array, parts: JsonLinesCut[]): void {
    const firstLine = this.#line;
    const firstRecordNumber = this.#recordNumber;
    const repeats: [number, string][] = [];
    for (let start = 0; start < bytes.length; ) {
      const newline = bytes.indexOf(LF, start);
      const end = newline < 0 ? bytes.length : newline;
      if (!blankBytes(bytes, start, end)) {
        const caseId = caseIdOfLineBytes(bytes, start, end, this.#maxLineLength);
        const source = { format: "jsonl", file: this.#file, recordNumber: this.#recordNumber, line: this.#line, ...(caseId === undefined ? {} : { caseId }) } as const;
        const earlier = this.#caseIds.earlierRead(source);
        if (earlier !== undefined) repeats.push([this.#recordNumber, earlier]);
        this.#recordNumber++;
      }
      this.#line++;
      start = end + 1;
    }
    if (this.#recordNumber === firstRecordNumber) return;
    parts.push({ firstLine, firstRecordNumber, bytes: new Uint8Array(bytes), ...(repeats.length === 0 ? {} : { repeats }) });
  }

  /** Adds to `parts` the line too long to read, now ended (nothing when it is blank); the next line follows it. */
  #endOverlongLine(parts: JsonLinesCut[]): void {
    const blank = this.#overlongBlank;
    this.#overlongBlank = undefined;
    this.#line++;
    if (blank === true) return;
    parts.push({ firstLine: this.#line - 1, firstRecordNumber: this.#recordNumber++, bytes: new Uint8Array(0), overlong: true });
  }
}
