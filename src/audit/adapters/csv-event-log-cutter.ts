import type { CaseAppearances } from "./csv-case-places.js";
import { trimCell } from "./csv-event-log.js";
import { caseIdPosition } from "./csv-event-log-header.js";
import type { CsvEventLogPart } from "./csv-event-log-reader.js";
import { CsvRowScanner } from "./csv-row-scanner.js";
import { CSV_MAX_ROW_LENGTH, CsvRowSplitter, overlongCsvRow, type CsvRow } from "./csv-rows.js";

/**
 * Part of a CSV event log cut by {@link CsvEventLogCutter}: whole cases, as the bytes of their
 * rows (UTF-8, line endings included) in a byte string (one character per byte, as latin1
 * decoding gives), and what reading them apart from the rest needs (see {@link CsvEventLogPart}).
 *
 * @example
 * ```ts
 * const cut: CsvEventLogCut = { header: { fields: ["case_id", "event_type", "date"], line: 1 }, firstLine: 2, firstRecordNumber: 1, split: [], byteText: "C-1,plan-end,2024-02-12\n" };
 * ```
 */
export interface CsvEventLogCut extends CsvEventLogPart {
  readonly byteText: string;
}

const COMMA = 44;

/** The case that the rows read last belong to. */
interface OpenCase {
  readonly caseId: string;
  readonly firstLine: number;
  lastLine: number;
}

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** The text of UTF-8 bytes held in a byte string (as a worker decodes them). */
function decodeByteText(byteText: string): string {
  for (let index = 0; index < byteText.length; index++) {
    if (byteText.charCodeAt(index) >= 0x80) return utf8.decode(Uint8Array.from(byteText, (char) => char.charCodeAt(0)));
  }
  return byteText; // ASCII: the same text
}

/**
 * Cuts a CSV event log, fed as bytes (in byte strings, one character per byte) chunk by chunk,
 * into parts of whole cases of about `partBytes` each, in order, so that worker threads can read
 * them apart and the records come out exactly as `readCsvEventLog` gives them for the whole log.
 * It does little per row: {@link CsvRowScanner} (the scanner the reader uses) finds where rows
 * end, and the cutter reads only the case id cell, so as to cut only where the case id changes,
 * count records and lines, and ask `appearances` whether each case is split (its rows lie in
 * more than one place). The header must be a good one (`caseIdPosition`); a log with a bad
 * header is rejected as one record, which needs no threads.
 *
 * A row too long to read (more than `maxRowLength` characters, {@link CSV_MAX_ROW_LENGTH} by
 * default) ends the open case and is a record of its own, as the reader of the whole log reads
 * it; the cutter decides it exactly, and hands no worker its bytes: the part before it ends
 * where it starts and carries it as `overlongRow`. A row of at most `maxRowLength` bytes has at
 * most that many characters (no UTF-8 sequence decodes to more UTF-16 code units than it has
 * bytes); one of more than three times as many bytes has more (no sequence decodes to fewer than
 * a third as many): only a row in between is decoded to count its characters. Bytes of a row
 * past three times the limit are dropped as they are scanned, so memory stays bounded however
 * long the row is (an unclosed quote can make the rest of the log one row).
 *
 * @example
 * ```ts
 * const cutter = new CsvEventLogCutter(64 * 1024, new KnownSplitCases(new Map(), "events.csv"));
 * const parts = [...cutter.push("case_id,event_type,date\nC-1,plan-end,2024-02-12\n"), ...cutter.end()];
 * parts[0]?.firstLine; // 2
 * ```
 */
export class CsvEventLogCutter {
  readonly #partBytes: number;
  readonly #appearances: CaseAppearances;
  readonly #maxRowLength: number;
  /** The rows; the current part's bytes start at #partStart in its text. */
  readonly #rows = new CsvRowScanner();
  #partStart = 0;
  /** The line number of the next row. */
  #line = 1;
  #atStartOfInput = true;
  /** The first bytes of the input, while too few to tell a byte-order mark. */
  #firstBytes = "";
  #header: CsvRow | undefined;
  #caseIdAt = -1;
  #open: OpenCase | undefined;
  /** The case id cell, as bytes, of the last plain row of the open case: a row with the same bytes is of that case. */
  #openCell: string | undefined;
  /** Records (cases and rows without a case id) before the next row. */
  #records = 0;
  #partFirstLine = 1;
  #partFirstRecord = 1;
  /** The split cases of the current part, each with why it is rejected. */
  #partSplit = new Map<string, string>();

  /**
   * `appearances`: told where each case's rows end, and asked, as each case starts, whether it
   * is split (see `CaseAppearances`). `maxRowLength`: the longest row read, in characters
   * (default {@link CSV_MAX_ROW_LENGTH}; smaller in tests).
   */
  constructor(partBytes: number, appearances: CaseAppearances, maxRowLength = CSV_MAX_ROW_LENGTH) {
    this.#partBytes = partBytes;
    this.#appearances = appearances;
    this.#maxRowLength = maxRowLength;
  }

  /** How many bytes of the log it holds now: the part under way, and of a row too long to read at most about three times the limit. */
  get heldBytes(): number {
    return this.#rows.text.length + this.#firstBytes.length;
  }

  /**
   * Takes the next chunk of the log (bytes in a byte string); returns the parts it completes.
   *
   * @throws Error when the header row is not a good one, or is too long to read, and when
   * `appearances` throws.
   */
  push(byteText: string): CsvEventLogCut[] {
    let bytes = byteText;
    if (this.#atStartOfInput) {
      // Drops a UTF-8 byte-order mark that starts the input, as the reader of the whole log does.
      bytes = this.#firstBytes + bytes;
      if (bytes.length < 3) {
        this.#firstBytes = bytes;
        return [];
      }
      this.#atStartOfInput = false;
      if (bytes.startsWith("\u00ef\u00bb\u00bf")) bytes = bytes.slice(3);
    }
    this.#rows.push(bytes, this.#partStart);
    this.#partStart = 0;
    return this.#cut();
  }

  /**
   * After the last chunk: the last parts, if the log has data rows left.
   *
   * @throws Error as {@link push} does.
   */
  end(): CsvEventLogCut[] {
    if (this.#atStartOfInput) this.#rows.push(this.#firstBytes, 0); // too short to be a byte-order mark
    this.#rows.endInput();
    const parts = this.#cut();
    const open = this.#open;
    if (open !== undefined) this.#appearances.ended(open.caseId, open.firstLine, open.lastLine);
    if (this.#records >= this.#partFirstRecord) parts.push(this.#part(this.#rows.text.length, this.#line));
    return parts;
  }

  /** Reads the rows complete so far (all of them at the end), cutting a part where one is due. */
  #cut(): CsvEventLogCut[] {
    const rows = this.#rows;
    const parts: CsvEventLogCut[] = [];
    while (rows.next()) {
      const line = this.#line;
      this.#line += rows.breaks + (rows.end > rows.textEnd ? 1 : 0);
      if (this.#isOverlong()) {
        parts.push(this.#overlongRow(line));
        continue;
      }
      if (this.#header === undefined) {
        this.#readHeader(line);
        continue;
      }
      const caseId = this.#caseIdOf(line);
      if (caseId === null) continue; // a blank row: the reader skips it
      if (caseId === undefined) {
        this.#records++; // a row without a case id: a record of its own
        continue;
      }
      const open = this.#open;
      if (open !== undefined && open.caseId === caseId) {
        open.lastLine = line;
        continue;
      }
      if (open !== undefined) {
        this.#appearances.ended(open.caseId, open.firstLine, open.lastLine);
        if (rows.start - this.#partStart >= this.#partBytes) parts.push(this.#part(rows.start, line));
      }
      const split = this.#appearances.splitReason(caseId, line);
      if (split !== undefined) this.#partSplit.set(caseId, split);
      this.#open = { caseId, firstLine: line, lastLine: line };
      this.#records++;
    }
    if (rows.unfinishedLength > 3 * this.#maxRowLength) rows.dropUnfinished(); // too long to read: its bytes are not needed
    return parts;
  }

  /** Whether the row found last has more than #maxRowLength characters (see the class's note). */
  #isOverlong(): boolean {
    const rows = this.#rows;
    const bytes = rows.dropped + rows.textEnd - rows.start;
    if (bytes <= this.#maxRowLength) return false;
    if (bytes > 3 * this.#maxRowLength) return true;
    return decodeByteText(rows.text.slice(rows.start, rows.textEnd)).length > this.#maxRowLength;
  }

  /**
   * Reads the row found last (starting on `line`) as too long to read: it ends the open case
   * and is a record. Returns the part of the bytes before it, which carries it; the next part
   * starts after it.
   */
  #overlongRow(line: number): CsvEventLogCut {
    if (this.#header === undefined) throw new Error("the header row of the CSV event log is too long to read in parts");
    const rows = this.#rows;
    // The row's last line: before the line after its line ending, or the one the input ends on
    // (before a line break that ends the input inside quotes).
    const lastCode = rows.text.charCodeAt(rows.textEnd - 1);
    const lastLine = rows.textEnd < rows.end || lastCode === 10 || lastCode === 13 ? this.#line - 1 : this.#line;
    const open = this.#open;
    if (open !== undefined) this.#appearances.ended(open.caseId, open.firstLine, open.lastLine);
    this.#open = undefined;
    this.#openCell = undefined;
    this.#records++;
    const part = this.#part(rows.start, this.#line, overlongCsvRow(line, lastLine, this.#maxRowLength));
    this.#partStart = rows.end;
    return part;
  }

  /**
   * The first non-blank row (on `line`) is the header; it and the rows before it are in no part.
   *
   * @throws Error when it is not a good one.
   */
  #readHeader(line: number): void {
    const header = this.#parse(line);
    this.#partStart = this.#rows.end;
    if (header === undefined) return;
    const at = caseIdPosition(header);
    if (at === undefined) throw new Error("the header row of the CSV event log is not one it can read in parts");
    this.#header = header;
    this.#caseIdAt = at;
    this.#partFirstLine = this.#line;
  }

  /**
   * The trimmed case id of the row (starting on `line`): null for a blank row (all its fields
   * empty: the reader skips it), undefined for a row without one. A plain row whose case id cell
   * has the same bytes as the open case's last one is of that case, and costs no decoding.
   */
  #caseIdOf(line: number): string | null | undefined {
    const rows = this.#rows;
    let caseId: string;
    if (rows.plain) {
      const text = rows.text;
      const from = this.#plainFieldStart(rows.start, rows.textEnd, this.#caseIdAt);
      const comma = from < 0 ? -1 : text.indexOf(",", from);
      const to = from < 0 ? -1 : comma < 0 || comma > rows.textEnd ? rows.textEnd : comma;
      const open = this.#openCell;
      if (open !== undefined && to - from === open.length && text.startsWith(open, from)) return this.#open!.caseId;
      caseId = from < 0 ? "" : trimCell(decodeByteText(text.slice(from, to)));
      if (caseId.length === 0) return this.#isBlankPlain(rows.start, rows.textEnd) ? null : undefined;
      if (caseId !== this.#open?.caseId) this.#openCell = text.slice(from, to);
    } else {
      const parsed = this.#parse(line);
      if (parsed === undefined) return null;
      caseId = trimCell(parsed.fields[this.#caseIdAt] ?? "");
      if (caseId.length === 0) return undefined;
      if (caseId !== this.#open?.caseId) this.#openCell = undefined;
    }
    return caseId;
  }

  /** Where field `index` of a plain row (no quotes) starts: after `index` commas; -1 when the row has fewer fields. */
  #plainFieldStart(start: number, end: number, index: number): number {
    let from = start;
    for (let field = 0; field < index; field++) {
      const comma = this.#rows.text.indexOf(",", from);
      if (comma < 0 || comma >= end) return -1;
      from = comma + 1;
    }
    return from;
  }

  /** Whether a plain row's fields are all empty (it is only commas). */
  #isBlankPlain(start: number, end: number): boolean {
    const text = this.#rows.text;
    for (let index = start; index < end; index++) if (text.charCodeAt(index) !== COMMA) return false;
    return true;
  }

  /** The row found last (starting on `line`) read by the reader's splitter (undefined: blank). */
  #parse(line: number): CsvRow | undefined {
    const rows = this.#rows;
    const splitter = new CsvRowSplitter({ firstLine: line, startOfInput: false });
    splitter.push(decodeByteText(rows.text.slice(rows.start, rows.end)));
    return splitter.next() ?? splitter.end();
  }

  /**
   * The part of the bytes from #partStart to before `end` (followed by `overlongRow`, if given);
   * the next part begins there, with the row on `nextLine`.
   */
  #part(end: number, nextLine: number, overlongRow?: CsvRow): CsvEventLogCut {
    const part: CsvEventLogCut = {
      header: this.#header!,
      firstLine: this.#partFirstLine,
      firstRecordNumber: this.#partFirstRecord,
      split: [...this.#partSplit],
      byteText: this.#rows.text.slice(this.#partStart, end),
      ...(overlongRow === undefined ? {} : { overlongRow }),
    };
    this.#partStart = end;
    this.#partFirstLine = nextLine;
    this.#partFirstRecord = this.#records + 1;
    this.#partSplit = new Map();
    return part;
  }
}
