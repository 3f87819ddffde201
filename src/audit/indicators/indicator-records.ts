import type { IsoDate } from "../../dates/iso-date.js";

/**
 * Why an initial conference could not be timed: a transfer-in conference (DfE times it from the
 * referral date, which timelines do not record), or no s47 start on or before it.
 *
 * @example
 * ```ts
 * const reason: UntimedReason = "transfer-in";
 * ```
 */
export type UntimedReason = "transfer-in" | "no-s47-start";

/**
 * What one case adds to one reporting year's national indicators, item by item, as plain data
 * (structured-cloneable, so that the records of audits run apart can be merged). Bands are
 * indexes into `PLAN_DURATION_BANDS`; `monthsOpen` is the highest escalation point (15, 18 or
 * 21 months) an open plan had reached at the census date, else 0.
 *
 * @example
 * ```ts
 * const records: IndicatorYearRecords = {
 *   year: 2024, conferences: [{ caseId: "C-1", date: "2024-05-02", workingDays: 12, untimed: null }],
 *   reviews: [], plansStarting: [], plansEnding: [], openPlans: [],
 * };
 * ```
 */
export interface IndicatorYearRecords {
  /** The reporting year, by the calendar year it starts in (2024 = 2024-25). */
  readonly year: number;
  readonly conferences: { readonly caseId: string; readonly date: IsoDate; readonly workingDays: number | null; readonly untimed: UntimedReason | null }[];
  readonly reviews: { readonly caseId: string; readonly onTime: boolean }[];
  readonly plansStarting: { readonly caseId: string; readonly repeat: boolean; readonly withinTwoYears: boolean }[];
  readonly plansEnding: { readonly caseId: string; readonly band: number }[];
  readonly openPlans: { readonly caseId: string; readonly band: number; readonly monthsOpen: 0 | 15 | 18 | 21 }[];
}

/**
 * An empty {@link IndicatorYearRecords} for a year.
 *
 * @example
 * ```ts
 * emptyYearRecords(2024).conferences.length; // 0
 * ```
 */
export function emptyYearRecords(year: number): IndicatorYearRecords {
  return { year, conferences: [], reviews: [], plansStarting: [], plansEnding: [], openPlans: [] };
}
