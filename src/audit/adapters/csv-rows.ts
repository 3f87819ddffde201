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

/**
 * A streaming RFC 4180 parser, fed chunk by chunk: comma-separated fields, fields in double
 * quotes may hold commas, line breaks and doubled quotes (`""`), rows end at CRLF, LF or CR. A
 * leading BOM is dropped. Rows whose fields are all empty (blank lines) are skipped. It is a
 * single pass over the characters with no regular expressions; memory holds one row. Chunks may
 * split the text anywhere (inside a quote, between CR and LF). Synchronous and pulled a row at a
 * time: a reader takes each row of a chunk without an `await`, and a row is garbage before the
 * next is parsed (a chunk's rows held at once would outlive the young generation). A row longer
 * than `maxRowLength` characters ({@link CSV_MAX_ROW_LENGTH}) comes out as {@link overlongCsvRow}
 * however the chunks cut it: its text is dropped at each chunk's end, so memory holds at most
 * one chunk of it, while the quotes and line ends in it are still followed, so that the rows
 * after it are read as they would be.
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
  #text = "";
  #index = 0; // where next() goes on in #text
  // The parse state between calls of #scanRow, which works on local copies (cheaper in its loop).
  #fields: string[] = [];
  #field = ""; // the current field's content read so far
  #fieldRunsOn = false; // the current field's content goes on at #index
  #inQuotes = false;
  #quotePending = false; // saw a quote inside a quoted field; the next character decides
  #afterQuote = false; // the current field's closing quote has been seen
  #pendingCR = false;
  #line: number;
  #rowLine: number;
  #rowStarted = false;
  #problem: string | undefined = undefined;
  #first: boolean;
  // Where the next LF, CR and quote at or after #index lie in #text (text.length: none), or -1
  // before the first look: found with indexOf and kept while ahead, so each is searched in one pass.
  #nextLF = -1;
  #nextCR = -1;
  #nextQuote = -1;
  readonly #maxRowLength: number;
  /** The characters of the open row before #rowStartAt in #text (in this chunk and those before it). */
  #rowCharsBefore = 0;
  #rowStartAt = 0;
  /** The open row is longer than #maxRowLength: its text is not kept. */
  #overlong = false;
  /** The last character pushed: a line break ends the last line of a row that the input ends in. */
  #lastCode = -1;

  /**
   * `firstLine`: the line number of the text's first line (default 1). `startOfInput`: whether
   * the text is the start of the input, whose leading BOM is dropped (default `true`); `false`
   * for text cut from the middle of an input, where a U+FEFF is content. `maxRowLength`: the
   * longest row read (default {@link CSV_MAX_ROW_LENGTH}; smaller in tests).
   */
  constructor(options: { readonly firstLine?: number; readonly startOfInput?: boolean; readonly maxRowLength?: number } = {}) {
    this.#line = this.#rowLine = options.firstLine ?? 1;
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
    this.#text = text;
    this.#rowStartAt = 0;
    if (text.length > 0) this.#lastCode = text.charCodeAt(text.length - 1);
    this.#index = 0;
    this.#nextLF = -1;
    this.#nextCR = -1;
    this.#nextQuote = -1;
  }

  /** The next row that the text pushed so far completes, or undefined when more text is needed. */
  next(): CsvRow | undefined {
    if (!this.#rowStarted && !this.#pendingCR) {
      const row = this.#plainRow();
      if (row !== undefined) return row;
    }
    return this.#scanRow();
  }

  /**
   * The fast path, for the common row: when the next row lies whole in this chunk, ends at LF or
   * CRLF and holds no quote and no other CR, its fields are the text between commas, taken with
   * one split (no JavaScript work per character). Skips blank plain rows; undefined when the next
   * row is not plain (or the text is used up): then #scanRow reads it.
   */
  #plainRow(): CsvRow | undefined {
    const text = this.#text;
    const length = text.length;
    for (let index = this.#index; index < length; ) {
      const lf = (this.#nextLF = nextAt(text, "\n", index, this.#nextLF));
      if (lf === length) return undefined;
      const end = lf > index && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
      if ((this.#nextQuote = nextAt(text, '"', index, this.#nextQuote)) < end) return undefined;
      if ((this.#nextCR = nextAt(text, "\r", index, this.#nextCR)) < end) return undefined;
      if (end - index > this.#maxRowLength) return undefined;
      // One split per row: a single builtin call, cheaper than a call or a loop step per comma.
      const fields = text.slice(index, end).split(",");
      const row = completeRow(fields, this.#line, undefined);
      this.#line++;
      this.#index = index = lf + 1;
      if (row !== undefined) return row;
    }
    return undefined;
  }

  /** The general path: reads character by character until a row ends (or the text is used up). */
  #scanRow(): CsvRow | undefined {
    const text = this.#text;
    const length = text.length;
    let fields = this.#fields;
    let field = this.#field;
    let segmentStart = this.#fieldRunsOn ? this.#index : -1; // start of unflushed field content in text, or -1
    let inQuotes = this.#inQuotes;
    let quotePending = this.#quotePending;
    let afterQuote = this.#afterQuote;
    let pendingCR = this.#pendingCR;
    let line = this.#line;
    let rowLine = this.#rowLine;
    let rowStarted = this.#rowStarted;
    let problem = this.#problem;
    let row: CsvRow | undefined;
    let index = this.#index;
    // The open row's length is rowCharsBefore + (index - rowStart).
    let rowCharsBefore = rowStarted ? this.#rowCharsBefore : 0;
    let rowStart = this.#rowStartAt;
    let overlong = this.#overlong;

    for (; index < length; index++) {
      let code = text.charCodeAt(index);
      if (pendingCR) {
        pendingCR = false;
        // CRLF: the line was counted at the CR; outside quotes the row already ended, inside
        // quotes the LF stays in the field's content (it lies inside the unflushed segment).
        if (code === LF) continue;
      }
      if (!rowStarted) {
        rowStarted = true;
        rowLine = line;
        rowStart = index;
        rowCharsBefore = 0;
      }
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
          if (code === QUOTE) {
            if (segmentStart >= 0) field += text.slice(segmentStart, index);
            segmentStart = -1;
            quotePending = true;
          } else if (code === LF) {
            line++;
          } else if (code === CR) {
            line++;
            pendingCR = true;
          }
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
      if (code === LF || code === CR) {
        if (segmentStart >= 0) field += text.slice(segmentStart, index);
        segmentStart = -1;
        const rowLength = rowCharsBefore + index - rowStart;
        line++;
        if (code === CR) {
          // Take the LF of a CRLF here when it is at hand, so that the next row can be plain.
          if (index + 1 < length && text.charCodeAt(index + 1) === LF) index++;
          else pendingCR = true;
        }
        fields.push(field);
        row = overlong || rowLength > this.#maxRowLength ? overlongCsvRow(rowLine, line - 1, this.#maxRowLength) : completeRow(fields, rowLine, problem);
        fields = [];
        field = "";
        afterQuote = false;
        problem = undefined;
        rowStarted = false;
        overlong = false;
        if (row !== undefined) {
          index++;
          break;
        }
        continue;
      }
      if (code === QUOTE && !afterQuote && segmentStart < 0 && field.length === 0) {
        inQuotes = true;
        segmentStart = index + 1;
        continue;
      }
      if (afterQuote && problem === undefined) {
        problem = `text after a closing quote on line ${line} (a quote inside a quoted field must be doubled: "")`;
      }
      if (segmentStart < 0) segmentStart = index;
      // Unquoted content (a quote inside it is plain text) runs to the next delimiter: skip it in
      // a tight loop.
      while (index + 1 < length) {
        code = text.charCodeAt(index + 1);
        if (code === COMMA || code === LF || code === CR) break;
        index++;
      }
    }
    if (row === undefined && segmentStart >= 0) {
      field += text.slice(segmentStart);
      segmentStart = index;
    }
    if (row === undefined && rowStarted) {
      rowCharsBefore += length - rowStart;
      rowStart = length;
      if (rowCharsBefore > this.#maxRowLength) {
        // Too long to read: drop its text (the scan's state, kept, is all the rest of it needs).
        overlong = true;
        fields = [];
        field = "";
      }
    }
    this.#index = index;
    this.#fields = fields;
    this.#field = field;
    this.#fieldRunsOn = segmentStart >= 0;
    this.#inQuotes = inQuotes;
    this.#quotePending = quotePending;
    this.#afterQuote = afterQuote;
    this.#pendingCR = pendingCR;
    this.#line = line;
    this.#rowLine = rowLine;
    this.#rowStarted = rowStarted;
    this.#problem = problem;
    this.#rowCharsBefore = rowCharsBefore;
    this.#rowStartAt = rowStart;
    this.#overlong = overlong;
    return row;
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
    if (!this.#rowStarted) return undefined;
    if (this.#overlong) return overlongCsvRow(this.#rowLine, this.#lastCode === LF || this.#lastCode === CR ? this.#line - 1 : this.#line, this.#maxRowLength);
    let problem = this.#problem;
    if (this.#inQuotes && !this.#quotePending) {
      problem ??= `unterminated quoted field: the input ended inside quotes opened in the row starting on line ${this.#rowLine}`;
    }
    return completeRow([...this.#fields, this.#field], this.#rowLine, problem);
  }
}

/** The first index of `char` in `text` at or after `from` (text.length: none), reusing `known` when it still lies ahead. */
function nextAt(text: string, char: string, from: number, known: number): number {
  if (known >= from) return known;
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

/** The row of complete fields, or undefined for a blank one (all fields empty, no problem). */
function completeRow(fields: string[], line: number, problem: string | undefined): CsvRow | undefined {
  if (problem !== undefined) return { fields, line, problem };
  for (const value of fields) if (value.length > 0) return { fields, line };
  return undefined;
}
