import { basename, extname } from "node:path";
import type { DateFormat } from "../../audit/adapters/date-text.js";
import { auditCases, type AuditOptions } from "../../audit/audit-cases.js";
import type { AuditItem } from "../../audit/audit-item.js";
import { createCaseAuditor } from "../../audit/case-auditor.js";
import { indicatorsUnsupportedByCinCensus, rulesUnsupportedByCinCensus } from "../../audit/cin-census-support.js";
import type { AuditSummary, RecordCounts } from "../../audit/summary/summary-types.js";
import { isIsoDate } from "../../dates/iso-date.js";
import { FIRST_SUPPORTED_YEAR } from "../../dates/supported-months.js";
import type { Profile } from "../../policy/profile.js";
import { showsChecklist, showsIndicatorCaseIds } from "../../audit/writers/item-text-writer.js";
import { AUDIT_OUTPUT_FORMATS, createAuditOutput, type AuditOutput, type AuditOutputFormat } from "../audit-output.js";
import { AUDIT_WORKER_ROLE, REJECTED_SHOWN, type AuditWorkerInit } from "../audit-worker-protocol.js";
import { defaultWorkerCount } from "../audit-worker-pool.js";
import { usageError } from "../cli-error.js";
import { checkInputFiles, INPUT_FORMATS, readInputFiles, type InputFile, type InputFormat } from "../input-files.js";
import { OutputSink } from "../output-sink.js";
import { auditInWorkers } from "../parallel-audit.js";
import { readableInParts } from "../csv-event-log-batches.js";
import { CASE_INPUT_OPTIONS, parseCommand } from "../parse-command.js";
import { profileAndDataFromOptions } from "../profile-option.js";
import { startProgress } from "../progress.js";
import { nothingEvaluated } from "../nothing-evaluated.js";
import { auditOutputFiles, checkOutputFiles } from "../output-targets.js";
import { rejectedText, summaryText } from "../summary-text.js";
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
  --year <YYYY>           national indicators for the reporting year 1 April YYYY to 31 March
                          YYYY+1 only (default: every reporting year in the data up to the
                          audit date)
  --input <format>        json | jsonl | csv | cin-xml (default: from each file's extension)
  --date-format <form>    dates in CSV input: iso (default) | dd/mm/yyyy
  --format <format>       json | jsonl | csv | html (default: from the --out file's extension,
                          .html, .csv, .jsonl or .ndjson, .json; else json)
  --out <path>            write the output here (default: standard output). With csv, also writes
                          <out-without-.csv>.summary.csv and <out-without-.csv>.rejected.csv
  --strict                exit with code 1 when any record was rejected
  --workers <n>           worker threads for JSON Lines and CSV event log input with csv, json
                          or jsonl output (1 = none); default: one per CPU core, at most 2,
                          for 8 MB or more of JSON Lines, 32 MB or more with a CSV event log
  -h, --help              show this help

The short summary goes to standard output when --out is given, else to standard error.
CIN census input (cin-xml) is audited against the national rules only (working-together),
leaving out the rules the census cannot support (no core-group data); the output lists them.
Every file is written to a temporary file beside it and renamed into place once complete: a
run that fails or is stopped leaves any earlier file as it was. An --out (or a file beside it)
that is an input or the profile file is refused.
Exit codes: 0 done (breaches are a normal result), 1 rejected records under --strict,
2 bad usage or unreadable input, 3 part of an input could not be read (the rest was audited
and the outputs written; the summary says how many bytes and lines were not read), 4 no record
could be evaluated (the outputs are still written), 130 interrupted (SIGINT), 143 terminated
(SIGTERM).
`;

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
 * Checks `--year` against the audit date: a four-digit year whose reporting year (1 April YYYY to
 * 31 March YYYY+1) starts on or before the audit date. Undefined when not given.
 *
 * @example
 * ```ts
 * yearOption("2024", "2025-06-30"); // 2024
 * ```
 * @throws CliError (exit code 2) on anything else.
 */
export function yearOption(value: string | undefined, asOf: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw usageError(`--year must be a year written YYYY (the reporting year from 1 April of it), got "${value}"`);
  const year = Number(value);
  if (`${value}-04-01` > asOf) {
    throw usageError(`--year ${value}: the reporting year from 1 April ${value} starts after the audit date ${asOf}`);
  }
  // 1989-90 is the first reporting year holding supported dates (from 1 January 1990).
  if (year < FIRST_SUPPORTED_YEAR - 1) throw usageError(`--year must be ${FIRST_SUPPORTED_YEAR - 1} or later, got "${value}"`);
  return year;
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
 * Checks `--workers` (a whole number from 1 to 64); default: {@link defaultWorkerCount} of the
 * inputs.
 *
 * @example
 * ```ts
 * workersOption("2", inputs); // 2
 * workersOption(undefined, [{ path: "a.jsonl", format: "jsonl", bytes: 1024 }]); // 1
 * ```
 */
export function workersOption(value: string | undefined, inputs: readonly InputFile[]): number {
  if (value === undefined) return defaultWorkerCount(inputs.map((input) => input.format), inputs.reduce((sum, input) => sum + input.bytes, 0));
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > 64) throw usageError(`--workers must be a whole number from 1 to 64, got "${value}"`);
  return count;
}

/**
 * Works out the profile (and the same as data, for worker threads: `--profile-file` is read once)
 * and the rules to leave out for the inputs: CIN census input is audited against the national
 * rules only.
 *
 * @throws CliError (exit code 2) for CIN census input with other inputs or another profile, and
 * as `profileFromOptions` does.
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
  const { profile, data } = await profileAndDataFromOptions(values, "working-together");
  return {
    profile,
    data,
    exclude: cin > 0 ? rulesUnsupportedByCinCensus(profile) : [],
    excludeIndicators: cin > 0 ? indicatorsUnsupportedByCinCensus() : [],
  };
}

const FORMAT_OF_EXTENSION: Readonly<Record<string, AuditOutputFormat>> = {
  ".html": "html",
  ".htm": "html",
  ".csv": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
};

/**
 * The output format an `--out` file's extension names (`report.html` writes HTML), or `json`
 * when there is no `--out` or its extension names none.
 *
 * @example
 * ```ts
 * formatOfOutFile("reports/2025.HTML"); // "html"
 * formatOfOutFile(undefined); // "json"
 * ```
 */
function formatOfOutFile(out: string | undefined): AuditOutputFormat {
  if (out === undefined) return "json";
  return FORMAT_OF_EXTENSION[extname(out).toLowerCase()] ?? "json";
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
    workers: { type: "string" },
    year: { type: "string" },
  });
  if (values.help === true) {
    process.stdout.write(AUDIT_HELP);
    return 0;
  }
  const format = (values.format ?? formatOfOutFile(values.out)) as AuditOutputFormat;
  if (!AUDIT_OUTPUT_FORMATS.includes(format)) throw usageError(`--format must be one of ${AUDIT_OUTPUT_FORMATS.join(", ")}, got "${format}"`);
  const asOf = asOfOption(values["as-of"]);
  const indicatorYear = yearOption(values.year, asOf);
  const dateFormat = dateFormatOption(values["date-format"]);
  const inputs = await checkInputFiles(positionals, inputOption(values.input));
  // CIN census input is never audited in worker threads (see readableInWorkers): only here is excludeIndicators needed.
  const { profile, data: profileData, exclude, excludeIndicators } = await auditProfileFor(values, inputs.map((input) => input.format));
  const totalBytes = inputs.reduce((sum, input) => sum + input.bytes, 0);
  const workers = workersOption(values.workers, inputs);

  const out = values.out;
  const kept = inputs.map((input) => ({ path: input.path, what: "the input file" }));
  if (values["profile-file"] !== undefined) kept.push({ path: values["profile-file"], what: "the profile file (--profile-file)" });
  const [mainFile, summaryFile, rejectedFile] = out === undefined ? [] : await checkOutputFiles(auditOutputFiles(out, format), kept);
  const main = mainFile === undefined ? OutputSink.toStdout() : await OutputSink.toFile(mainFile.path, mainFile.label);
  const summarySink = summaryFile === undefined ? null : await OutputSink.toFile(summaryFile.path, summaryFile.label);
  const rejectedSink = rejectedFile === undefined ? null : await OutputSink.toFile(rejectedFile.path, rejectedFile.label);
  const sinks = [main, summarySink, rejectedSink];
  const output = createAuditOutput(format, { main, summary: summarySink, rejected: rejectedSink }, [
    `Input: ${inputs.map((input) => basename(input.path)).join(", ")}`,
  ]);

  const inWorkers = workers > 1 && format !== "html" && (await readableInWorkers(inputs));
  const run = inWorkers
    ? auditWithWorkers(inputs, workers, profile, { profile: profileData, asOf, exclude, format, dateFormat, indicatorYear })
    : auditHere(inputs, dateFormat, {
        profile,
        asOf,
        exclude,
        excludeIndicators,
        checklist: showsChecklist(format),
        indicatorYear,
        indicatorCaseIds: showsIndicatorCaseIds(format),
      });
  const stopProgress = startProgress(totalBytes, run.progress);
  let result: { summary: AuditSummary; shownRejections: readonly AuditItem[] };
  try {
    await output.start();
    result = await run.write(output);
    for (const sink of sinks) await sink?.close();
  } catch (error) {
    OutputSink.discard(sinks); // any earlier files stay as they were
    throw error;
  } finally {
    stopProgress();
  }
  OutputSink.publish(sinks);

  const { summary, shownRejections } = result;
  let text = summaryText(summary);
  for (const item of shownRejections) if (item.kind === "rejected") text += `Rejected ${rejectedText(item)}\n`;
  if (summary.records.rejected > shownRejections.length) {
    text += `(${summary.records.rejected - shownRejections.length} more rejected records${rejectedSink === null ? " in the output" : ` in ${rejectedSink.label}`})\n`;
  }
  if (out !== undefined) {
    text += `Wrote ${out}${summarySink === null ? "" : `, ${summarySink.label}, ${rejectedSink!.label}`}\n`;
    process.stdout.write(text);
  } else {
    process.stderr.write(text);
  }
  const nothing = nothingEvaluated(summary.records, shownRejections[0], inputs.map((input) => input.format));
  if (nothing !== undefined) throw nothing;
  if (summary.records.notRead !== undefined) return 3;
  return values.strict === true && summary.records.rejected > 0 ? 1 : 0;
}

/**
 * Whether worker threads can audit the inputs: JSON Lines, and CSV event logs with a good header
 * (a log with a bad one is rejected whole, as one record, in this thread).
 */
async function readableInWorkers(inputs: readonly InputFile[]): Promise<boolean> {
  for (const input of inputs) {
    if (input.format === "csv" ? !(await readableInParts(input.path)) : input.format !== "jsonl") return false;
  }
  return true;
}

/** An audit under way: its counts so far (for the progress line) and `write`, which runs it into an output. */
interface AuditRun {
  readonly progress: () => RecordCounts;
  write(output: AuditOutput): Promise<{ summary: AuditSummary; shownRejections: readonly AuditItem[] }>;
}

/** Audits in this thread, item by item, through the input files' adapters. */
function auditHere(
  inputs: readonly InputFile[],
  dateFormat: DateFormat | undefined,
  options: AuditOptions,
): AuditRun {
  const audit = auditCases(readInputFiles(inputs, dateFormat), options);
  return {
    progress: () => audit.progress(),
    write: async (output) => {
      const shownRejections: AuditItem[] = [];
      for await (const item of audit) {
        if (item.kind === "rejected" && shownRejections.length < REJECTED_SHOWN) shownRejections.push(item);
        const wait = output.item(item);
        if (wait !== undefined) await wait;
      }
      const summary = audit.summary();
      await output.end(summary);
      return { summary, shownRejections };
    },
  };
}

/**
 * Audits JSON Lines and CSV event logs in worker threads (see parallel-audit.ts), writing each
 * batch's encoded output in input order, then merges the workers' summaries.
 */
function auditWithWorkers(
  inputs: readonly InputFile[],
  workers: number,
  profile: Profile,
  init: Omit<AuditWorkerInit, "role">,
): AuditRun {
  const counts = { read: 0, evaluated: 0, rejected: 0 };
  return {
    progress: () => ({ ...counts }),
    write: async (output) => {
      const shownRejections: AuditItem[] = [];
      const snapshots = await auditInWorkers(inputs, workers, { role: AUDIT_WORKER_ROLE, ...init }, async (result, written) => {
        counts.evaluated += result.evaluated;
        counts.rejected += result.rejectedCount;
        counts.read = counts.evaluated + counts.rejected;
        for (const item of result.firstRejected) if (shownRejections.length < REJECTED_SHOWN) shownRejections.push(item);
        await output.batch(result, written);
      });
      const merged = createCaseAuditor({
        profile,
        asOf: init.asOf,
        exclude: init.exclude,
        indicatorYear: init.indicatorYear,
        indicatorCaseIds: showsIndicatorCaseIds(init.format),
      }).summary;
      for (const snapshot of snapshots) merged.merge(snapshot);
      const summary = merged.result();
      await output.end(summary);
      return { summary, shownRejections };
    },
  };
}
