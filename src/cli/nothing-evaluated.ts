import type { AuditItem } from "../audit/audit-item.js";
import type { RecordCounts } from "../audit/summary/summary-types.js";
import { CliError } from "./cli-error.js";
import type { InputFormat } from "./input-files.js";
import { rejectedText } from "./summary-text.js";

/**
 * The error of a run that evaluated no record at all (exit code 4), or undefined when it
 * evaluated one or more: one line saying why (no record in the input, or every record rejected,
 * with the first reason) and what to try.
 *
 * @example
 * ```ts
 * const error = nothingEvaluated({ read: 0, evaluated: 0, rejected: 0 }, undefined, ["csv"]);
 * if (error !== undefined) throw error; // "no record could be evaluated: the input holds no records; ..."
 * ```
 */
export function nothingEvaluated(
  records: RecordCounts,
  firstRejected: AuditItem | undefined,
  formats: readonly InputFormat[],
): CliError | undefined {
  if (records.evaluated > 0) return undefined;
  const csv = formats.includes("csv");
  const tryThis = `check that the input is the export you meant, in the format ${[...new Set(formats)].join(", ")} (else give --input)${csv ? ", and its header row and --date-format" : ""}`;
  if (records.read === 0) return new CliError(`no record could be evaluated: the input holds no records; ${tryThis}`, 4);
  const first = firstRejected?.kind === "rejected" ? ` (first: ${rejectedText(firstRejected)})` : "";
  const all = records.rejected === 1 ? "its only record was" : `all ${records.rejected.toLocaleString("en-GB")} records were`;
  return new CliError(`no record could be evaluated: ${all} rejected${first}; ${tryThis}`, 4);
}
