import { detachedText } from "../detached-text.js";

/**
 * The byte order mark written first so that Excel reads the file as UTF-8.
 *
 * @example
 * ```ts
 * const file = CSV_BOM + csvRow(["case id", "status"]);
 * ```
 */
export const CSV_BOM = "\uFEFF";

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * Guards against formula injection: text starting with `=`, `+`, `-`, `@`, tab or carriage
 * return gets a leading apostrophe, so a spreadsheet shows it as text. Numbers are written as
 * they are (a negative number is a number, not a formula); null and undefined are empty.
 *
 * @example
 * ```ts
 * csvCell('say "hi", then go'); // "\"say \"\"hi\"\", then go\""
 * csvCell("=HYPERLINK(\"x\")"); // "\"'=HYPERLINK(\"\"x\"\")\""
 * csvCell(-3); // "-3"
 * ```
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return String(value);
  let text = value;
  const first = text.charCodeAt(0);
  // = + - @ \t \r
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13) text = `'${text}`;
  if (text.includes('"')) return `"${text.replaceAll('"', '""')}"`;
  // Native searches rather than the regex /[",\r\n]/: they are quicker on the long explanation
  // cells that hold most of a row's text.
  return text.includes(",") || text.includes("\n") || text.includes("\r") ? `"${text}"` : text;
}

const REPEATED_CACHE_LIMIT = 10_000;
const repeated = new Map<string, string>();

/**
 * {@link csvCell} of a value that recurs from row to row (a team, a rule id, a title, a status),
 * remembered so that it is escaped once. The memory is bounded: the cache starts afresh after
 * 10,000 distinct strings. Null and undefined are empty cells, as with `csvCell`.
 *
 * @example
 * ```ts
 * repeatedCell("Brighton & Hove, Central"); // "\"Brighton & Hove, Central\"" (escaped once, then remembered)
 * ```
 */
export function repeatedCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  let cell = repeated.get(value);
  if (cell === undefined) {
    if (repeated.size >= REPEATED_CACHE_LIMIT) repeated.clear();
    const key = detachedText(value); // cached, so it must not hold the input it was cut from
    cell = csvCell(key);
    repeated.set(key, cell);
  }
  return cell;
}

/**
 * One CSV record: cells joined by commas, ended by CRLF.
 *
 * @example
 * ```ts
 * csvRow(["C-1", "late", 3]); // "C-1,late,3\r\n"
 * ```
 */
export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i += 1) {
    if (i > 0) line += ",";
    line += csvCell(cells[i]);
  }
  return line + "\r\n";
}
