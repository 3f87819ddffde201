import type { AuditItem } from "../audit-item.js";
import type { AuditSummary, GroupSummary } from "../summary/summary-types.js";
import { indicatorCsvRows, noIndicatorCells } from "./indicator-csv-rows.js";
import { CSV_BOM, csvCell, csvRow, repeatedCell } from "./csv-cell.js";
import { issuePathText } from "../../model/issue.js";

/**
 * The columns of the obligations CSV, in order.
 *
 * @example
 * ```ts
 * OBLIGATION_CSV_COLUMNS[0]; // "case_id"
 * ```
 */
export const OBLIGATION_CSV_COLUMNS = [
  "case_id",
  "team",
  "episode",
  "rule_id",
  "title",
  "status",
  "anchor_type",
  "anchor_date",
  "due_date",
  "actual_date",
  "days_late",
  "working_days_late",
  "exception_reason",
  "explanation",
  "citation_document",
] as const;

/**
 * The header of the obligations CSV, starting with the UTF-8 byte order mark.
 *
 * @example
 * ```ts
 * let file = obligationCsvHeader();
 * for (const item of audit) file += obligationCsvRows(item);
 * ```
 */
export function obligationCsvHeader(): string {
  return CSV_BOM + csvRow(OBLIGATION_CSV_COLUMNS);
}

/**
 * The obligations CSV rows of one audit item: one row per obligation (none for a rejected
 * record; rejected records go to {@link rejectionCsvRows}). Dates are `YYYY-MM-DD`; CRLF line ends.
 * The cells every row repeats (case, team, rule, title, status, anchor type, citation) are
 * escaped once, not once per row; dates and numbers need no escaping and are written as they are.
 *
 * @example
 * ```ts
 * for await (const item of audit) out.write(obligationCsvRows(item));
 * ```
 */
export function obligationCsvRows(item: AuditItem): string {
  if (item.kind !== "evaluated") return "";
  const { caseId, team, obligations } = item.evaluation;
  const lead = `${csvCell(caseId)},${repeatedCell(team)},`;
  let rows = "";
  for (const o of obligations) {
    rows +=
      `${lead}${o.episode ?? ""},${repeatedCell(o.ruleId)},${repeatedCell(o.title)},${repeatedCell(o.status)},` +
      `${repeatedCell(o.anchor.type)},${o.anchor.date},${o.dueDate},${o.actualDate ?? ""},${o.daysLate},${o.workingDaysLate},` +
      `${csvCell(o.exception?.reason)},${csvCell(o.explanation)},${repeatedCell(o.citation.document)}\r\n`;
  }
  return rows;
}

/**
 * The columns of the rejected-records CSV: where the record is (`file`, `record_number`), where
 * the problem is (`line`, `column`: the problem's own, else the record's first line), the
 * `case_id`, the `stage`, then the issue: `code`, `path` (its keys joined with ".", empty for the
 * record as a whole), `message`, and `expected` and `received` where they apply.
 *
 * @example
 * ```ts
 * REJECTION_CSV_COLUMNS.includes("message"); // true
 * ```
 */
export const REJECTION_CSV_COLUMNS = [
  "file",
  "record_number",
  "line",
  "column",
  "case_id",
  "stage",
  "code",
  "path",
  "message",
  "expected",
  "received",
] as const;

/**
 * The header of the rejected-records CSV, starting with the UTF-8 byte order mark.
 *
 * @example
 * ```ts
 * const file = rejectionCsvHeader() + rejectionCsvRows(item);
 * ```
 */
export function rejectionCsvHeader(): string {
  return CSV_BOM + csvRow(REJECTION_CSV_COLUMNS);
}

/**
 * One row per issue a record was rejected for (none for an evaluated case).
 *
 * @example
 * ```ts
 * for await (const item of audit) rejected.write(rejectionCsvRows(item));
 * ```
 */
export function rejectionCsvRows(item: AuditItem): string {
  if (item.kind !== "rejected") return "";
  const { source } = item;
  let rows = "";
  for (const rejection of item.rejections) {
    rows += csvRow([
      source.file ?? null,
      source.recordNumber,
      rejection.line ?? source.line ?? null,
      rejection.column ?? null,
      source.caseId ?? null,
      item.stage,
      rejection.code,
      issuePathText(rejection.path),
      rejection.message,
      rejection.expected ?? null,
      rejection.received ?? null,
    ]);
  }
  return rows;
}

/**
 * The columns of the summary CSV. `level` is `profile`, `rule`, `check`, `not-audited` or
 * `indicator`; `group_by` is `all`, `month` (of the due date, `YYYY-MM`), `team` or (indicators)
 * `year` (the reporting year, `2024-25`). Status columns are empty on check rows, answer columns
 * empty on the others; `numerator`, `denominator`, `percent` and `value` (a whole number such as
 * a quartile or a count) are filled on indicator rows only.
 *
 * @example
 * ```ts
 * SUMMARY_CSV_COLUMNS.includes("percent_met_on_time"); // true
 * ```
 */
export const SUMMARY_CSV_COLUMNS = [
  "level",
  "rule_id",
  "title",
  "group_by",
  "group",
  "met",
  "late",
  "missing",
  "pending",
  "exception",
  "not_applicable",
  "total",
  "percent_met_on_time",
  "median_working_days_late",
  "p90_working_days_late",
  "max_working_days_late",
  "answer_yes",
  "answer_no",
  "answer_not_recorded",
  "answer_not_applicable",
  "numerator",
  "denominator",
  "percent",
  "value",
] as const;

function groupCells(group: GroupSummary): (string | number | null)[] {
  const c = group.counts;
  return [
    c.met,
    c.late,
    c.missing,
    c.pending,
    c.exception,
    c["not-applicable"],
    group.total,
    group.percentMetOnTime,
    group.lateness.medianWorkingDays,
    group.lateness.p90WorkingDays,
    group.lateness.maxWorkingDays,
    null,
    null,
    null,
    null,
    ...noIndicatorCells(),
  ];
}

/**
 * The whole summary CSV (with byte order mark): the profile overall, by month and by team;
 * each rule likewise; then one row per check rule with its answers; then one `not-audited` row
 * per rule the input cannot support (the reason in the `group` column); then the national
 * indicators, per reporting year (counts only: the case ids are in the JSON summary).
 *
 * @example
 * ```ts
 * await writeFile("audit.summary.csv", summaryCsv(audit.summary()));
 * ```
 */
export function summaryCsv(summary: AuditSummary): string {
  let text = CSV_BOM + csvRow(SUMMARY_CSV_COLUMNS);
  const profileTitle = `${summary.profile.name} (${summary.profile.id} ${summary.profile.version})`;
  text += csvRow(["profile", null, profileTitle, "all", "all", ...groupCells(summary)]);
  for (const m of summary.byMonth) text += csvRow(["profile", null, profileTitle, "month", m.key, ...groupCells(m)]);
  for (const t of summary.byTeam) text += csvRow(["profile", null, profileTitle, "team", t.key, ...groupCells(t)]);
  for (const rule of summary.rules) {
    text += csvRow(["rule", rule.ruleId, rule.title, "all", "all", ...groupCells(rule)]);
    for (const m of rule.byMonth) text += csvRow(["rule", rule.ruleId, rule.title, "month", m.key, ...groupCells(m)]);
    for (const t of rule.byTeam) text += csvRow(["rule", rule.ruleId, rule.title, "team", t.key, ...groupCells(t)]);
  }
  for (const check of summary.checks) {
    const a = check.answers;
    text += csvRow([
      "check",
      check.ruleId,
      check.title,
      "all",
      "all",
      ...Array<null>(11).fill(null),
      a.yes,
      a.no,
      a["not-recorded"],
      a["not-applicable"],
      ...noIndicatorCells(),
    ]);
  }
  for (const rule of summary.unsupportedRules) {
    text += csvRow(["not-audited", rule.ruleId, rule.title, "reason", rule.reason]);
  }
  text += indicatorCsvRows(summary.indicators, summary.unsupportedIndicators);
  return text;
}
