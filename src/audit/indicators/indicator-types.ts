import type { IsoDate } from "../../dates/iso-date.js";
import type { PlanDurationBand } from "./duration-band.js";
import type { IcpcWorkingDayBand } from "./icpc-bands.js";

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
 * One indicator figure: numerator over denominator, the percentage (one decimal; null when the
 * denominator is 0), the definition used, the library defaults it rests on where DfE's
 * algorithm is not published (empty when none), and, when the audit keeps them (the default),
 * the case ids behind each count, sorted: a case id appears once per counted item (per
 * conference, per plan), so `numeratorCaseIds.length === numerator` and
 * `denominatorCaseIds.length === denominator`.
 *
 * @example
 * ```ts
 * const figure = summary.indicators[0]!["reviews-on-time"];
 * console.log(`${figure.numerator}/${figure.denominator} = ${figure.percentage}%`, figure.defaults);
 * ```
 */
export interface IndicatorFigure {
  readonly numerator: number;
  readonly denominator: number;
  readonly percentage: number | null;
  readonly definition: string;
  readonly defaults: readonly string[];
  readonly numeratorCaseIds?: readonly string[];
  readonly denominatorCaseIds?: readonly string[];
}

/**
 * A count with the case ids behind it when kept (sorted; a case id once per counted item).
 *
 * @example
 * ```ts
 * const { count, caseIds } = summary.indicators[0]!["icpc-within-15-working-days"].bands["21+"];
 * ```
 */
export interface CountedCases {
  readonly count: number;
  readonly caseIds?: readonly string[];
}

/**
 * ICPCs held within 15 working days of the start of the section 47 enquiry (DfE table C4):
 * the figure over timed conferences, every conference held in the year (`conferences`, timed
 * or not), the four working-day bands, the quartiles (nearest rank, whole working days) and
 * the conferences that could not be timed, by reason.
 *
 * @example
 * ```ts
 * const icpc = summary.indicators[0]!["icpc-within-15-working-days"];
 * icpc.bands["0-10"].count + icpc.bands["11-15"].count === icpc.numerator; // true
 * ```
 */
export interface IcpcIndicator extends IndicatorFigure {
  readonly conferences: number;
  readonly bands: Readonly<Record<IcpcWorkingDayBand, CountedCases>>;
  readonly quartiles: { readonly p25: number | null; readonly median: number | null; readonly p75: number | null };
  readonly untimed: Readonly<Record<UntimedReason, CountedCases>>;
}

/**
 * Plans starting in the year that were a second or subsequent plan (DfE table D3), with the
 * local variant: a later plan starting within 2 years of the previous plan's end.
 *
 * @example
 * ```ts
 * summary.indicators[0]!["repeat-plans"].withinTwoYearsOfPreviousPlanEnding.percentage;
 * ```
 */
export interface RepeatPlansIndicator extends IndicatorFigure {
  readonly withinTwoYearsOfPreviousPlanEnding: IndicatorFigure;
}

/**
 * Plans open at the census date, by how long they had lasted (DfE table D5), with the local
 * escalation points: plans open for at least 15, 18 and 21 months.
 *
 * @example
 * ```ts
 * summary.indicators[0]!["plans-lasting-2-years-or-more"].openAtCensusDate.atLeastMonths["18"].count;
 * ```
 */
export interface OpenPlansByDuration extends CountedCases {
  readonly byDuration: Readonly<Record<PlanDurationBand, CountedCases>>;
  readonly atLeastMonths: Readonly<Record<"15" | "18" | "21", CountedCases>>;
}

/**
 * Plans ending in the year that had lasted 2 years or more (DfE table D7), every plan ending in
 * the year by duration band, and the plans open at the census date by duration.
 *
 * @example
 * ```ts
 * summary.indicators[0]!["plans-lasting-2-years-or-more"].endedByDuration["3-months-or-less"].count;
 * ```
 */
export interface LongPlansIndicator extends IndicatorFigure {
  readonly endedByDuration: Readonly<Record<PlanDurationBand, CountedCases>>;
  readonly openAtCensusDate: OpenPlansByDuration;
}

/**
 * The national indicators of one reporting year (1 April to 31 March). A year not over by the
 * audit date is `partial`: its flows run to the audit date and its "at 31 March" figures are
 * taken at the audit date instead (`censusDate`).
 *
 * @example
 * ```ts
 * const latest = summary.indicators.at(-1);
 * latest?.year; // "2024-25"
 * ```
 */
export interface ReportingYearIndicators {
  /** `2024-25` for 1 April 2024 to 31 March 2025. */
  readonly year: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The day of the "at 31 March" figures: 31 March, or the audit date in a partial year. */
  readonly censusDate: IsoDate;
  readonly partial: boolean;
  readonly "icpc-within-15-working-days": IcpcIndicator;
  readonly "reviews-on-time": IndicatorFigure;
  /** Absent when the input cannot tell a second plan from a first (see the summary's `unsupportedIndicators`). */
  readonly "repeat-plans"?: RepeatPlansIndicator;
  readonly "plans-lasting-2-years-or-more": LongPlansIndicator;
}

/**
 * A national indicator the input cannot support, left out of every year with the reason (e.g.
 * repeat plans from a CIN census return, which gives each plan as a case of its own).
 *
 * @example
 * ```ts
 * const unsupported: UnsupportedIndicator = { indicator: "repeat-plans", reason: "Each plan is a case of its own." };
 * ```
 */
export interface UnsupportedIndicator {
  readonly indicator: "repeat-plans";
  readonly reason: string;
}
