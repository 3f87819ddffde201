import { CASE_EVENT_TYPES, planEndReasonSchema } from "../../model/timeline-schema.js";
import type { InputRecord, Rejection, RecordSource, TextChunks } from "../input-record.js";
import { csvRows, type CsvRow } from "./csv-rows.js";
import { readDateText, type DateFormat } from "./date-text.js";
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
const EVENT_COLUMNS: Readonly<Record<string, readonly CanonicalColumn[]>> = {
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
const REPORT_SHARED_WITH = ["family", "professionals", "reviewing-officer"];
const PLAN_END_REASONS: readonly string[] = planEndReasonSchema.options;
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
 * `date` rejects the input as one record that counts the rows not read.
 *
 * @example
 * ```ts
 * const csv = "case_id,event_type,date,outcome\nC-1,strategy-discussion,2024-02-12,\nC-1,initial-conference,2024-03-04,plan\n";
 * for await (const record of readCsvEventLog([csv], { file: "events.csv" })) {
 *   if (record.kind === "case") console.log(record.timeline); // { id: "C-1", events: [...] }
 * }
 * ```
 */
export async function* readCsvEventLog(
  chunks: TextChunks,
  options: CsvEventLogOptions = {},
): AsyncGenerator<InputRecord> {
  const file = options.file === undefined ? {} : { file: options.file };
  const dateFormat: DateFormat = options.dateFormat ?? "iso";
  let recordNumber = 0;
  const sourceOf = (line: number, caseId: string | undefined): RecordSource => {
    recordNumber++;
    return { format: "csv", ...file, recordNumber, line, ...(caseId === undefined ? {} : { caseId }) };
  };

  const rows = csvRows(chunks)[Symbol.asyncIterator]();
  const headerResult = await rows.next();
  if (headerResult.done === true) return;
  const headerRow = headerResult.value;
  const header = resolveHeader(headerRow, options.columns);
  if (!header.ok) {
    let count = 0;
    let last = headerRow.line;
    for (let next = await rows.next(); next.done !== true; next = await rows.next()) {
      count++;
      last = next.value.line;
    }
    const unread = count === 0 ? "no data rows" : `${count} data row${count === 1 ? "" : "s"} (lines ${headerRow.line + 1}-${last}) not read`;
    yield {
      kind: "rejected",
      source: sourceOf(headerRow.line, undefined),
      rejections: header.problems.map((reason) => ({ field: "(header)", reason: `${reason}; ${unread}`, line: headerRow.line })),
    };
    return;
  }
  const { index, names, width } = header;
  const cell = (row: CsvRow, column: CanonicalColumn): string => {
    const at = index.get(column);
    return at === undefined ? "" : (row.fields[at] ?? "").trim();
  };
  const nameOf = (column: CanonicalColumn): string => names.get(column) ?? column;

  const seen = new Map<string, string>(); // case id -> "lines a-b" of its emitted group
  let current: CurrentCase | undefined;

  const finish = (group: CurrentCase): InputRecord => {
    seen.set(group.caseId, group.firstLine === group.lastLine ? `line ${group.firstLine}` : `lines ${group.firstLine}-${group.lastLine}`);
    const source = sourceOf(group.firstLine, group.caseId);
    if (group.rejections.length > 0) return { kind: "rejected", source, rejections: group.rejections };
    return { kind: "case", source, timeline: buildTimeline(group, dateFormat) };
  };

  for (let next = await rows.next(); next.done !== true; next = await rows.next()) {
    const row = next.value;
    const caseId = cell(row, "case_id");
    const structural: Rejection[] = [];
    if (row.problem !== undefined) structural.push({ field: "(row)", reason: row.problem, line: row.line });
    else if (row.fields.length !== width) {
      structural.push({
        field: "(row)",
        reason: `the row has ${row.fields.length} field${row.fields.length === 1 ? "" : "s"}, the header has ${width}`,
        line: row.line,
      });
    }
    if (caseId.length === 0) {
      yield {
        kind: "rejected",
        source: sourceOf(row.line, undefined),
        rejections: [...structural, { field: nameOf("case_id"), reason: "missing case id: the row belongs to no case", line: row.line }],
      };
      continue;
    }
    if (current !== undefined && current.caseId !== caseId) {
      yield finish(current);
      current = undefined;
    }
    if (current === undefined) {
      current = { caseId, firstLine: row.line, lastLine: row.line, events: [], rejections: [], caseFields: new Map() };
      const earlier = seen.get(caseId);
      if (earlier !== undefined) {
        current.rejections.push({
          field: nameOf("case_id"),
          reason: `case ${quoteShort(caseId)} already appeared on ${earlier}; its rows must be contiguous: sort the export by case id`,
          line: row.line,
        });
      }
    }
    current.lastLine = row.line;
    if (structural.length > 0) {
      current.rejections.push(...structural);
      continue;
    }
    readRow(row, current, cell, nameOf, dateFormat);
  }
  if (current !== undefined) yield finish(current);
}

type HeaderResult =
  | { readonly ok: true; readonly index: Map<CanonicalColumn, number>; readonly names: Map<CanonicalColumn, string>; readonly width: number }
  | { readonly ok: false; readonly problems: readonly string[] };

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

function readRow(
  row: CsvRow,
  group: CurrentCase,
  cell: (row: CsvRow, column: CanonicalColumn) => string,
  nameOf: (column: CanonicalColumn) => string,
  dateFormat: DateFormat,
): void {
  const line = row.line;
  const reject = (column: CanonicalColumn, reason: string): void => {
    group.rejections.push({ field: nameOf(column), reason, line });
  };
  // Case-level columns: the same value on every row that fills them.
  for (const column of CASE_COLUMNS) {
    const value = cell(row, column);
    if (value.length === 0) continue;
    const earlier = group.caseFields.get(column);
    if (earlier === undefined) group.caseFields.set(column, { value, line });
    else if (earlier.value !== value) {
      reject(column, `${quoteShort(value)} differs from ${quoteShort(earlier.value)} on line ${earlier.line}: a case has one value`);
    }
  }
  const childDob = cell(row, "child_dob");
  if (childDob.length > 0) {
    const date = readDateText(childDob, dateFormat);
    if (!date.ok) reject("child_dob", date.reason);
  }
  const lookedAfter = cell(row, "looked_after");
  if (lookedAfter.length > 0 && readYesNo(lookedAfter) === undefined) reject("looked_after", `expected y or n, found ${quoteShort(lookedAfter)}`);
  const professionals = cell(row, "professionals");
  if (professionals.length > 0) {
    for (const problem of readProfessionals(professionals).problems) reject("professionals", problem);
  }

  const type = cell(row, "event_type");
  if (type.length === 0) {
    reject("event_type", "missing event type");
    return;
  }
  if (!EVENT_TYPES.includes(type)) {
    reject("event_type", `unknown event type ${quoteShort(type)}; expected one of ${EVENT_TYPES.join(", ")}`);
    return;
  }
  for (const column of NOT_APPLICABLE[type] as readonly CanonicalColumn[]) {
    if (cell(row, column).length > 0) reject(column, `does not apply to a ${type} event (found ${quoteShort(cell(row, column))})`);
  }
  const event: Record<string, unknown> = { type };
  const eventId = cell(row, "event_id");
  if (eventId.length > 0) event["id"] = eventId;
  const dateCell = cell(row, "date");
  if (dateCell.length === 0) reject("date", "missing date");
  else {
    const date = readDateText(dateCell, dateFormat);
    if (date.ok) event["date"] = date.date;
    else reject("date", date.reason);
  }
  const optionalDate = (column: CanonicalColumn, key: string): void => {
    const value = cell(row, column);
    if (value.length === 0) return;
    const date = readDateText(value, dateFormat);
    if (date.ok) event[key] = date.date;
    else reject(column, date.reason);
  };
  const optionalYesNo = (column: CanonicalColumn, key: string): void => {
    const value = cell(row, column);
    if (value.length === 0) return;
    const answer = readYesNo(value);
    if (answer === undefined) reject(column, `expected y or n, found ${quoteShort(value)}`);
    else event[key] = answer;
  };
  const choice = (column: CanonicalColumn, key: string, allowed: readonly string[], required: boolean): void => {
    const value = cell(row, column);
    if (value.length === 0) {
      if (required) reject(column, `missing: ${type} events need one of ${allowed.join(", ")}`);
      return;
    }
    if (allowed.includes(value)) event[key] = value;
    else reject(column, `unknown value ${quoteShort(value)}; expected one of ${allowed.join(", ")}`);
  };
  const requiredText = (column: CanonicalColumn, key: string): void => {
    const value = cell(row, column);
    if (value.length === 0) reject(column, `missing: ${type} events need it`);
    else event[key] = value;
  };

  switch (type) {
    case "strategy-discussion":
      optionalYesNo("initiated_s47", "initiatedSection47");
      optionalYesNo("conference_not_required", "conferenceNotRequired");
      break;
    case "initial-conference":
      choice("outcome", "outcome", ["plan", "no-plan"], true);
      break;
    case "transfer-in-conference":
      choice("outcome", "outcome", ["plan", "no-plan"], false);
      break;
    case "core-group": {
      choice("status", "status", ["held", "cancelled", "not-held"], false);
      const chair = cell(row, "chair_role");
      if (chair.length > 0) event["chair"] = { role: chair };
      const attendees = cell(row, "attendees");
      if (attendees.length > 0) {
        const list = splitList(attendees).map((entry) => {
          const colon = entry.indexOf(":");
          if (colon < 0) return { role: entry };
          const role = entry.slice(0, colon).trim();
          const professionalId = entry.slice(colon + 1).trim();
          if (role.length === 0 || professionalId.length === 0) {
            reject("attendees", `expected role or role:professionalId, found ${quoteShort(entry)}`);
          }
          return { role, professionalId };
        });
        event["attendees"] = list;
      }
      optionalYesNo("family_told_may_contribute", "absentFamilyToldMayContributeInWriting");
      optionalDate("record_entered_date", "recordEnteredDate");
      optionalDate("minutes_circulated_date", "minutesCirculatedDate");
      break;
    }
    case "review-conference": {
      choice("outcome", "outcome", ["plan-continues", "plan-ends"], true);
      optionalDate("report_shared_date", "reportSharedDate");
      const sharedWith = cell(row, "report_shared_with");
      if (sharedWith.length > 0) {
        const list = splitList(sharedWith);
        for (const entry of list) {
          if (!REPORT_SHARED_WITH.includes(entry)) {
            reject("report_shared_with", `unknown value ${quoteShort(entry)}; expected ${REPORT_SHARED_WITH.join(", ")}`);
          }
        }
        event["reportSharedWith"] = list;
      }
      break;
    }
    case "plan-end":
      choice("reason", "reason", PLAN_END_REASONS, true);
      break;
    default: // exception
      requiredText("rule_id", "ruleId");
      optionalDate("due_date", "dueDate");
      requiredText("reason", "reason");
      requiredText("approved_by", "approvedBy");
  }
  group.events.push(event);
}

function splitList(text: string): string[] {
  return text
    .split(";")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

function readProfessionals(text: string): { list: Record<string, unknown>[]; problems: string[] } {
  const list: Record<string, unknown>[] = [];
  const problems: string[] = [];
  for (const entry of splitList(text)) {
    const parts = entry.split(":").map((part) => part.trim());
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
  const professionals = value("professionals");
  if (professionals !== undefined) timeline["professionals"] = readProfessionals(professionals).list;
  timeline["events"] = group.events;
  return timeline;
}
