import type { AuditItem } from "../audit/audit-item.js";
import { headlineYear } from "../audit/indicators/headline-year.js";
import type { IndicatorFigure } from "../audit/indicators/indicator-types.js";
import type { AuditSummary, NotReadCounts } from "../audit/summary/summary-types.js";
import { printable } from "./terminal-text.js";
import { issuePathText } from "../model/issue.js";

const n = (value: number): string => value.toLocaleString("en-GB");

/**
 * The short plain-text summary the CLI prints after an audit.
 *
 * @example
 * ```ts
 * process.stdout.write(summaryText(audit.summary()));
 * ```
 */
export function summaryText(summary: AuditSummary): string {
  const c = summary.counts;
  const lines = [
    printable(`Profile ${summary.profile.id} (${summary.profile.name}, version ${summary.profile.version}), as of ${summary.asOf}`),
    `Records: ${n(summary.records.read)} read = ${n(summary.records.evaluated)} evaluated + ${n(summary.records.rejected)} rejected`,
    ...(summary.records.notRead === undefined ? [] : [notReadLine(summary.records.notRead)]),
    `Obligations: ${n(summary.total)} (met ${n(c.met)}, late ${n(c.late)}, missing ${n(c.missing)}, pending ${n(c.pending)}, exception ${n(c.exception)}, not applicable ${n(c["not-applicable"])})`,
    `Met on time: ${summary.percentMetOnTime === null ? "n/a (nothing decided yet)" : `${summary.percentMetOnTime.toFixed(1)}%`} of met + late + missing` +
      (summary.lateness.count > 0
        ? `; late by a median of ${summary.lateness.medianWorkingDays} working days (90th percentile ${summary.lateness.p90WorkingDays})`
        : ""),
    `Breaches: ${n(summary.breaches)} obligations late or missing, ${n(summary.checkBreaches)} failed checks, in ${n(summary.casesWithBreaches)} cases`,
  ];
  for (const rule of summary.unsupportedRules) lines.push(`Not audited: ${rule.ruleId} (${rule.reason})`);
  const year = headlineYear(summary.indicators);
  if (year !== undefined) {
    const figure = (label: string, f: IndicatorFigure | undefined) =>
      f === undefined ? `${label} not computed` : `${label} ${f.percentage === null ? "n/a" : `${f.percentage.toFixed(1)}%`} (${n(f.numerator)}/${n(f.denominator)})`;
    lines.push(
      `National indicators ${year.year}${year.partial ? ` so far (to ${year.censusDate})` : ""}: ` +
        [
          figure("ICPC within 15 working days", year["icpc-within-15-working-days"]),
          figure("reviews on time", year["reviews-on-time"]),
          figure("repeat plans", year["repeat-plans"]),
          figure("plans ending after 2 years or more", year["plans-lasting-2-years-or-more"]),
        ].join(", "),
    );
  }
  for (const item of summary.unsupportedIndicators) lines.push(`Not computed: ${item.indicator} (${item.reason})`);
  return lines.join("\n") + "\n";
}

/**
 * One rejected record in one line, safe to print: where it is (file, line or record number),
 * its case id (cut at 200 characters: a CSV case id can be a whole file), and the first issue:
 * its path (keys joined with ".", left out when the issue is about the record as a whole) and
 * message.
 *
 * @example
 * ```ts
 * rejectedText(item); // "cases.jsonl:line 7 (case C-1): dates.start: not a date"
 * ```
 */
export function rejectedText(item: AuditItem & { kind: "rejected" }): string {
  const where = [item.source.file, item.source.line === undefined ? `record ${item.source.recordNumber}` : `line ${item.source.line}`]
    .filter(Boolean)
    .join(":");
  const first = item.rejections[0];
  const id = item.source.caseId;
  const caseId = id === undefined ? "" : ` (case ${id.length > 200 ? `${id.slice(0, 200)}...` : id})`;
  const path = first === undefined ? "" : issuePathText(first.path);
  return printable(`${where}${caseId}: ${path === "" ? "" : `${path}: `}${first?.message ?? "?"}`);
}

/**
 * The line that says part of the input could not be read (the CLI then exits with code 3).
 *
 * @example
 * ```ts
 * notReadLine({ bytes: 1200, lines: 51 }); // "Not read: 1,200 bytes (51 lines) of the input could not be read; ..."
 * ```
 */
export function notReadLine(notRead: NotReadCounts): string {
  return `Not read: ${n(notRead.bytes)} bytes (${n(notRead.lines)} lines) of the input could not be read, so the records in them are not counted; the rejected records say where`;
}
