import {
  CASE_EVENT_TYPES,
  CONFERENCE_OUTCOMES,
  MEETING_STATUSES,
  PLAN_END_REASONS,
  REPORT_RECIPIENTS,
  REVIEW_OUTCOMES,
  type CaseEventType,
} from "../../model/timeline-vocabulary.js";
import type { ReadProblemCode, Rejection } from "../input-record.js";
import { rejection } from "../rejection.js";
import type { CsvRow } from "./csv-rows.js";
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
  /**
   * The cases whose rows lie in more than one place (in this log, or in it and another log of the
   * same audit), each with why it is rejected: from {@link findSplitCsvCases} over the same
   * input, read once before. Given, the log is read as it streams; not given, the reader holds
   * the whole input in memory to look at it twice (see {@link readCsvEventLog}).
   */
  readonly splitCases?: ReadonlyMap<string, string>;
}

/**
 * The columns a CSV event log's header must name.
 *
 * @example
 * ```ts
 * REQUIRED_COLUMNS.includes("date"); // true
 * ```
 */
export const REQUIRED_COLUMNS: readonly CanonicalColumn[] = ["case_id", "event_type", "date"];
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


/**
 * The case whose rows are being read: its events so far, the rejections of its cells, and its
 * case-level values with the line of each.
 *
 * @example
 * ```ts
 * const group: CurrentCase = { caseId: "C-1", firstLine: 2, lastLine: 2, events: [], rejections: [], caseFields: new Map(), professionals: undefined };
 * ```
 */
export interface CurrentCase {
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
 * A good header row, resolved: the position and the header's own name of each canonical column
 * it has, and how many fields it has.
 *
 * @example
 * ```ts
 * const header: ResolvedHeader = { ok: true, index: new Map([["case_id", 0]]), names: new Map([["case_id", "case_id"]]), width: 3 };
 * ```
 */
export type ResolvedHeader = {
  readonly ok: true;
  readonly index: Map<CanonicalColumn, number>;
  readonly names: Map<CanonicalColumn, string>;
  readonly width: number;
};

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
 *
 * @example
 * ```ts
 * const events = new EventRowReader(header, "iso");
 * events.read({ fields: ["C-1", "plan-end", "2024-02-12"], line: 9 }, group); // group.events gains the plan-end
 * ```
 */
export class EventRowReader {
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

  /** The 1-based position of `column` in the header, for rejections (undefined when the header lacks it). */
  columnOf(column: CanonicalColumn): number | undefined {
    return this.#positions[column] < 0 ? undefined : this.#positions[column] + 1;
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
        this.#reject("conflicting-value", column, `${quoteShort(value)} differs from ${quoteShort(earlier.value)} on line ${earlier.line}: a case has one value`, earlier.value, value);
      }
    }
    const childDob = this.#cell("child_dob");
    if (childDob.length > 0) {
      const date = readDateText(childDob, this.#dateFormat);
      if (!date.ok) this.#reject("invalid-date", "child_dob", date.reason, undefined, childDob);
    }
    const lookedAfter = this.#cell("looked_after");
    if (lookedAfter.length > 0 && readYesNo(lookedAfter) === undefined) this.#reject("invalid-value", "looked_after", `expected y or n, found ${quoteShort(lookedAfter)}`, "y or n", lookedAfter);
    const professionals = this.#cell("professionals");
    if (professionals.length > 0) {
      const reading = readProfessionals(professionals);
      for (const problem of reading.problems) this.#reject("invalid-value", "professionals", problem);
      // The timeline takes the first value; any other value on a later row rejects the case.
      group.professionals ??= reading.list;
    }

    const typeCell = this.#cell("event_type");
    if (typeCell.length === 0) {
      this.#reject("missing", "event_type", "missing event type");
      return;
    }
    const typeIndex = EVENT_TYPES.indexOf(typeCell);
    if (typeIndex < 0) {
      this.#reject("invalid-value", "event_type", `unknown event type ${quoteShort(typeCell)}; expected one of ${EVENT_TYPES.join(", ")}`, EVENT_TYPES.join(", "), typeCell);
      return;
    }
    // The constant rather than the cell's copy: its identity makes the switch below cheap.
    const type = EVENT_TYPES[typeIndex] as string;
    for (const at of this.#notApplicableAt[typeIndex] as readonly number[]) {
      const value = trimCell(row.fields[at] as string);
      if (value.length > 0) this.#reject("not-applicable", this.#columnAt[at] as CanonicalColumn, `does not apply to a ${type} event (found ${quoteShort(value)})`, undefined, value);
    }
    const event: Record<string, unknown> = { type };
    this.#type = type;
    this.#event = event;
    const eventId = this.#cell("event_id");
    if (eventId.length > 0) event["id"] = eventId;
    const dateCell = this.#cell("date");
    if (dateCell.length === 0) this.#reject("missing", "date", "missing date");
    else {
      const date = readDateText(dateCell, this.#dateFormat);
      if (date.ok) event["date"] = date.date;
      else this.#reject("invalid-date", "date", date.reason, undefined, dateCell);
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
              this.#reject("invalid-value", "report_shared_with", `unknown value ${quoteShort(entry)}; expected ${REPORT_SHARED_WITH.join(", ")}`, REPORT_SHARED_WITH.join(", "), entry);
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

  #reject(code: ReadProblemCode, column: CanonicalColumn, message: string, expected?: string, received?: string): void {
    (this.#group as CurrentCase).rejections.push(rejection(code, [this.nameOf(column)], message, { expected, received, line: this.#line, column: this.columnOf(column) }));
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
        this.#reject("invalid-value", "attendees", `expected role or role:professionalId, found ${quoteShort(entry)}`, "role or role:professionalId", entry);
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
    else this.#reject("invalid-date", column, date.reason, undefined, value);
  }

  #optionalYesNo(column: CanonicalColumn, key: string): void {
    const value = this.#cell(column);
    if (value.length === 0) return;
    const answer = readYesNo(value);
    if (answer === undefined) this.#reject("invalid-value", column, `expected y or n, found ${quoteShort(value)}`, "y or n", value);
    else this.#event[key] = answer;
  }

  #choice(column: CanonicalColumn, key: string, allowed: readonly string[], required: boolean): void {
    const value = this.#cell(column);
    if (value.length === 0) {
      if (required) this.#reject("missing", column, `missing: ${this.#type} events need one of ${allowed.join(", ")}`, allowed.join(", "));
      return;
    }
    if (allowed.includes(value)) this.#event[key] = value;
    else this.#reject("invalid-value", column, `unknown value ${quoteShort(value)}; expected one of ${allowed.join(", ")}`, allowed.join(", "), value);
  }

  #requiredText(column: CanonicalColumn, key: string): void {
    const value = this.#cell(column);
    if (value.length === 0) this.#reject("missing", column, `missing: ${this.#type} events need it`);
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

/**
 * The case timeline (published JSON form) of a case read without rejections.
 *
 * @example
 * ```ts
 * buildTimeline(group, "iso"); // { id: "C-1", events: [...] }
 * ```
 */
export function buildTimeline(group: CurrentCase, dateFormat: DateFormat): Record<string, unknown> {
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