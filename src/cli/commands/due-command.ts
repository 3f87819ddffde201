import { auditCases } from "../../audit/audit-cases.js";
import { csvRow, CSV_BOM } from "../../audit/writers/csv-cell.js";
import { daysBetween } from "../../dates/civil-arithmetic.js";
import type { AuditItem } from "../../audit/audit-item.js";
import { usageError } from "../cli-error.js";
import { checkInputFiles, readInputFiles } from "../input-files.js";
import { nothingEvaluated } from "../nothing-evaluated.js";
import { CASE_INPUT_OPTIONS, parseCommand } from "../parse-command.js";
import { notReadLine } from "../summary-text.js";
import { printable } from "../terminal-text.js";
import { asOfOption, auditProfileFor, dateFormatOption, inputOption } from "./audit-command.js";

/**
 * `--help` of the `due` command.
 *
 * @example
 * ```ts
 * process.stdout.write(DUE_HELP);
 * ```
 */
export const DUE_HELP = `Usage: core-group-rules due <file...> [options]

Lists what is due next for each open case (its pending obligation due soonest) as of a date,
soonest first, with how many of its obligations are already overdue (missing).

Options:
  --profile <id> | --profile-file <path> | --as-of <YYYY-MM-DD> | --input <format> | --date-format <form>
                          as for "audit"
  --format <format>       text (default) | csv | json
  --limit <n>             show at most n cases (default: all)
  -h, --help              show this help

Rejected records are counted on standard error. Exit codes: 0 done, 2 bad usage or unreadable
input, 3 part of an input could not be read (the rest is listed; standard error says how much),
4 no record could be evaluated (nothing is printed on standard output), 130 interrupted
(SIGINT), 143 terminated (SIGTERM).
`;

interface DueRow {
  readonly caseId: string;
  readonly team: string | null;
  readonly ruleId: string;
  readonly title: string;
  readonly dueDate: string;
  readonly daysLeft: number;
  readonly overdue: number;
}

/**
 * The `due` command. Keeps one small row per open case (not the evaluations) to sort them.
 *
 * @example
 * ```ts
 * const code = await dueCommand(["cases.jsonl", "--profile", "cumbria", "--as-of", "2025-03-31"]);
 * ```
 */
export async function dueCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand("due", args, {
    ...CASE_INPUT_OPTIONS,
    limit: { type: "string" },
  });
  if (values.help === true) {
    process.stdout.write(DUE_HELP);
    return 0;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "csv" && format !== "json") throw usageError(`--format must be text, csv or json, got "${format}"`);
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!(Number.isInteger(limit) || limit === Infinity) || limit < 1) throw usageError(`--limit must be a whole number of at least 1`);
  const asOf = asOfOption(values["as-of"]);
  const inputs = await checkInputFiles(positionals, inputOption(values.input));
  const { profile, exclude } = await auditProfileFor(values, inputs.map((input) => input.format));
  const audit = auditCases(readInputFiles(inputs, dateFormatOption(values["date-format"])), { profile, asOf, exclude });
  const rows: DueRow[] = [];
  let firstRejected: AuditItem | undefined;
  for await (const item of audit) {
    if (item.kind !== "evaluated") {
      firstRejected ??= item;
      continue;
    }
    const next = item.evaluation.nextDue;
    if (next === null) continue;
    let overdue = 0;
    for (const o of item.evaluation.obligations) if (o.status === "missing") overdue += 1;
    rows.push({
      caseId: item.evaluation.caseId,
      team: item.evaluation.team,
      ruleId: next.ruleId,
      title: next.title,
      dueDate: next.dueDate,
      daysLeft: daysBetween(asOf, next.dueDate),
      overdue,
    });
  }
  const { records } = audit.summary();
  // Nothing evaluated: an empty table would read as "nothing due", so nothing is printed.
  const nothing = nothingEvaluated(records, firstRejected, inputs.map((input) => input.format));
  if (nothing !== undefined) throw nothing;
  rows.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  const shown = rows.slice(0, limit === Infinity ? rows.length : limit);
  let text: string;
  if (format === "json") {
    text = JSON.stringify({ asOf, profile: profile.id, openCases: rows.length, due: shown }, null, 2) + "\n";
  } else if (format === "csv") {
    text =
      CSV_BOM +
      csvRow(["case_id", "team", "rule_id", "title", "due_date", "days_left", "overdue_obligations"]) +
      shown.map((r) => csvRow([r.caseId, r.team, r.ruleId, r.title, r.dueDate, r.daysLeft, r.overdue])).join("");
  } else {
    const header = ["Due", "In days", "Case", "Team", "Next obligation", "Overdue"];
    const table = shown.map((r) => [r.dueDate, String(r.daysLeft), printable(r.caseId), printable(r.team ?? ""), printable(`${r.title} (${r.ruleId})`), String(r.overdue)]);
    // Loops, not Math.max(...lengths): 130,000 open cases overflowed the stack.
    const widths = header.map((h) => h.length);
    for (const row of table) row.forEach((cell, i) => (widths[i] = Math.min(60, Math.max(widths[i]!, cell.length))));
    const line = (cells: string[]): string => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd() + "\n";
    text = `What is due next as of ${asOf} (profile ${printable(profile.id)}): ${rows.length} open case${rows.length === 1 ? "" : "s"}\n`;
    text += line(header) + table.map(line).join("");
    if (shown.length < rows.length) text += `(${rows.length - shown.length} more not shown: raise --limit)\n`;
  }
  process.stdout.write(text);
  if (records.rejected > 0) process.stderr.write(`${records.rejected} of ${records.read} records rejected (run "audit" to see why)\n`);
  if (records.notRead !== undefined) {
    process.stderr.write(`${notReadLine(records.notRead)} (run "audit" to see them)\n`);
    return 3;
  }
  return 0;
}
