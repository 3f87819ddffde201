import type { ReportingYearIndicators } from "./indicator-types.js";

/**
 * The reporting year to lead with: the latest one over by the audit date, or, when none is, the
 * latest (its figures so far); undefined when there is none.
 *
 * @example
 * ```ts
 * headlineYear(summary.indicators)?.year; // "2024-25" for an audit dated 2025-06-30
 * ```
 */
export function headlineYear(years: readonly ReportingYearIndicators[]): ReportingYearIndicators | undefined {
  return years.findLast((year) => !year.partial) ?? years.at(-1);
}
