import type { InputRecord, Rejection, RecordSource, TextChunks } from "../input-record.js";
import { CsvCasePlaces, KnownSplitCases, type CaseAppearances } from "./csv-case-places.js";
import { buildTimeline, EventRowReader, type CsvEventLogOptions, type CurrentCase } from "./csv-event-log.js";
import { resolveHeader } from "./csv-event-log-header.js";
import { CSV_MAX_ROW_LENGTH, CsvRowSplitter, type CsvRow } from "./csv-rows.js";
import type { DateFormat } from "./date-text.js";
import { rejection } from "../rejection.js";

/**
 * Reads a CSV event log, the shape case-management reports export: one row per event, rows
 * grouped into cases by `case_id`. The first non-blank row is the header (default
 * {@link CSV_EVENT_LOG_DEFAULT_HEADER}; names matched case-insensitively after trimming; unknown
 * columns are ignored; `columns` maps a canonical column to the caller's header name). A case is
 * its run of adjacent rows with one case id. A case whose rows lie in more than one place (its
 * id comes back after another case's rows) is rejected in every place, each place a rejected
 * record naming them all: it is never evaluated with part of its rows (D36). To know that before
 * the first place is emitted, the reader needs `options.splitCases` (from
 * {@link findSplitCsvCases} over the same input, read once before: then the log streams); without
 * it, the reader holds the whole input in memory and looks at it twice. A case with any bad row
 * is rejected as a whole, listing every bad cell with its line and column: a case is either
 * evaluated complete or rejected, never partially. A header without `case_id`, `event_type` or
 * `date` rejects the input as one record that counts the rows not read. A row longer than
 * {@link CSV_MAX_ROW_LENGTH} characters (a quote left open makes the rest of the file one row)
 * is not read: it is a rejected record of its own, and it ends the open case, which is rejected
 * too (the row may hold more of its rows); the rows after it are read as usual.
 *
 * @throws Error (from the iteration) when a case id comes back that `options.splitCases` does
 * not name: the input is not the one looked at first.
 *
 * @example
 * ```ts
 * const csv = "case_id,event_type,date,outcome\nC-1,strategy-discussion,2024-02-12,\nC-1,initial-conference,2024-03-04,plan\n";
 * for await (const record of readCsvEventLog([csv], { file: "events.csv" })) {
 *   if (record.kind === "case") console.log(record.timeline); // { id: "C-1", events: [...] }
 * }
 * ```
 */
export function readCsvEventLog(chunks: TextChunks, options: CsvEventLogOptions = {}): AsyncGenerator<InputRecord> {
  return readCsvEventLogUpTo(chunks, options, CSV_MAX_ROW_LENGTH);
}

/**
 * {@link readCsvEventLog} with another limit on a row's length than {@link CSV_MAX_ROW_LENGTH}:
 * for tests, which need rows too long to read that are short.
 *
 * @throws Error as {@link readCsvEventLog} does.
 *
 * @example
 * ```ts
 * const records = readCsvEventLogUpTo(['case_id,event_type,date\nC-1,"an open quote runs on\nC-2,plan-end,2024-02-12\n'], {}, 30);
 * // one record: rejected, "too long to read: the row on lines 2-3 has more than 30 characters (is a quote left open?)"
 * ```
 */
export async function* readCsvEventLogUpTo(chunks: TextChunks, options: CsvEventLogOptions, maxRowLength: number): AsyncGenerator<InputRecord> {
  let input = chunks;
  let split = options.splitCases;
  if (split === undefined) {
    const held: string[] = [];
    for await (const chunk of chunks as AsyncIterable<string>) held.push(chunk);
    const places = new CsvCasePlaces();
    places.startFile(options.file ?? "");
    for await (const record of readRecords(held, options, maxRowLength, places)) void record;
    split = places.splitCases();
    input = held;
  }
  yield* readRecords(input, options, maxRowLength, new KnownSplitCases(split, options.file ?? "the CSV event log"));
}

/**
 * The cases of a CSV event log whose rows lie in more than one place, each with the reason its
 * every place is rejected for: the `splitCases` option of {@link readCsvEventLog}, for a read of
 * the same input that then streams. To find the cases split across several logs audited
 * together, give each log's chunks in turn with the same `places`: the last answer covers them
 * all. Reads the log as {@link readCsvEventLog} does (the same options), keeping one case and
 * the places of every case in memory.
 *
 * @example
 * ```ts
 * const splitCases = await findSplitCsvCases(openChunks("events.csv"), { file: "events.csv" });
 * for await (const record of readCsvEventLog(openChunks("events.csv"), { file: "events.csv", splitCases })) void record;
 * ```
 */
export async function findSplitCsvCases(chunks: TextChunks, options: CsvEventLogOptions = {}, places = new CsvCasePlaces()): Promise<Map<string, string>> {
  places.startFile(options.file ?? "");
  for await (const record of readRecords(chunks, options, CSV_MAX_ROW_LENGTH, places)) void record;
  return places.splitCases();
}

/** The records of a whole log, told where its cases are split by `appearances`. */
async function* readRecords(chunks: TextChunks, options: CsvEventLogOptions, maxRowLength: number, appearances: CaseAppearances): AsyncGenerator<InputRecord> {
  const rows = new CsvRowSplitter({ maxRowLength });
  const log = new EventLogReader(options, { firstRecordNumber: 1, appearances });
  for await (const chunk of chunks as AsyncIterable<string>) {
    rows.push(chunk);
    yield* recordsOfRows(rows, log);
  }
  yield* lastRecords(rows, log);
}

/**
 * Part of a CSV event log, read apart from the rest (by the CLI's worker threads): the text of
 * whole rows from the first row of a case on, ending after the last row of a case; the log's
 * header row; where the part starts (its first line, and the number its first record takes);
 * the cases in it whose rows lie in more than one place, each with the reason it is rejected
 * (see {@link readCsvEventLog}); and the row too long to read that follows the text, if one does
 * (it ends the part: the text then ends where that row starts).
 *
 * @example
 * ```ts
 * const part: CsvEventLogPart = {
 *   header: { fields: ["case_id", "event_type", "date"], line: 1 },
 *   firstLine: 40,
 *   firstRecordNumber: 12,
 *   split: [["C-7", 'case "C-7" has rows in 2 places (lines 2-9, lines 52-53): ...']],
 * };
 * ```
 */
export interface CsvEventLogPart {
  readonly header: CsvRow;
  readonly firstLine: number;
  readonly firstRecordNumber: number;
  readonly split: readonly (readonly [caseId: string, reason: string])[];
  readonly overlongRow?: CsvRow;
}

/**
 * The records of part of a CSV event log (see {@link CsvEventLogPart}): the same records,
 * numbered and placed the same, as {@link readCsvEventLog} gives for those rows of the whole log.
 * The header must be a good one (every required column found).
 *
 * @throws Error when the header is not a good one.
 *
 * @example
 * ```ts
 * const part = { header: { fields: ["case_id", "event_type", "date"], line: 1 }, firstLine: 3, firstRecordNumber: 2, split: [] };
 * [...readCsvEventLogPart("C-2,strategy-discussion,2024-02-12\n", part, { file: "events.csv" })][0]?.source.recordNumber; // 2
 * ```
 */
export function* readCsvEventLogPart(text: string, part: CsvEventLogPart, options: CsvEventLogOptions = {}): Generator<InputRecord> {
  const rows = new CsvRowSplitter({ firstLine: part.firstLine, startOfInput: false });
  const split = new Map(part.split);
  const log = new EventLogReader(options, { firstRecordNumber: part.firstRecordNumber, appearances: { splitReason: (caseId) => split.get(caseId), ended: () => {} } });
  log.read(part.header);
  if (!log.hasGoodHeader) throw new Error("a CSV event log part needs a good header row");
  rows.push(text);
  yield* recordsOfRows(rows, log);
  yield* lastRecords(rows, log, part.overlongRow);
}

/** The records that the rows pushed so far complete. */
function* recordsOfRows(rows: CsvRowSplitter, log: EventLogReader): Generator<InputRecord> {
  for (let row = rows.next(); row !== undefined; row = rows.next()) {
    if (row.overlong === true) {
      yield* log.readOverlong(row);
      continue;
    }
    const record = log.read(row);
    if (record !== undefined) yield record;
  }
}

/**
 * The records left after the last chunk: those of a last row without a line ending, then of
 * `overlongRow` (which a part's text is followed by), then the open case.
 */
function* lastRecords(rows: CsvRowSplitter, log: EventLogReader, overlongRow?: CsvRow): Generator<InputRecord> {
  for (const row of [rows.end(), overlongRow]) {
    if (row?.overlong === true) yield* log.readOverlong(row);
    else if (row !== undefined) {
      const record = log.read(row);
      if (record !== undefined) yield record;
    }
  }
  const last = log.end();
  if (last !== undefined) yield last;
}

/**
 * The records of an event log, row by row: the header, then rows grouped into cases. Synchronous,
 * so that the rows of a chunk cost no `await` each.
 */
class EventLogReader {
  readonly #options: CsvEventLogOptions;
  readonly #file: { readonly file?: string };
  readonly #dateFormat: DateFormat;
  #recordNumber: number;
  #headerRow: CsvRow | undefined;
  #headerProblems: readonly string[] = [];
  #unreadRows = 0;
  #lastUnreadLine = 0;
  #events: EventRowReader | undefined;
  readonly #appearances: CaseAppearances;
  #current: CurrentCase | undefined;

  /** `start`: the number of the first record, and what is known of the places of the cases. */
  constructor(options: CsvEventLogOptions, start: { readonly firstRecordNumber: number; readonly appearances: CaseAppearances }) {
    this.#options = options;
    this.#file = options.file === undefined ? {} : { file: options.file };
    this.#dateFormat = options.dateFormat ?? "iso";
    this.#recordNumber = start.firstRecordNumber - 1;
    this.#appearances = start.appearances;
  }

  /** Whether the header row has been read and names every required column. */
  get hasGoodHeader(): boolean {
    return this.#events !== undefined;
  }

  /** The record that `row` completes, if any (at most one: a row ends at most one case). */
  read(row: CsvRow): InputRecord | undefined {
    if (this.#events !== undefined) return this.#readData(row, this.#events);
    if (this.#headerRow === undefined) {
      this.#headerRow = row;
      const header = resolveHeader(row, this.#options.columns);
      if (header.ok) this.#events = new EventRowReader(header, this.#dateFormat);
      else this.#headerProblems = header.problems;
      return undefined;
    }
    this.#unreadRows++;
    this.#lastUnreadLine = row.line;
    return undefined;
  }

  /**
   * The records of a row too long to read ({@link CsvRow.overlong}): its case id cannot be read,
   * so it belongs to no case. It ends the open case, which is rejected (the row may hold more of
   * that case's rows: a case is evaluated complete or not at all), then is a rejected record of
   * its own. Before a good header it is read as any row is.
   */
  *readOverlong(row: CsvRow): Generator<InputRecord> {
    if (this.#events === undefined) {
      const record = this.read(row);
      if (record !== undefined) yield record;
      return;
    }
    const open = this.#current;
    if (open !== undefined) {
      this.#current = undefined;
      open.rejections.push(rejection("row-too-long", [], `the next row, on line ${row.line}, is too long to read and may hold more rows of this case`, { line: row.line }));
      yield this.#finish(open);
    }
    yield { kind: "rejected", source: this.#sourceOf(row.line, undefined), rejections: [rejection("row-too-long", [], row.problem ?? "", { line: row.line })] };
  }

  /** The last record, after the last row: the open case, or the rejection of a bad header. */
  end(): InputRecord | undefined {
    const headerRow = this.#headerRow;
    if (headerRow === undefined) return undefined;
    if (this.#events === undefined) {
      const count = this.#unreadRows;
      const unread =
        count === 0 ? "no data rows" : `${count} data row${count === 1 ? "" : "s"} (lines ${headerRow.line + 1}-${this.#lastUnreadLine}) not read`;
      return {
        kind: "rejected",
        source: this.#sourceOf(headerRow.line, undefined),
        rejections: this.#headerProblems.map((problem) => rejection("bad-header", [], `${problem}; ${unread}`, { line: headerRow.line })),
      };
    }
    return this.#current === undefined ? undefined : this.#finish(this.#current);
  }

  #readData(row: CsvRow, events: EventRowReader): InputRecord | undefined {
    const caseId = events.cell(row.fields, "case_id");
    const structural = structuralProblem(row, events.width);
    if (caseId.length === 0) {
      const missing = rejection("missing", [events.nameOf("case_id")], "missing case id: the row belongs to no case", { line: row.line, column: events.columnOf("case_id") });
      return {
        kind: "rejected",
        source: this.#sourceOf(row.line, undefined),
        rejections: structural === undefined ? [missing] : [structural, missing],
      };
    }
    let finished: InputRecord | undefined;
    let current = this.#current;
    if (current !== undefined && current.caseId !== caseId) {
      finished = this.#finish(current);
      current = undefined;
    }
    if (current === undefined) {
      current = { caseId, firstLine: row.line, lastLine: row.line, events: [], rejections: [], caseFields: new Map(), professionals: undefined };
      this.#current = current;
      const split = this.#appearances.splitReason(caseId, row.line);
      if (split !== undefined) current.rejections.push(rejection("case-in-several-places", [events.nameOf("case_id")], split, { line: row.line, column: events.columnOf("case_id") }));
    }
    current.lastLine = row.line;
    if (structural !== undefined) current.rejections.push(structural);
    else events.read(row, current);
    return finished;
  }

  #finish(group: CurrentCase): InputRecord {
    this.#appearances.ended(group.caseId, group.firstLine, group.lastLine);
    const source = this.#sourceOf(group.firstLine, group.caseId);
    if (group.rejections.length > 0) return { kind: "rejected", source, rejections: group.rejections };
    return { kind: "case", source, timeline: buildTimeline(group, this.#dateFormat) };
  }

  #sourceOf(line: number, caseId: string | undefined): RecordSource {
    this.#recordNumber++;
    return { format: "csv", ...this.#file, recordNumber: this.#recordNumber, line, ...(caseId === undefined ? {} : { caseId }) };
  }
}

/** Why a row cannot be read cell by cell (malformed, or not as wide as the header), if it cannot. */
function structuralProblem(row: CsvRow, width: number): Rejection | undefined {
  if (row.problem !== undefined) return rejection("malformed-row", [], row.problem, { line: row.line });
  if (row.fields.length === width) return undefined;
  const message = `the row has ${row.fields.length} field${row.fields.length === 1 ? "" : "s"}, the header has ${width}`;
  return rejection("wrong-field-count", [], message, { expected: String(width), received: String(row.fields.length), line: row.line });
}
