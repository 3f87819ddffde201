import type { DateFormat } from "../../audit/adapters/date-text.js";
import { auditCases } from "../../audit/audit-cases.js";
import type { AuditItem } from "../../audit/audit-item.js";
import { rulesUnsupportedByCinCensus } from "../../audit/cin-census-support.js";
import {
  obligationCsvHeader,
  obligationCsvRows,
  rejectionCsvHeader,
  rejectionCsvRows,
  summaryCsv,
} from "../../audit/writers/csv-writer.js";
import { createHtmlReport } from "../../audit/writers/html-report.js";
import { createJsonWriter } from "../../audit/writers/json-writer.js";
import { isIsoDate } from "../../dates/iso-date.js";
import { usageError } from "../cli-error.js";
import { checkInputFiles, INPUT_FORMATS, readInputFiles, type InputFormat } from "../input-files.js";
import { OutputSink } from "../output-sink.js";
import { CASE_INPUT_OPTIONS, parseCommand } from "../parse-command.js";
import { profileFromOptions } from "../profile-option.js";
import { startProgress } from "../progress.js";
import { summaryText } from "../summary-text.js";
import { todayInLondon } from "../today.js";

/**
 * `--help` of the `audit` command.
 *
 * @example
 * ```ts
 * process.stdout.write(AUDIT_HELP);
 * ```
 */
export const AUDIT_HELP = `Usage: core-group-rules audit <file...> [options]

Audits every case in the input files against one policy profile and writes the results.

Options:
  --profile <id>          built-in profile (default: working-together; see "core-group-rules profiles")
  --profile-file <path>   a council's own profile (JSON), validated before use
  --as-of <YYYY-MM-DD>    audit date (default: today in Europe/London)
  --input <format>        json | jsonl | csv | cin-xml (default: from each file's extension)
  --date-format <form>    dates in CSV input: iso (default) | dd/mm/yyyy
  --format <format>       json (default) | jsonl | csv | html
  --out <path>            write the output here (default: standard output). With csv, also writes
                          <out-without-.csv>.summary.csv and <out-without-.csv>.rejected.csv
  --strict                exit with code 1 when any record was rejected
  -h, --help              show this help

The short summary goes to standard output when --out is given, else to standard error.
CIN census input (cin-xml) is audited against the national rules only (working-together),
leaving out the rules the census cannot support (no core-group data); the output lists them.
Exit codes: 0 done (breaches are a normal result), 1 rejected records under --strict,
2 bad usage or unreadable input.
`;

const OUTPUT_FORMATS = ["json", "jsonl", "csv", "html"] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

function companionPath(out: string, suffix: string): string {
  return (out.toLowerCase().endsWith(".csv") ? out.slice(0, -4) : out) + suffix;
}

/**
 * Checks and returns `--as-of` (default: today in Europe/London).
 *
 * @example
 * ```ts
 * asOfOption("2025-03-31"); // "2025-03-31"
 * ```
 */
export function asOfOption(value: string | undefined): string {
  if (value === undefined) return todayInLondon();
  if (!isIsoDate(value)) throw usageError(`--as-of must be a real date written YYYY-MM-DD, got "${value}"`);
  return value;
}

/**
 * Checks `--input`.
 *
 * @example
 * ```ts
 * inputOption("jsonl"); // "jsonl"
 * ```
 */
export function inputOption(value: string | undefined): InputFormat | undefined {
  if (value === undefined) return undefined;
  if (!(INPUT_FORMATS as readonly string[]).includes(value)) {
    throw usageError(`--input must be one of ${INPUT_FORMATS.join(", ")}, got "${value}"`);
  }
  return value as InputFormat;
}

/**
 * Checks `--date-format`.
 *
 * @example
 * ```ts
 * dateFormatOption("dd/mm/yyyy"); // "dd/mm/yyyy"
 * ```
 */
export function dateFormatOption(value: string | undefined): DateFormat | undefined {
  if (value === undefined) return undefined;
  if (value !== "iso" && value !== "dd/mm/yyyy") throw usageError(`--date-format must be iso or dd/mm/yyyy, got "${value}"`);
  return value;
}

/**
 * Works out the profile and the rules to leave out for the inputs: CIN census input is audited
 * against the national rules only.
 *
 * @example
 * ```ts
 * const { profile, exclude } = await auditProfileFor(values, inputs);
 * ```
 */
export async function auditProfileFor(
  values: { profile?: string | undefined; "profile-file"?: string | undefined },
  formats: readonly InputFormat[],
) {
  const cin = formats.filter((format) => format === "cin-xml").length;
  if (cin > 0 && cin < formats.length) {
    throw usageError("CIN census files (cin-xml) cannot be audited together with other inputs: audit them separately");
  }
  if (cin > 0 && (values["profile-file"] !== undefined || (values.profile ?? "working-together") !== "working-together")) {
    throw usageError("CIN census input is audited against the national rules only: leave out --profile (or use working-together)");
  }
  const profile = await profileFromOptions(values, "working-together");
  return { profile, exclude: cin > 0 ? rulesUnsupportedByCinCensus(profile) : [] };
}

/**
 * The `audit` command. Returns the exit code.
 *
 * @example
 * ```ts
 * const code = await auditCommand(["cases.jsonl", "--profile", "medway", "--format", "csv", "--out", "audit.csv"]);
 * ```
 */
export async function auditCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand("audit", args, {
    ...CASE_INPUT_OPTIONS,
    out: { type: "string" },
    strict: { type: "boolean" },
  });
  if (values.help === true) {
    process.stdout.write(AUDIT_HELP);
    return 0;
  }
  const format = (values.format ?? "json") as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw usageError(`--format must be one of ${OUTPUT_FORMATS.join(", ")}, got "${format}"`);
  const asOf = asOfOption(values["as-of"]);
  const dateFormat = dateFormatOption(values["date-format"]);
  const inputs = await checkInputFiles(positionals, inputOption(values.input));
  const { profile, exclude } = await auditProfileFor(values, inputs.map((input) => input.format));

  const out = values.out;
  const main = out === undefined ? OutputSink.toStdout() : await OutputSink.toFile(out);
  const summarySink = format === "csv" && out !== undefined ? await OutputSink.toFile(companionPath(out, ".summary.csv")) : null;
  const rejectedSink = format === "csv" && out !== undefined ? await OutputSink.toFile(companionPath(out, ".rejected.csv")) : null;

  const audit = auditCases(readInputFiles(inputs, dateFormat), { profile, asOf, exclude });
  const stopProgress = startProgress(
    inputs.reduce((sum, input) => sum + input.bytes, 0),
    () => audit.progress(),
  );
  const shownRejections: AuditItem[] = [];
  try {
    if (format === "csv") {
      await main.write(obligationCsvHeader());
      await rejectedSink?.write(rejectionCsvHeader());
      for await (const item of audit) {
        if (item.kind === "evaluated") {
          const wait = main.write(obligationCsvRows(item));
          if (wait !== undefined) await wait;
        } else {
          if (shownRejections.length < 5) shownRejections.push(item);
          const wait = rejectedSink?.write(rejectionCsvRows(item));
          if (wait !== undefined) await wait;
        }
      }
      await summarySink?.write(summaryCsv(audit.summary()));
    } else if (format === "html") {
      const report = createHtmlReport({ notes: [`Input: ${inputs.map((input) => input.path).join(", ")}`] });
      for await (const item of audit) {
        if (item.kind === "rejected" && shownRejections.length < 5) shownRejections.push(item);
        report.add(item);
      }
      await main.write(report.render(audit.summary()));
    } else {
      const writer = createJsonWriter(format);
      await main.write(writer.start());
      for await (const item of audit) {
        if (item.kind === "rejected" && shownRejections.length < 5) shownRejections.push(item);
        const wait = main.write(writer.write(item));
        if (wait !== undefined) await wait;
      }
      await main.write(writer.end(audit.summary()));
    }
  } finally {
    stopProgress();
  }
  await main.close();
  await summarySink?.close();
  await rejectedSink?.close();

  const summary = audit.summary();
  let text = summaryText(summary);
  for (const item of shownRejections) {
    if (item.kind !== "rejected") continue;
    const where = [item.source.file, item.source.line === undefined ? `record ${item.source.recordNumber}` : `line ${item.source.line}`]
      .filter(Boolean)
      .join(":");
    const first = item.rejections[0];
    text += `Rejected ${where}${item.source.caseId === undefined ? "" : ` (case ${item.source.caseId})`}: ${first?.field ?? "?"}: ${first?.reason ?? "?"}\n`;
  }
  if (summary.records.rejected > shownRejections.length) {
    text += `(${summary.records.rejected - shownRejections.length} more rejected records${rejectedSink === null ? " in the output" : ` in ${rejectedSink.label}`})\n`;
  }
  if (out !== undefined) {
    text += `Wrote ${out}${summarySink === null ? "" : `, ${summarySink.label}, ${rejectedSink!.label}`}\n`;
    process.stdout.write(text);
  } else {
    process.stderr.write(text);
  }
  return values.strict === true && summary.records.rejected > 0 ? 1 : 0;
}
