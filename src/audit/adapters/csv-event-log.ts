import {
  CASE_EVENT_TYPES,
  CONFERENCE_OUTCOMES,
  MEETING_STATUSES,
  PLAN_END_REASONS,
  REPORT_RECIPIENTS,
  REVIEW_OUTCOMES,
  type CaseEventType,
} from "../../model/timeline-vocabulary.js";
import type { InputRecord, Rejection, RecordSource, TextChunks } from "../input-record.js";
import { CSV_MAX_ROW_LENGTH, CsvRowSplitter, type CsvRow } from "./csv-rows.js";
import { readDateText, type DateFormat } from "./date-text.js";
import { detachedText } from "../detached-text.js";
import { quoteShort } from "./text-lines.js";

/**
 * The columns of the CSV event log, in the order of the default header. One row is one event.
 *
 * @example
 * ```ts
 * CSV_EVENT_LOG_COLUMNS.includes("minutes_circulated_date"); // true
 * ```
 */
export const CSV_EVENT_LOG_COLUMNS = [
  "case_id",
  "event_type",
  "date",
  "outcome",
  "status",
  "chair_role",
  "attendees",
  "family_told_may_contribute",
  "record_entered_date",
  "minutes_circulated_date",
  "report_shared_date",
  "report_shared_with",
  "reason",
  "rule_id",
  "approved_by",
  "due_date",
  "team",
  "worker",
  "child_dob",
  "looked_after",
  "professionals",
  "event_id",
  "initiated_s47",
  "conference_not_required",
] as const;

/**
 * A column the CSV event log adapter understands (its canonical name).
 *
 * @example
 * ```ts
 * const column: CanonicalColumn = "case_id";
 * ```
 */
export type CanonicalColumn = (typeof CSV_EVENT_LOG_COLUMNS)[number];

/**
 * The documented default header line of the CSV event log (docs/input-formats.md).
 *
 * @example
 * ```ts
 * CSV_EVENT_LOG_DEFAULT_HEADER.startsWith("case_id,event_type,date,"); // true
 * ```
 */
export const CSV_EVENT_LOG_DEFAULT_HEADER: string = CSV_EVENT_LOG_COLUMNS.join(",");

/**
 * Options of {@link readCsvEventLog}.
 *
 * @example
 * ```ts
 * const options: CsvEventLogOptions = {
 *   file: "export.csv",
 *   dateFormat: "dd/mm/yyyy",
 *   columns: { case_id: "Person ID", event_type: "Activity", date: "Activity Date" },
 * };
 * ```
 */
export interface CsvEventLogOptions {
  /** A label for the input (e.g. its file name), copied into every record's source. */
  readonly file?: string;
  /** How date cells are written. Default `iso` (YYYY-MM-DD only). */
  readonly dateFormat?: DateFormat;
  /** The caller's header name for a canonical column; matched case-insensitively after trimming. */
  readonly columns?: Partial<Record<CanonicalColumn, string>>;
}

const REQUIRED_COLUMNS: readonly CanonicalColumn[] = ["case_id", "event_type", "date"];
const CASE_COLUMNS: readonly CanonicalColumn[] = ["team", "worker", "child_dob", "looked_after", "professionals"];
const COMMON_COLUMNS: readonly CanonicalColumn[] = ["case_id", "event_type", "date", "event_id", ...CASE_COLUMNS];
const EVENT_COLUMNS: Readonly<Record<CaseEventType, readonly CanonicalColumn[]>> = {
  "strategy-discussion": ["initiated_s47", "conference_not_required"],
  "initial-conference": ["outcome"],
  "transfer-in-conference": ["outcome"],
  "core-group": [
    "status",
    "chair_role",
    "attendees",
    "family_told_may_contribute",
    "record_entered_date",
    "minutes_circulated_date",
  ],
  "review-conference": ["outcome", "report_shared_date", "report_shared_with"],
  "plan-end": ["reason"],
  exception: ["rule_id", "reason", "approved_by", "due_date"],
};
/** Per event type, the columns that must be empty on its rows (neither common nor its own). */
const NOT_APPLICABLE: Readonly<Record<string, readonly CanonicalColumn[]>> = Object.fromEntries(
  Object.entries(EVENT_COLUMNS).map(([type, own]) => [
    type,
    CSV_EVENT_LOG_COLUMNS.filter((column) => !COMMON_COLUMNS.includes(column) && !own.includes(column)),
  ]),
);
const REPORT_SHARED_WITH: readonly string[] = REPORT_RECIPIENTS;
const EVENT_TYPES: readonly string[] = CASE_EVENT_TYPES;

function normalizeHeader(name: string): string {
  return name.trim().toLowerCase();
}

interface CurrentCase {
  readonly caseId: string;
  readonly firstLine: number;
  lastLine: number;
  readonly events: Record<string, unknown>[];
  readonly rejections: Rejection[];
  readonly caseFields: Map<CanonicalColumn, { readonly value: string; readonly line: number }>;
  /** The professionals read from the case's `professionals` cell (its first non-empty one). */
  professionals: Record<string, unknown>[] | undefined;
}

/**
 * Reads a CSV event log, the shape case-management reports export: one row per event, rows
 * grouped into cases by `case_id`. The first non-blank row is the header (default
 * {@link CSV_EVENT_LOG_DEFAULT_HEADER}; names matched case-insensitively after trimming; unknown
 * columns are ignored; `columns` maps a canonical column to the caller's header name). A case is
 * emitted when the case id changes, so the export should be sorted by case; a case id that
 * reappears later is rejected (those rows form their own rejected record). A case with any bad
 * row is rejected as a whole, listing every bad cell with its line and column: a case is either
 * evaluated complete or rejected, never partially. A header without `case_id`, `event_type` or
 * `date` rejects the input as one record that counts the rows not read. A row longer than
 * {@link CSV_MAX_ROW_LENGTH} characters (a quote left open makes the rest of the file one row)
 * is not read: it is a rejected record of its own, and it ends the open case, which is rejected
 * too (the row may hold more of its rows); the rows after it are read as usual.
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
 * @example
 * ```ts
 * const records = readCsvEventLogUpTo(['case_id,event_type,date\nC-1,"an open quote runs on\nC-2,plan-end,2024-02-12\n'], {}, 30);
 * // one record: rejected, "too long to read: the row on lines 2-3 has more than 30 characters (is a quote left open?)"
 * ```
 */
export async function* readCsvEventLogUpTo(chunks: TextChunks, options: CsvEventLogOptions, maxRowLength: number): AsyncGenerator<InputRecord> {
  const rows = new CsvRowSplitter({ maxRowLength });
  const log = new EventLogReader(options);
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
 * for each case in it whose id appeared earlier in the log, the line of its first row and the
 * lines of that earlier appearance (see {@link readCsvEventLog}: such a case is rejected); and
 * the row too long to read that follows the text, if one does (it ends the part: the text then
 * ends where that row starts).
 *
 * @example
 * ```ts
 * const part: CsvEventLogPart = {
 *   header: { fields: ["case_id", "event_type", "date"], line: 1 },
 *   firstLine: 40,
 *   firstRecordNumber: 12,
 *   earlier: [[52, "lines 2-9"]],
 * };
 * ```
 */
export interface CsvEventLogPart {
  readonly header: CsvRow;
  readonly firstLine: number;
  readonly firstRecordNumber: number;
  readonly earlier: readonly (readonly [line: number, lines: string])[];
  readonly overlongRow?: CsvRow;
}

/**
 * The records of part of a CSV event log (see {@link CsvEventLogPart}): the same records,
 * numbered and placed the same, as {@link readCsvEventLog} gives for those rows of the whole log.
 * The header must be a good one (every required column found).
 *
 * @example
 * ```ts
 * const part = { header: { fields: ["case_id", "event_type", "date"], line: 1 }, firstLine: 3, firstRecordNumber: 2, earlier: [] };
 * [...readCsvEventLogPart("C-2,strategy-discussion,2024-02-12\n", part, { file: "events.csv" })][0]?.source.recordNumber; // 2
 * ```
 */
export function* readCsvEventLogPart(text: string, part: CsvEventLogPart, options: CsvEventLogOptions = {}): Generator<InputRecord> {
  const rows = new CsvRowSplitter({ firstLine: part.firstLine, startOfInput: false });
  const log = new EventLogReader(options, { firstRecordNumber: part.firstRecordNumber, appearances: new EarlierInPart(part.earlier) });
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
 * Where each case of an event log appeared so far: a case id that comes back after other cases
 * is rejected, naming the lines of its earlier rows.
 */
interface CaseAppearances {
  /** The lines of the earlier rows of `caseId` (e.g. "lines 2-9"), when its rows from `line` on are not its first. */
  earlier(caseId: string, line: number): string | undefined;
  /** Notes the lines of a case's rows, once they end. */
  ended(caseId: string, firstLine: number, lastLine: number): void;
}

/** The lines of a case's rows as messages name them: "line 7" or "lines 7-12". */
function caseLines(firstLine: number, lastLine: number): string {
  return firstLine === lastLine ? `line ${firstLine}` : `lines ${firstLine}-${lastLine}`;
}

/**
 * The cases of a whole event log read so far, by id, with the lines of their last appearance.
 *
 * @example
 * ```ts
 * const seen = new SeenCases();
 * seen.ended("C-1", 2, 9);
 * seen.earlier("C-1"); // "lines 2-9"
 * ```
 */
export class SeenCases implements CaseAppearances {
  /**
   * Case id -> where its lines are kept in #firstLines and #lastLines. Line numbers, not their
   * text: one entry per case of the log is held to the end, and "lines 120-134" made up front
   * cost about 150 bytes more per case (a string built of parts: 29 MB more old space on a
   * 200,000-case log).
   */
  readonly #slots = new Map<string, number>();
  readonly #firstLines: number[] = [];
  readonly #lastLines: number[] = [];

  earlier(caseId: string): string | undefined {
    const slot = this.#slots.get(caseId);
    return slot === undefined ? undefined : caseLines(this.#firstLines[slot]!, this.#lastLines[slot]!);
  }

  ended(caseId: string, firstLine: number, lastLine: number): void {
    let slot = this.#slots.get(caseId);
    if (slot === undefined) this.#slots.set(detachedText(caseId), (slot = this.#firstLines.length));
    this.#firstLines[slot] = firstLine;
    this.#lastLines[slot] = lastLine;
  }
}

/** The earlier appearances of a part's cases, as the reader of the whole log found them (by the line of the case's first row). */
class EarlierInPart implements CaseAppearances {
  readonly #byLine: ReadonlyMap<number, string>;

  constructor(earlier: CsvEventLogPart["earlier"]) {
    this.#byLine = new Map(earlier);
  }

  earlier(_caseId: string, line: number): string | undefined {
    return this.#byLine.get(line);
  }

  ended(): void {}
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

  /** `start`: the number of the first record (default 1) and where cases appeared earlier (default: only in this reader's rows). */
  constructor(options: CsvEventLogOptions, start: { readonly firstRecordNumber: number; readonly appearances: CaseAppearances } | undefined = undefined) {
    this.#options = options;
    this.#file = options.file === undefined ? {} : { file: options.file };
    this.#dateFormat = options.dateFormat ?? "iso";
    this.#recordNumber = (start?.firstRecordNumber ?? 1) - 1;
    this.#appearances = start?.appearances ?? new SeenCases();
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
      open.rejections.push({
        field: "(row)",
        reason: `the next row, on line ${row.line}, is too long to read and may hold more rows of this case`,
        line: row.line,
      });
      yield this.#finish(open);
    }
    yield { kind: "rejected", source: this.#sourceOf(row.line, undefined), rejections: [{ field: "(row)", reason: row.problem ?? "", line: row.line }] };
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
        rejections: this.#headerProblems.map((reason) => ({ field: "(header)", reason: `${reason}; ${unread}`, line: headerRow.line })),
      };
    }
    return this.#current === undefined ? undefined : this.#finish(this.#current);
  }

  #readData(row: CsvRow, events: EventRowReader): InputRecord | undefined {
    const caseId = events.cell(row.fields, "case_id");
    const structural = structuralProblem(row, events.width);
    if (caseId.length === 0) {
      const missing: Rejection = { field: events.nameOf("case_id"), reason: "missing case id: the row belongs to no case", line: row.line };
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
      const earlier = this.#appearances.earlier(caseId, row.line);
      if (earlier !== undefined) {
        current.rejections.push({
          field: events.nameOf("case_id"),
          reason: `case ${quoteShort(caseId)} already appeared on ${earlier}; its rows must be contiguous: sort the export by case id`,
          line: row.line,
        });
      }
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
  if (row.problem !== undefined) return { field: "(row)", reason: row.problem, line: row.line };
  if (row.fields.length === width) return undefined;
  return {
    field: "(row)",
    reason: `the row has ${row.fields.length} field${row.fields.length === 1 ? "" : "s"}, the header has ${width}`,
    line: row.line,
  };
}

/**
 * The field index of the case id under a header row of a CSV event log, or undefined when the
 * header is not a good one (a required column is missing, a name repeats, a mapping names no
 * column): then the log is rejected as one record.
 *
 * @example
 * ```ts
 * caseIdPosition({ fields: ["date", "Case_ID ", "event_type"], line: 1 }); // 1
 * caseIdPosition({ fields: ["date", "event_type"], line: 1 }); // undefined
 * ```
 */
export function caseIdPosition(header: CsvRow, columns?: Partial<Record<CanonicalColumn, string>>): number | undefined {
  const resolved = resolveHeader(header, columns);
  return resolved.ok ? resolved.index.get("case_id") : undefined;
}

type ResolvedHeader = {
  readonly ok: true;
  readonly index: Map<CanonicalColumn, number>;
  readonly names: Map<CanonicalColumn, string>;
  readonly width: number;
};
type HeaderResult = ResolvedHeader | { readonly ok: false; readonly problems: readonly string[] };

function resolveHeader(row: CsvRow, columns: Partial<Record<CanonicalColumn, string>> | undefined): HeaderResult {
  if (row.problem !== undefined) return { ok: false, problems: [`the header row is malformed: ${row.problem}`] };
  const positions = new Map<string, number[]>();
  row.fields.forEach((name, at) => {
    const key = normalizeHeader(name);
    const list = positions.get(key);
    if (list === undefined) positions.set(key, [at]);
    else list.push(at);
  });
  const index = new Map<CanonicalColumn, number>();
  const names = new Map<CanonicalColumn, string>();
  const problems: string[] = [];
  for (const column of CSV_EVENT_LOG_COLUMNS) {
    const mapped = columns !== undefined && Object.hasOwn(columns, column) ? columns[column] : undefined;
    const wanted = mapped ?? column;
    const found = positions.get(normalizeHeader(wanted));
    if (found === undefined) {
      if (REQUIRED_COLUMNS.includes(column)) problems.push(`the header has no column ${quoteShort(wanted)} (${column})`);
      else if (mapped !== undefined) problems.push(`the column mapping names ${quoteShort(mapped)} for ${column}, but the header has no such column`);
      continue;
    }
    if (found.length > 1) {
      problems.push(`the header has ${found.length} columns named ${quoteShort(wanted)} (${column})`);
      continue;
    }
    index.set(column, found[0] as number);
    names.set(column, (row.fields[found[0] as number] as string).trim());
  }
  if (columns !== undefined) {
    for (const key of Object.keys(columns)) {
      if (!(CSV_EVENT_LOG_COLUMNS as readonly string[]).includes(key)) problems.push(`the column mapping has an unknown column ${quoteShort(key)}`);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, index, names, width: row.fields.length };
}

function readYesNo(value: string): boolean | undefined {
  switch (value.toLowerCase()) {
    case "y":
    case "yes":
    case "true":
    case "1":
      return true;
    case "n":
    case "no":
    case "false":
    case "0":
      return false;
    default:
      return undefined;
  }
}

/**
 * Reads the event of a data row into its case under a resolved header: the case-level cells, the
 * event's own cells, and a rejection per bad cell. One reader serves every row of the log; the
 * row being read is held in fields, so that the helpers below are methods, not closures per row.
 */
class EventRowReader {
  readonly width: number;
  readonly #positions: Readonly<Record<CanonicalColumn, number>>; // -1: the header lacks the column
  readonly #names: Map<CanonicalColumn, string>;
  readonly #dateFormat: DateFormat;
  /** The canonical column at each position of the header (undefined: an unknown column). */
  readonly #columnAt: readonly (CanonicalColumn | undefined)[];
  /** The positions of the header's case-level columns, in {@link CASE_COLUMNS} order. */
  readonly #caseColumnsAt: readonly number[];
  /** Per event type (in {@link EVENT_TYPES} order), the positions of the header's columns that must be empty on its rows. */
  readonly #notApplicableAt: readonly (readonly number[])[];
  #fields: readonly string[] = [];
  #line = 0;
  #group: CurrentCase | undefined;
  #type = "";
  #event: Record<string, unknown> = {};

  constructor(header: ResolvedHeader, dateFormat: DateFormat) {
    this.width = header.width;
    this.#names = header.names;
    this.#dateFormat = dateFormat;
    const positions = {} as Record<CanonicalColumn, number>;
    const columnAt: (CanonicalColumn | undefined)[] = Array.from({ length: header.width }, () => undefined);
    for (const column of CSV_EVENT_LOG_COLUMNS) {
      const at = header.index.get(column) ?? -1;
      positions[column] = at;
      if (at >= 0) columnAt[at] = column;
    }
    this.#positions = positions;
    this.#columnAt = columnAt;
    const present = (columns: readonly CanonicalColumn[]): number[] => columns.map((column) => positions[column]).filter((at) => at >= 0);
    this.#caseColumnsAt = present(CASE_COLUMNS);
    this.#notApplicableAt = EVENT_TYPES.map((type) => present(NOT_APPLICABLE[type] as readonly CanonicalColumn[]));
  }

  /** The trimmed cell of `column` in a row's fields ("" when the header or the row lacks it). */
  cell(fields: readonly string[], column: CanonicalColumn): string {
    const at = this.#positions[column];
    return at < 0 ? "" : trimCell(fields[at] ?? "");
  }

  /** The header's name for `column`, for rejections. */
  nameOf(column: CanonicalColumn): string {
    return this.#names.get(column) ?? column;
  }

  /** Reads a row with as many fields as the header into `group`: its event, or rejections. */
  read(row: CsvRow, group: CurrentCase): void {
    this.#fields = row.fields;
    this.#line = row.line;
    this.#group = group;
    const line = row.line;
    // Case-level columns: the same value on every row that fills them.
    for (const at of this.#caseColumnsAt) {
      const value = trimCell(row.fields[at] as string);
      if (value.length === 0) continue;
      const column = this.#columnAt[at] as CanonicalColumn;
      const earlier = group.caseFields.get(column);
      if (earlier === undefined) group.caseFields.set(column, { value, line });
      else if (earlier.value !== value) {
        this.#reject(column, `${quoteShort(value)} differs from ${quoteShort(earlier.value)} on line ${earlier.line}: a case has one value`);
      }
    }
    const childDob = this.#cell("child_dob");
    if (childDob.length > 0) {
      const date = readDateText(childDob, this.#dateFormat);
      if (!date.ok) this.#reject("child_dob", date.reason);
    }
    const lookedAfter = this.#cell("looked_after");
    if (lookedAfter.length > 0 && readYesNo(lookedAfter) === undefined) this.#reject("looked_after", `expected y or n, found ${quoteShort(lookedAfter)}`);
    const professionals = this.#cell("professionals");
    if (professionals.length > 0) {
      const reading = readProfessionals(professionals);
      for (const problem of reading.problems) this.#reject("professionals", problem);
      // The timeline takes the first value; any other value on a later row rejects the case.
      group.professionals ??= reading.list;
    }

    const typeCell = this.#cell("event_type");
    if (typeCell.length === 0) {
      this.#reject("event_type", "missing event type");
      return;
    }
    const typeIndex = EVENT_TYPES.indexOf(typeCell);
    if (typeIndex < 0) {
      this.#reject("event_type", `unknown event type ${quoteShort(typeCell)}; expected one of ${EVENT_TYPES.join(", ")}`);
      return;
    }
    // The constant rather than the cell's copy: its identity makes the switch below cheap.
    const type = EVENT_TYPES[typeIndex] as string;
    for (const at of this.#notApplicableAt[typeIndex] as readonly number[]) {
      const value = trimCell(row.fields[at] as string);
      if (value.length > 0) this.#reject(this.#columnAt[at] as CanonicalColumn, `does not apply to a ${type} event (found ${quoteShort(value)})`);
    }
    const event: Record<string, unknown> = { type };
    this.#type = type;
    this.#event = event;
    const eventId = this.#cell("event_id");
    if (eventId.length > 0) event["id"] = eventId;
    const dateCell = this.#cell("date");
    if (dateCell.length === 0) this.#reject("date", "missing date");
    else {
      const date = readDateText(dateCell, this.#dateFormat);
      if (date.ok) event["date"] = date.date;
      else this.#reject("date", date.reason);
    }

    switch (type) {
      case "strategy-discussion":
        this.#optionalYesNo("initiated_s47", "initiatedSection47");
        this.#optionalYesNo("conference_not_required", "conferenceNotRequired");
        break;
      case "initial-conference":
        this.#choice("outcome", "outcome", CONFERENCE_OUTCOMES, true);
        break;
      case "transfer-in-conference":
        this.#choice("outcome", "outcome", CONFERENCE_OUTCOMES, false);
        break;
      case "core-group": {
        this.#choice("status", "status", MEETING_STATUSES, false);
        const chair = this.#cell("chair_role");
        if (chair.length > 0) event["chair"] = { role: chair };
        const attendees = this.#cell("attendees");
        if (attendees.length > 0) event["attendees"] = this.#attendees(attendees);
        this.#optionalYesNo("family_told_may_contribute", "absentFamilyToldMayContributeInWriting");
        this.#optionalDate("record_entered_date", "recordEnteredDate");
        this.#optionalDate("minutes_circulated_date", "minutesCirculatedDate");
        break;
      }
      case "review-conference": {
        this.#choice("outcome", "outcome", REVIEW_OUTCOMES, true);
        this.#optionalDate("report_shared_date", "reportSharedDate");
        const sharedWith = this.#cell("report_shared_with");
        if (sharedWith.length > 0) {
          const list = splitList(sharedWith);
          for (const entry of list) {
            if (!REPORT_SHARED_WITH.includes(entry)) {
              this.#reject("report_shared_with", `unknown value ${quoteShort(entry)}; expected ${REPORT_SHARED_WITH.join(", ")}`);
            }
          }
          event["reportSharedWith"] = list;
        }
        break;
      }
      case "plan-end":
        this.#choice("reason", "reason", PLAN_END_REASONS, true);
        break;
      default: // exception
        this.#requiredText("rule_id", "ruleId");
        this.#optionalDate("due_date", "dueDate");
        this.#requiredText("reason", "reason");
        this.#requiredText("approved_by", "approvedBy");
    }
    group.events.push(event);
  }

  #cell(column: CanonicalColumn): string {
    return this.cell(this.#fields, column);
  }

  #reject(column: CanonicalColumn, reason: string): void {
    (this.#group as CurrentCase).rejections.push({ field: this.nameOf(column), reason, line: this.#line });
  }

  #attendees(text: string): { role: string; professionalId?: string }[] {
    const list: { role: string; professionalId?: string }[] = [];
    for (const entry of splitList(text)) {
      const colon = entry.indexOf(":");
      if (colon < 0) {
        list.push({ role: entry });
        continue;
      }
      const role = trimCell(entry.slice(0, colon));
      const professionalId = trimCell(entry.slice(colon + 1));
      if (role.length === 0 || professionalId.length === 0) {
        this.#reject("attendees", `expected role or role:professionalId, found ${quoteShort(entry)}`);
      }
      list.push({ role, professionalId });
    }
    return list;
  }

  #optionalDate(column: CanonicalColumn, key: string): void {
    const value = this.#cell(column);
    if (value.length === 0) return;
    const date = readDateText(value, this.#dateFormat);
    if (date.ok) this.#event[key] = date.date;
    else this.#reject(column, date.reason);
  }

  #optionalYesNo(column: CanonicalColumn, key: string): void {
    const value = this.#cell(column);
    if (value.length === 0) return;
    const answer = readYesNo(value);
    if (answer === undefined) this.#reject(column, `expected y or n, found ${quoteShort(value)}`);
    else this.#event[key] = answer;
  }

  #choice(column: CanonicalColumn, key: string, allowed: readonly string[], required: boolean): void {
    const value = this.#cell(column);
    if (value.length === 0) {
      if (required) this.#reject(column, `missing: ${this.#type} events need one of ${allowed.join(", ")}`);
      return;
    }
    if (allowed.includes(value)) this.#event[key] = value;
    else this.#reject(column, `unknown value ${quoteShort(value)}; expected one of ${allowed.join(", ")}`);
  }

  #requiredText(column: CanonicalColumn, key: string): void {
    const value = this.#cell(column);
    if (value.length === 0) this.#reject(column, `missing: ${this.#type} events need it`);
    else this.#event[key] = value;
  }
}

/**
 * `text.trim()`, without the call for the common cell that is empty or starts and ends with a
 * printable ASCII character (none of which is white space or a line terminator). Every cell is
 * read trimmed.
 *
 * @example
 * ```ts
 * trimCell(" C-1\t"); // "C-1"
 * ```
 */
export function trimCell(text: string): string {
  const length = text.length;
  if (length === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}

/** The non-empty trimmed entries of a `;`-separated list (one scan, no intermediate arrays). */
function splitList(text: string): string[] {
  const list: string[] = [];
  for (let start = 0; ; ) {
    const end = text.indexOf(";", start);
    const entry = trimCell(text.slice(start, end < 0 ? text.length : end));
    if (entry.length > 0) list.push(entry);
    if (end < 0) return list;
    start = end + 1;
  }
}

function readProfessionals(text: string): { list: Record<string, unknown>[]; problems: string[] } {
  const list: Record<string, unknown>[] = [];
  const problems: string[] = [];
  for (const entry of splitList(text)) {
    const parts = entry.split(":").map(trimCell);
    const [id = "", role = "", agency = "", direct = ""] = parts;
    if (parts.length > 4 || id.length === 0 || role.length === 0) {
      problems.push(`expected id:role[:agency[:direct y/n]], found ${quoteShort(entry)}`);
      continue;
    }
    const professional: Record<string, unknown> = { id, role };
    if (agency.length > 0) professional["agency"] = agency;
    if (direct.length > 0) {
      const answer = readYesNo(direct);
      if (answer === undefined) problems.push(`direct contact must be y or n, found ${quoteShort(direct)} in ${quoteShort(entry)}`);
      else professional["directRegularContact"] = answer;
    }
    list.push(professional);
  }
  return { list, problems };
}

function buildTimeline(group: CurrentCase, dateFormat: DateFormat): Record<string, unknown> {
  const timeline: Record<string, unknown> = { id: group.caseId };
  const value = (column: CanonicalColumn): string | undefined => group.caseFields.get(column)?.value;
  const child: Record<string, unknown> = {};
  const dob = value("child_dob");
  if (dob !== undefined) {
    const date = readDateText(dob, dateFormat);
    if (date.ok) child["dateOfBirth"] = date.date;
  }
  const lookedAfter = value("looked_after");
  if (lookedAfter !== undefined) child["lookedAfter"] = readYesNo(lookedAfter);
  if (Object.keys(child).length > 0) timeline["child"] = child;
  const team = value("team");
  if (team !== undefined) timeline["team"] = team;
  const worker = value("worker");
  if (worker !== undefined) timeline["worker"] = worker;
  if (group.professionals !== undefined) timeline["professionals"] = group.professionals;
  timeline["events"] = group.events;
  return timeline;
}
