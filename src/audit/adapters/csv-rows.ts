import { CsvRowScanner, unquotedEnd } from "./csv-row-scanner.js";

/**
 * One CSV record (row) with the line it starts on. `problem` is set when the row is malformed
 * (an unterminated quoted field at the end of the input, or text after a closing quote). A row
 * longer than the splitter's limit ({@link CSV_MAX_ROW_LENGTH}) is not read: it has no fields,
 * `overlong` is true and `problem` says so (see {@link overlongCsvRow}).
 *
 * @example
 * ```ts
 * const row: CsvRow = { fields: ["C-1", "core-group", "2024-03-15"], line: 2 };
 * ```
 */
export interface CsvRow {
  readonly fields: readonly string[];
  readonly line: number;
  readonly problem?: string;
  readonly overlong?: true;
}

/**
 * The most characters (UTF-16 code units, as `String.length` counts them; the line ending not
 * included) that a CSV row may have; a longer one is rejected unread ({@link overlongCsvRow}),
 * so that a quote that is never closed, which makes the rest of the file one row, costs bounded
 * memory instead of failing the whole read (V8 cannot make a string of 2^29 characters). An
 * event row has 24 known columns, and every text value is capped at 10,000 characters by the
 * timeline schema, so even a row of doubled quotes in every column stays under 500,000
 * characters; 16 MiB leaves room for long lists (attendees, professionals) and for columns the
 * reader ignores (a 10 MB free-text field is still read, and rejected or ignored as before), while
 * the CLI's batch cutter holds at most three times as many bytes of one row (48 MiB).
 *
 * @example
 * ```ts
 * CSV_MAX_ROW_LENGTH; // 16777216
 * ```
 */
export const CSV_MAX_ROW_LENGTH = 16 * 1024 * 1024;

/**
 * The row that stands for a row too long to read: no fields, `overlong`, and a problem that names
 * its lines and the limit. The CLI's batch cutter makes the same row as the splitter does.
 *
 * @example
 * ```ts
 * overlongCsvRow(3, 9, 20).problem; // "too long to read: the row on lines 3-9 has more than 20 characters (is a quote left open?)"
 * ```
 */
export function overlongCsvRow(firstLine: number, lastLine: number, maxRowLength: number): CsvRow {
  const lines = firstLine === lastLine ? `line ${firstLine}` : `lines ${firstLine}-${lastLine}`;
  return { fields: [], line: firstLine, problem: `too long to read: the row on ${lines} has more than ${maxRowLength} characters (is a quote left open?)`, overlong: true };
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Characters of the pushed text given to the scanner at a time (see `CsvRowSplitter`). */
const SCAN_PIECE = 64 * 1024;

/**
 * A streaming RFC 4180 parser, fed chunk by chunk: comma-separated fields, fields in double
 * quotes may hold commas, line breaks and doubled quotes (`""`), rows end at CRLF, LF or CR. A
 * leading BOM is dropped. Rows whose fields are all empty (blank lines) are skipped. Rows are
 * found by {@link CsvRowScanner} (the one CSV row scanner, which the CLI's batch cutter uses
 * too), then their fields read: a plain row's (no quote) with one split, any other's character
 * by character. Memory holds one row. Chunks may split the text anywhere (inside a quote,
 * between CR and LF). Synchronous and pulled a row at a time: a reader takes each row of a
 * chunk without an `await`, and a row is garbage before the next is parsed. A row longer than
 * `maxRowLength` characters ({@link CSV_MAX_ROW_LENGTH}) comes out as {@link overlongCsvRow}
 * however the chunks cut it: its text is dropped as it is scanned, so memory holds at most about
 * a chunk more than the limit of it, while the quotes and line ends in it are still followed, so
 * that the rows after it are read as they would be.
 *
 * @example
 * ```ts
 * const rows = new CsvRowSplitter();
 * rows.push('a,"b,');
 * rows.next(); // undefined: the row goes on in the next chunk
 * rows.push('c"\r\n"d""e",f');
 * rows.next(); // { fields: ["a", "b,c"], line: 1 }
 * rows.next(); // undefined
 * rows.end(); // { fields: ['d"e', "f"], line: 2 }
 *
 * const middle = new CsvRowSplitter({ firstLine: 40, startOfInput: false });
 * middle.push("x,y\n");
 * middle.next(); // { fields: ["x", "y"], line: 40 }
 * ```
 */
export class CsvRowSplitter {
  readonly #rows = new CsvRowScanner();
  #line: number;
  #first: boolean;
  readonly #maxRowLength: number;
  /** The last character pushed: a line break ends the last line of a row that the input ends in. */
  #lastCode = -1;
  /** The text pushed that the scanner has not had yet: it gets {@link SCAN_PIECE} characters at a time. */
  #pending = "";

  /**
   * `firstLine`: the line number of the text's first line (default 1). `startOfInput`: whether
   * the text is the start of the input, whose leading BOM is dropped (default `true`); `false`
   * for text cut from the middle of an input, where a U+FEFF is content. `maxRowLength`: the
   * longest row read (default {@link CSV_MAX_ROW_LENGTH}; smaller in tests).
   */
  constructor(options: { readonly firstLine?: number; readonly startOfInput?: boolean; readonly maxRowLength?: number } = {}) {
    this.#line = options.firstLine ?? 1;
    this.#first = options.startOfInput ?? true;
    this.#maxRowLength = options.maxRowLength ?? CSV_MAX_ROW_LENGTH;
  }

  /** Gives the next chunk of text; call it when next() has returned undefined (or first). */
  push(chunk: string): void {
    let text = chunk;
    if (this.#first && text.length > 0) {
      this.#first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length > 0) this.#lastCode = text.charCodeAt(text.length - 1);
    this.#pending = this.#pending.length === 0 ? text : this.#pending + text;
    this.#feed();
  }

  /**
   * Gives the scanner the next piece of the pending text, after what it keeps of the unfinished
   * row; false when none is pending. Pieces, not a whole chunk: the scanner joins the row's start
   * to each, and a join of 128 KiB or more is freed only by a full collection.
   */
  #feed(): boolean {
    const pending = this.#pending;
    if (pending.length === 0) return false;
    this.#pending = pending.length > SCAN_PIECE ? pending.slice(SCAN_PIECE) : "";
    this.#rows.push(pending.length > SCAN_PIECE ? pending.slice(0, SCAN_PIECE) : pending, this.#rows.scanAt);
    return true;
  }

  /** The next row that the text pushed so far completes, or undefined when more text is needed. */
  next(): CsvRow | undefined {
    const rows = this.#rows;
    do {
      while (rows.next()) {
        const row = this.#row();
        if (row !== undefined) return row;
      }
      if (rows.unfinishedLength > this.#maxRowLength) rows.dropUnfinished(); // too long to read: its text is not needed
    } while (this.#feed());
    return undefined;
  }

  /**
   * The last row when the text did not end with a line ending (else undefined). Call it once,
   * after next() has returned undefined for the last chunk. A last row too long to read is
   * {@link overlongCsvRow}, even when it ends inside quotes.
   *
   * @example
   * ```ts
   * const rows = new CsvRowSplitter();
   * rows.push("a,b");
   * rows.next(); // undefined
   * rows.end(); // { fields: ["a", "b"], line: 1 }
   * ```
   */
  end(): CsvRow | undefined {
    this.#rows.endInput();
    return this.next();
  }

  /** The row the scanner found last, read (undefined: blank). */
  #row(): CsvRow | undefined {
    const rows = this.#rows;
    const line = this.#line;
    const ended = rows.end > rows.textEnd; // by a line ending (else the input ended)
    this.#line += rows.breaks + (ended ? 1 : 0);
    if (rows.dropped + rows.textEnd - rows.start > this.#maxRowLength) {
      const lastLine = ended || (this.#lastCode !== LF && this.#lastCode !== CR) ? line + rows.breaks : line + rows.breaks - 1;
      return overlongCsvRow(line, lastLine, this.#maxRowLength);
    }
    if (rows.plain) return completeRow(rows.text.slice(rows.start, rows.textEnd).split(","), line, undefined);
    return fieldsRow(rows.text, rows.start, rows.textEnd, line, rows.inQuotes && !rows.quotePending);
  }
}

/**
 * The row of `text[start, end)` (a whole row, without its line ending) read field by field;
 * `unterminated`: the input ended inside a quoted field of it.
 */
function fieldsRow(text: string, start: number, end: number, firstLine: number, unterminated: boolean): CsvRow | undefined {
  const fields: string[] = [];
  let field = "";
  let segmentStart = -1; // start of unflushed field content in text, or -1
  let inQuotes = false;
  let quotePending = false; // saw a quote inside a quoted field; the next character decides
  let afterQuote = false; // the current field's closing quote has been seen
  let problem: string | undefined;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (inQuotes) {
      if (quotePending) {
        quotePending = false;
        if (code === QUOTE) {
          field += '"';
          segmentStart = index + 1;
          continue;
        }
        inQuotes = false;
        afterQuote = true;
        // fall through: handle this character outside quotes
      } else {
        // Only a quote ends quoted content: jump to it (none: the row ends inside quotes).
        const quote = text.indexOf('"', index);
        if (quote < 0 || quote >= end) break;
        if (segmentStart >= 0) field += text.slice(segmentStart, quote);
        segmentStart = -1;
        quotePending = true;
        index = quote;
        continue;
      }
    }
    if (code === COMMA) {
      if (segmentStart >= 0) field += text.slice(segmentStart, index);
      segmentStart = -1;
      fields.push(field);
      field = "";
      afterQuote = false;
      continue;
    }
    if (code === QUOTE && !afterQuote && segmentStart < 0 && field.length === 0) {
      inQuotes = true;
      segmentStart = index + 1;
      continue;
    }
    if (afterQuote && problem === undefined) {
      problem = `text after a closing quote on line ${firstLine + lineBreaks(text, start, index)} (a quote inside a quoted field must be doubled: "")`;
    }
    if (segmentStart < 0) segmentStart = index;
    index = unquotedEnd(text, index, end) - 1; // unquoted content (a quote in it is content) runs to the next comma
  }
  if (segmentStart >= 0) field += text.slice(segmentStart, end);
  fields.push(field);
  if (unterminated) problem ??= `unterminated quoted field: the input ended inside quotes opened in the row starting on line ${firstLine}`;
  return completeRow(fields, firstLine, problem);
}

/** The line breaks in `text[from, to)`: each CR, and each LF not right after a CR (CRLF is one). */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === CR || (code === LF && (index === from || text.charCodeAt(index - 1) !== CR))) count++;
  }
  return count;
}

/** The row of complete fields, or undefined for a blank one (all fields empty, no problem). */
function completeRow(fields: string[], line: number, problem: string | undefined): CsvRow | undefined {
  if (problem !== undefined) return { fields, line, problem };
  for (const value of fields) if (value.length > 0) return { fields, line };
  return undefined;
}
