import type { AuditItem } from "../audit-item.js";
import { obligationCsvRows, rejectionCsvRows } from "./csv-writer.js";
import { createJsonWriter, type AuditTextWriter, type JsonWriterOptions } from "./json-writer.js";

/**
 * The audit output formats written item by item as text (the HTML report is made whole at the
 * end instead).
 *
 * @example
 * ```ts
 * const format: ItemTextFormat = "jsonl";
 * ```
 */
export type ItemTextFormat = "csv" | "json" | "jsonl";

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
export function showsChecklist(format: string): boolean {
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
export function showsIndicatorCaseIds(format: string): boolean {
  return format === "json" || format === "jsonl";
}

/**
 * The text of each audit item in one format, handed to `main` (the main output) or to
 * `rejected` (with `csv`, a rejected record goes to the rejected-records output instead); see
 * {@link createItemTextWriter}. `json` is the JSON writer, whose `start` and `end` frame the
 * items (null for `csv`).
 *
 * @example
 * ```ts
 * const text: ItemTextWriter<void> = createItemTextWriter("csv", (rows) => void rows, (rows) => void rows);
 * text.item(item);
 * ```
 */
export interface ItemTextWriter<Result> {
  readonly json: AuditTextWriter | null;
  item(item: AuditItem): Result;
}

/**
 * Writes audit items as text in `format`, the one place that says which text each format gives
 * an item and where it goes: `csv` gives an evaluation's obligation rows (to `main`) or a
 * rejection's rows (to `rejected`); `json` and `jsonl` give the item's JSON (to `main`; `options`
 * as {@link createJsonWriter} takes them). Used by the CLI's one-thread output and by its worker
 * threads alike, so both write the same bytes.
 *
 * @example
 * ```ts
 * let main = "";
 * const text = createItemTextWriter("jsonl", (line) => void (main += line), () => {});
 * text.item(item); // main is the item's JSON line
 * ```
 */
export function createItemTextWriter<Result>(
  format: ItemTextFormat,
  main: (text: string) => Result,
  rejected: (text: string) => Result,
  options: JsonWriterOptions = {},
): ItemTextWriter<Result> {
  if (format === "csv") {
    return { json: null, item: (item) => (item.kind === "evaluated" ? main(obligationCsvRows(item)) : rejected(rejectionCsvRows(item))) };
  }
  const json = createJsonWriter(format, options);
  return { json, item: (item) => main(json.write(item)) };
}
