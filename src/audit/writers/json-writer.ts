import type { AuditItem } from "../audit-item.js";
import type { AuditSummary } from "../summary/summary-types.js";

/**
 * A streaming text writer for an audit: `start()` once, `write(item)` per item, `end(summary)`
 * once; the caller concatenates (or writes out) the strings in that order.
 *
 * @example
 * ```ts
 * const writer = createJsonWriter("jsonl");
 * let text = writer.start();
 * for (const item of audit) text += writer.write(item);
 * text += writer.end(audit.summary());
 * ```
 */
export interface AuditTextWriter {
  start(): string;
  write(item: AuditItem): string;
  end(summary: AuditSummary): string;
}

/**
 * The `format` tag of the JSON document and of each JSON Lines summary line.
 *
 * @example
 * ```ts
 * JSON.parse(text).format === AUDIT_JSON_FORMAT; // true
 * ```
 */
export const AUDIT_JSON_FORMAT = "core-group-rules/audit@1";

/**
 * Options of {@link createJsonWriter}.
 *
 * @example
 * ```ts
 * const options: JsonWriterOptions = { continues: true };
 * ```
 */
export interface JsonWriterOptions {
  /**
   * The items continue a document whose earlier items another writer wrote (the CLI's worker
   * threads each write a stretch of the `json` results array): the first item then starts with a
   * comma like the rest. No effect on `jsonl`.
   */
  readonly continues?: boolean;
}

/**
 * JSON output, written incrementally so that memory stays flat.
 *
 * - `json`: one document, `{"format":"core-group-rules/audit@1","results":[item, ...],"summary":{...}}`,
 *   one item per line inside the array.
 * - `jsonl`: JSON Lines: one item per line (`{"kind":"evaluated",...}` or `{"kind":"rejected",...}`),
 *   then a last line `{"kind":"summary","format":"core-group-rules/audit@1","summary":{...}}`.
 *
 * @example
 * ```ts
 * const writer = createJsonWriter("json");
 * const text = writer.start() + items.map((i) => writer.write(i)).join("") + writer.end(summary);
 * JSON.parse(text).summary.records.read; // items.length
 * ```
 */
export function createJsonWriter(format: "json" | "jsonl", options: JsonWriterOptions = {}): AuditTextWriter {
  if (format === "jsonl") {
    return {
      start: () => "",
      write: (item) => JSON.stringify(item) + "\n",
      end: (summary) => JSON.stringify({ kind: "summary", format: AUDIT_JSON_FORMAT, summary }) + "\n",
    };
  }
  let first = options.continues !== true;
  return {
    start: () => `{"format":${JSON.stringify(AUDIT_JSON_FORMAT)},"results":[`,
    write: (item) => {
      const text = (first ? "\n" : ",\n") + JSON.stringify(item);
      first = false;
      return text;
    },
    end: (summary) => `\n],"summary":${JSON.stringify(summary)}}\n`,
  };
}
