/**
 * The byte order mark written first so that Excel reads the file as UTF-8.
 *
 * @example
 * ```ts
 * const file = CSV_BOM + csvRow(["case id", "status"]);
 * ```
 */
export const CSV_BOM = "\uFEFF";

const NEEDS_QUOTES = /[",\r\n]/;

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
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
