import type { AuditItem } from "../audit/audit-item.js";
import type { AuditSummary } from "../audit/summary/summary-types.js";
import {
  obligationCsvHeader,
  obligationCsvRows,
  rejectionCsvHeader,
  rejectionCsvRows,
  summaryCsv,
} from "../audit/writers/csv-writer.js";
import { createHtmlReport } from "../audit/writers/html-report.js";
import { createJsonWriter } from "../audit/writers/json-writer.js";
import type { BatchResult } from "./audit-worker.js";
import type { OutputSink } from "./output-sink.js";

/**
 * The output formats of `audit`.
 *
 * @example
 * ```ts
 * AUDIT_OUTPUT_FORMATS.includes("html"); // true
 * ```
 */
export const AUDIT_OUTPUT_FORMATS = ["json", "jsonl", "csv", "html"] as const;

/**
 * An output format of `audit`.
 *
 * @example
 * ```ts
 * const format: AuditOutputFormat = "csv";
 * ```
 */
export type AuditOutputFormat = (typeof AUDIT_OUTPUT_FORMATS)[number];

/**
 * Whether an output format shows checklist answers: only the JSON formats carry whole
 * evaluations. Audits written in the others skip answering the checklist, which is most of the
 * objects a pan-sussex evaluation builds.
 *
 * @example
 * ```ts
 * showsChecklist("jsonl"); // true
 * showsChecklist("csv"); // false
 * ```
 */
export function showsChecklist(format: AuditOutputFormat): boolean {
  return format === "json" || format === "jsonl";
}

/**
 * Whether an output format shows the case ids behind the national indicators: only the JSON
 * formats' summary lists them. The others count without keeping them, so that memory does not
 * grow with the number of cases.
 *
 * @example
 * ```ts
 * showsIndicatorCaseIds("json"); // true
 * showsIndicatorCaseIds("html"); // false
 * ```
 */
export function showsIndicatorCaseIds(format: AuditOutputFormat): boolean {
  return format === "json" || format === "jsonl";
}

/**
 * Where `audit` writes: the main output, and with `--format csv --out` the summary and
 * rejected-records files beside it (else null).
 *
 * @example
 * ```ts
 * const sinks: AuditSinks = { main: OutputSink.toStdout(), summary: null, rejected: null };
 * ```
 */
export interface AuditSinks {
  readonly main: OutputSink;
  readonly summary: OutputSink | null;
  readonly rejected: OutputSink | null;
}

/**
 * One audit's output in one format: `start()`, then either `item(item)` per audit item (audited
 * in this thread) or `batch(result)` per worker-thread batch (already formatted and encoded by
 * the worker), then `end(summary)`. `item` returns a promise only when it must be awaited.
 *
 * @example
 * ```ts
 * const output = createAuditOutput("csv", sinks, []);
 * await output.start();
 * for await (const item of audit) { const wait = output.item(item); if (wait) await wait; }
 * await output.end(audit.summary());
 * ```
 */
export interface AuditOutput {
  start(): Promise<void>;
  item(item: AuditItem): Promise<void> | undefined;
  /** Writes a worker's batch; `written` is called once its main bytes are written. */
  batch(result: BatchResult, written: () => void): Promise<void>;
  end(summary: AuditSummary): Promise<void>;
}

/**
 * The {@link AuditOutput} of a format. `notes` are lines for the HTML report's header.
 *
 * @example
 * ```ts
 * const output = createAuditOutput("html", sinks, ["Input: cases.jsonl"]);
 * ```
 */
export function createAuditOutput(format: AuditOutputFormat, sinks: AuditSinks, notes: readonly string[]): AuditOutput {
  const { main } = sinks;
  if (format === "csv") {
    return {
      start: async () => {
        await main.write(obligationCsvHeader());
        await sinks.rejected?.write(rejectionCsvHeader());
      },
      item: (item) =>
        item.kind === "evaluated" ? main.write(obligationCsvRows(item)) : sinks.rejected?.write(rejectionCsvRows(item)),
      batch: async (result, written) => {
        await main.writeBytes(result.main, written);
        await sinks.rejected?.writeBytes(result.rejected);
      },
      end: async (summary) => {
        await sinks.summary?.write(summaryCsv(summary));
      },
    };
  }
  if (format === "html") {
    const report = createHtmlReport({ notes: [...notes] });
    return {
      start: async () => {},
      item: (item) => {
        report.add(item);
        return undefined;
      },
      batch: () => Promise.reject(new Error("the HTML report is made in one thread")),
      end: async (summary) => {
        await main.write(report.render(summary));
      },
    };
  }
  const writer = createJsonWriter(format);
  return {
    start: async () => {
      await main.write(writer.start());
    },
    item: (item) => main.write(writer.write(item)),
    batch: (result, written) => main.writeBytes(result.main, written),
    end: async (summary) => {
      await main.write(writer.end(summary));
    },
  };
}
