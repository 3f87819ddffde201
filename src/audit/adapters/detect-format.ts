import type { RecordSource } from "../input-record.js";

/**
 * The input format a file name suggests by its extension (case-insensitive): `.jsonl` and
 * `.ndjson` are JSON Lines, `.json` a JSON array, `.csv` a CSV event log, `.xml` a CIN census
 * return. Undefined for anything else.
 *
 * @example
 * ```ts
 * detectInputFormat("cases.NDJSON"); // "jsonl"
 * detectInputFormat("cin-2024.xml"); // "cin-xml"
 * detectInputFormat("notes.txt");    // undefined
 * ```
 */
export function detectInputFormat(fileName: string): RecordSource["format"] | undefined {
  const lower = fileName.toLowerCase();
  const dot = lower.lastIndexOf(".");
  if (dot < 0) return undefined;
  switch (lower.slice(dot + 1)) {
    case "jsonl":
    case "ndjson":
      return "jsonl";
    case "json":
      return "json";
    case "csv":
      return "csv";
    case "xml":
      return "cin-xml";
    default:
      return undefined;
  }
}
