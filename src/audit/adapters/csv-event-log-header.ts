import { CSV_EVENT_LOG_COLUMNS, REQUIRED_COLUMNS, type CanonicalColumn, type ResolvedHeader } from "./csv-event-log.js";
import type { CsvRow } from "./csv-rows.js";
import { quoteShort } from "./text-lines.js";

function normalizeHeader(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * The field index of the case id under a header row of a CSV event log, or undefined when the
 * header is not a good one (a required column is missing, a name repeats, a mapping names no
 * column): then the log is rejected as one record.
 *
 * @example
 * ```ts
 * caseIdPosition({ fields: ["date", "Case_ID ", "event_type"], line: 1 }); // 1
 * caseIdPosition({ fields: ["date", "event_type"], line: 1 }); // undefined
 * ```
 */
export function caseIdPosition(header: CsvRow, columns?: Partial<Record<CanonicalColumn, string>>): number | undefined {
  const resolved = resolveHeader(header, columns);
  return resolved.ok ? resolved.index.get("case_id") : undefined;
}


/**
 * A header row resolved, or why it is not a good one.
 *
 * @example
 * ```ts
 * const result: HeaderResult = { ok: false, problems: ['the header has no column "date" (date)'] };
 * ```
 */
export type HeaderResult = ResolvedHeader | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Resolves a CSV event log's header row (names matched case-insensitively after trimming;
 * `columns` maps a canonical column to the caller's name): the columns found, or every problem
 * that makes it not a good one.
 *
 * @example
 * ```ts
 * resolveHeader({ fields: ["case_id", "event_type", "date"], line: 1 }, undefined).ok; // true
 * resolveHeader({ fields: ["case_id", "date"], line: 1 }, undefined).ok; // false
 * ```
 */
export function resolveHeader(row: CsvRow, columns: Partial<Record<CanonicalColumn, string>> | undefined): HeaderResult {
  if (row.problem !== undefined) return { ok: false, problems: [`the header row is malformed: ${row.problem}`] };
  const positions = new Map<string, number[]>();
  row.fields.forEach((name, at) => {
    const key = normalizeHeader(name);
    const list = positions.get(key);
    if (list === undefined) positions.set(key, [at]);
    else list.push(at);
  });
  const index = new Map<CanonicalColumn, number>();
  const names = new Map<CanonicalColumn, string>();
  const problems: string[] = [];
  for (const column of CSV_EVENT_LOG_COLUMNS) {
    const mapped = columns !== undefined && Object.hasOwn(columns, column) ? columns[column] : undefined;
    const wanted = mapped ?? column;
    const found = positions.get(normalizeHeader(wanted));
    if (found === undefined) {
      if (REQUIRED_COLUMNS.includes(column)) problems.push(`the header has no column ${quoteShort(wanted)} (${column})`);
      else if (mapped !== undefined) problems.push(`the column mapping names ${quoteShort(mapped)} for ${column}, but the header has no such column`);
      continue;
    }
    if (found.length > 1) {
      problems.push(`the header has ${found.length} columns named ${quoteShort(wanted)} (${column})`);
      continue;
    }
    index.set(column, found[0] as number);
    names.set(column, (row.fields[found[0] as number] as string).trim());
  }
  if (columns !== undefined) {
    for (const key of Object.keys(columns)) {
      if (!(CSV_EVENT_LOG_COLUMNS as readonly string[]).includes(key)) problems.push(`the column mapping has an unknown column ${quoteShort(key)}`);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, index, names, width: row.fields.length };
}
