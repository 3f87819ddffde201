// How many records an input holds, counted from the text itself (docs/input-formats.md, "one
// record is"), not from anything the CLI reports: the accounting tests compare the summary's
// `read` with this, so a summary that lost or invented records fails them.
import { parseCsv } from "../../audit/support/parse-csv.js";
import type { AdapterFormat } from "./adapter-inputs.js";

const withoutBom = (text: string): string => (text.startsWith("\uFEFF") ? text.slice(1) : text);

/** JSON Lines: the non-blank lines. */
function jsonLinesRecords(text: string): number {
  return withoutBom(text).split(/\r\n|\n|\r/).filter((line) => line.trim() !== "").length;
}

/** JSON array: the elements, when the text is one JSON array; otherwise undefined. */
function jsonArrayRecords(text: string): number | undefined {
  try {
    const value: unknown = JSON.parse(withoutBom(text));
    return Array.isArray(value) ? value.length : undefined;
  } catch {
    return undefined;
  }
}

/** CSV event log: each run of rows with one case id (first column), and each row without one. */
function csvRecords(text: string): number {
  const rows = parseCsv(withoutBom(text).replaceAll("\r\n", "\n").replaceAll("\n", "\r\n")).slice(1).filter((row) => row.some((cell) => cell.trim() !== ""));
  let count = 0;
  let previous: string | undefined;
  for (const row of rows) {
    const caseId = row[0]?.trim() ?? "";
    if (caseId === "" || caseId !== previous) count += 1;
    previous = caseId === "" ? undefined : caseId;
  }
  return count;
}

/**
 * The records of a well-formed input of the format, counted from its text; undefined where the
 * count cannot be made from the text alone (a JSON file that is not one array; CIN census XML,
 * whose records are plans and unlinked Section 47 enquiries).
 */
export function recordsInInput(format: AdapterFormat, text: string): number | undefined {
  switch (format) {
    case "jsonl":
      return jsonLinesRecords(text);
    case "json":
      return jsonArrayRecords(text);
    case "csv":
      return csvRecords(text);
    case "cin-xml":
      return undefined;
  }
}
