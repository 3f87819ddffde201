const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Finds where the rows of CSV text end (RFC 4180: fields in double quotes may hold commas, line
 * breaks and doubled quotes; rows end at CRLF, LF or CR outside quotes), without reading their
 * fields: the one scanner of CSV rows, shared by the reader of a CSV event log (which reads the
 * fields of each row it finds, in UTF-16 text) and the CLI's batch cutter (which finds rows and
 * their case ids in the bytes of a file, as a latin1 string: one character per byte, so that
 * where a row ends in the text is where it ends in the bytes; every character that ends a row or
 * a field is ASCII, never part of a longer UTF-8 sequence).
 *
 * Text is pushed chunk by chunk; the caller says how much of the text before it to keep (the
 * row found last, and what it needs of the rows before). `next()` finds the next complete row:
 * a row that ends in a line break, or, after `end()`, the last row of the input. A row ending
 * at a CR is complete only once the next character is known (an LF of a CRLF belongs to it). A
 * plain row (no quote, no CR but that of its CRLF) is found with `indexOf`; any other character
 * by character, resuming where it stopped when a row runs past the text pushed so far. A quote
 * opens a quoted field only at the start of a field; after a closing quote, quotes are content.
 * The text of an unfinished row that is too long to keep can be dropped ({@link dropUnfinished})
 * while its scan goes on, so that the rows after it are found as they would be.
 *
 * @example
 * ```ts
 * const rows = new CsvRowScanner();
 * rows.push('a,"b\nc"\r\nd', 0);
 * rows.next(); // true: rows.start 0, rows.textEnd 7, rows.end 9, rows.breaks 1 (inside quotes), rows.plain false
 * rows.next(); // false: "d" may go on
 * rows.end();
 * rows.next(); // true: the last row, "d"
 * ```
 */
export class CsvRowScanner {
  /** The text scanned: what was kept of the text before, then the chunks pushed since. */
  text = "";
  // The row found last: its text is text[start, textEnd), its line ending text[textEnd, end);
  // `breaks` line breaks inside it (in quotes: CRLF counts one), its line ending not counted;
  // `plain`: no quote, no CR but that of its CRLF; `inQuotes`: the input ended inside quotes
  // (only a last row); `dropped`: characters of it dropped before `start` (see dropUnfinished).
  start = 0;
  textEnd = 0;
  end = 0;
  breaks = 0;
  plain = false;
  inQuotes = false;
  quotePending = false;
  dropped = 0;
  #scan = 0; // where the next row starts
  #ended = false;
  // Where the next LF, quote and CR at or after #scan lie (text.length: none), or -1 before the
  // first look: found with indexOf and kept while ahead, so each is searched for in one pass.
  #nextLF = -1;
  #nextQuote = -1;
  #nextCR = -1;
  // The scan of the unfinished row at #scan, where it stopped (-1: none) and its state there.
  #resumeAt = -1;
  #resumeBreaks = 0;
  #resumeInQuotes = false;
  #resumeQuotePending = false;
  #resumeFieldStart = true;
  #resumeAfterCR = false;
  #droppedSoFar = 0;

  /** Where the next row starts in {@link text} (the unfinished row, when next() returned false). */
  get scanAt(): number {
    return this.#scan;
  }

  /** Characters of the unfinished row at {@link scanAt} scanned so far (dropped ones included). */
  get unfinishedLength(): number {
    return this.#droppedSoFar + Math.max(this.#resumeAt, this.#scan) - this.#scan;
  }

  /**
   * Adds `chunk` to the text, keeping the text from `keepFrom` on (at most {@link scanAt}):
   * every position in the text, the row found last's too, moves back by `keepFrom`.
   */
  push(chunk: string, keepFrom: number): void {
    this.text = flat(keepFrom === 0 ? this.text + chunk : this.text.slice(keepFrom) + chunk);
    this.#scan -= keepFrom;
    this.start -= keepFrom;
    this.textEnd -= keepFrom;
    this.end -= keepFrom;
    if (this.#resumeAt >= 0) this.#resumeAt -= keepFrom;
    this.#nextLF = this.#nextQuote = this.#nextCR = -1;
  }

  /** Marks the end of the input: the text pushed so far ends the last row. */
  endInput(): void {
    this.#ended = true;
  }

  /**
   * Drops the text of the unfinished row at {@link scanAt} scanned so far but its last
   * character (its scan goes on; its length still counts what was dropped): for a row too long
   * to read, whose text is not needed.
   */
  dropUnfinished(): void {
    const count = this.#resumeAt - 1 - this.#scan;
    if (count <= 0) return;
    this.#droppedSoFar += count;
    this.text = flat(this.text.slice(0, this.#scan) + this.text.slice(this.#resumeAt - 1));
    this.#resumeAt = this.#scan + 1;
    this.#nextLF = this.#nextQuote = this.#nextCR = -1;
  }

  /** Finds the next complete row (see the class's note); false when there is none yet. */
  next(): boolean {
    const text = this.text;
    const from = this.#scan;
    if (from >= text.length) return false;
    if (this.#resumeAt < from) {
      const lf = (this.#nextLF = nextAt(text, "\n", from, this.#nextLF));
      if (lf < text.length) {
        const textEnd = lf > from && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
        if ((this.#nextQuote = nextAt(text, '"', from, this.#nextQuote)) > lf && (this.#nextCR = nextAt(text, "\r", from, this.#nextCR)) >= textEnd) {
          return this.#found(from, textEnd, lf + 1, 0, true, false, false);
        }
      }
    }
    return this.#scanRow(from);
  }

  #found(start: number, textEnd: number, end: number, breaks: number, plain: boolean, inQuotes: boolean, quotePending: boolean): true {
    this.start = start;
    this.textEnd = textEnd;
    this.end = end;
    this.breaks = breaks;
    this.plain = plain;
    this.inQuotes = inQuotes;
    this.quotePending = quotePending;
    this.dropped = this.#droppedSoFar;
    this.#droppedSoFar = 0;
    this.#resumeAt = -1;
    this.#scan = end;
    return true;
  }

  /** Finds a row character by character, going on where the last call for this row stopped. */
  #scanRow(from: number): boolean {
    const text = this.text;
    const length = text.length;
    const resumes = this.#resumeAt >= from;
    let index = resumes ? this.#resumeAt : from;
    let breaks = resumes ? this.#resumeBreaks : 0;
    let inQuotes = resumes && this.#resumeInQuotes;
    let quotePending = resumes && this.#resumeQuotePending;
    let fieldStart = resumes ? this.#resumeFieldStart : true; // no content yet in this field: only here does a quote open a quoted field
    let afterCR = resumes && this.#resumeAfterCR; // the character before was a CR inside quotes
    for (; index < length; index++) {
      const code = text.charCodeAt(index);
      if (inQuotes) {
        if (quotePending) {
          quotePending = false;
          if (code === QUOTE) continue; // a doubled quote: content
          inQuotes = false; // the field's closing quote: a later quote in it is content
          // fall through: this character is outside the quotes
        } else {
          // Inside quotes only a quote ends the content: jump to the next one, counting the line
          // breaks before it (each CR, and each LF not right after a CR: CRLF is one).
          const quote = (this.#nextQuote = nextAt(text, '"', index, this.#nextQuote));
          for (let cr = (this.#nextCR = nextAt(text, "\r", index, this.#nextCR)); cr < quote; cr = this.#nextCR = nextAt(text, "\r", cr + 1, -1)) breaks++;
          for (let lf = (this.#nextLF = nextAt(text, "\n", index, this.#nextLF)); lf < quote; lf = this.#nextLF = nextAt(text, "\n", lf + 1, -1)) {
            if (lf === index ? !afterCR : text.charCodeAt(lf - 1) !== CR) breaks++;
          }
          if (quote > index) afterCR = text.charCodeAt(quote - 1) === CR;
          index = quote;
          if (quote === length) break;
          quotePending = true;
          afterCR = false;
          continue;
        }
      }
      if (code === COMMA) {
        fieldStart = true;
      } else if (code === LF) {
        return this.#found(from, index, index + 1, breaks, false, false, false);
      } else if (code === CR) {
        if (index + 1 < length) return this.#found(from, index, text.charCodeAt(index + 1) === LF ? index + 2 : index + 1, breaks, false, false, false);
        if (this.#ended) return this.#found(from, index, index + 1, breaks, false, false, false);
        break; // an LF may follow: look at this CR again with the next text
      } else {
        inQuotes = code === QUOTE && fieldStart;
        fieldStart = false;
        if (!inQuotes) index = unquotedEnd(text, index, length) - 1; // unquoted content (a quote in it is content) runs to the next delimiter
      }
    }
    if (this.#ended) return this.#found(from, length, length, breaks, false, inQuotes, quotePending);
    this.#resumeAt = index;
    this.#resumeBreaks = breaks;
    this.#resumeInQuotes = inQuotes;
    this.#resumeQuotePending = quotePending;
    this.#resumeFieldStart = fieldStart;
    this.#resumeAfterCR = afterCR;
    return false;
  }
}

/**
 * Where the unquoted content at `index` ends: the next comma, LF or CR (or `length`). A tight
 * loop: a field is short, and three searches would cost more.
 *
 * @example
 * ```ts
 * unquotedEnd("ab,c", 0, 4); // 2
 * ```
 */
export function unquotedEnd(text: string, index: number, length: number): number {
  let at = index + 1;
  for (; at < length; at++) {
    const code = text.charCodeAt(at);
    if (code === COMMA || code === LF || code === CR) break;
  }
  return at;
}

/**
 * `text`, flattened: a string made by `+` is a tree of its parts, on which V8 reads a character
 * at a time many times slower; converting it to a number makes V8 lay it out flat, once.
 */
function flat(text: string): string {
  void Number(text);
  return text;
}

/** The first index of `char` in `text` at or after `from` (text.length: none), reusing `known` when it still lies ahead. */
function nextAt(text: string, char: string, from: number, known: number): number {
  if (known >= from) return known;
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}
