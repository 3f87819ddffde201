import { PLAN_DURATION_BANDS } from "../indicators/duration-band.js";
import { headlineYear } from "../indicators/headline-year.js";
import { ICPC_WORKING_DAY_BANDS } from "../indicators/icpc-bands.js";
import type { IndicatorFigure, ReportingYearIndicators, UnsupportedIndicator } from "../indicators/indicator-types.js";
import { escapeHtml } from "./html-escape.js";
import { trendLineSvg } from "./svg-trend-line.js";

/** A figure the section can show: key (for `data-figure`), label, and how to read it from a year (undefined when the input cannot support it). */
interface FigureRow {
  readonly key: string;
  readonly label: string;
  readonly of: (year: ReportingYearIndicators) => IndicatorFigure | undefined;
}

/** The figures shown, in order. */
const ROWS: readonly FigureRow[] = [
  { key: "icpc-within-15-working-days", label: "ICPCs within 15 working days of the s47 start", of: (y) => y["icpc-within-15-working-days"] },
  { key: "reviews-on-time", label: "Children on a plan at 31 March (3 months or more) with all reviews on time", of: (y) => y["reviews-on-time"] },
  { key: "repeat-plans", label: "Plans starting that were a second or subsequent plan", of: (y) => y["repeat-plans"] },
  {
    key: "repeat-plans.within-2-years",
    label: "Plans starting within 2 years of the previous plan ending (local variant)",
    of: (y) => y["repeat-plans"]?.withinTwoYearsOfPreviousPlanEnding,
  },
  { key: "plans-lasting-2-years-or-more", label: "Plans ending that had lasted 2 years or more", of: (y) => y["plans-lasting-2-years-or-more"] },
];

const percentText = (value: number | null): string => (value === null ? "&ndash;" : `${escapeHtml(value.toFixed(1))}%`);

function yearTitle(year: ReportingYearIndicators): string {
  return year.partial ? `${year.year} so far (to ${year.censusDate}: the year is not over)` : year.year;
}

function detailLines(latest: ReportingYearIndicators): string {
  const icpc = latest["icpc-within-15-working-days"];
  const bands = ICPC_WORKING_DAY_BANDS.map((band) => `${band}: ${icpc.bands[band].count}`).join(", ");
  const { p25, median, p75 } = icpc.quartiles;
  const quartiles = median === null ? "no conference timed" : `quartiles ${p25} / ${median} / ${p75} working days`;
  const open = latest["plans-lasting-2-years-or-more"].openAtCensusDate;
  const byDuration = PLAN_DURATION_BANDS.map((band) => `${band.replace(/-/g, " ")}: ${open.byDuration[band].count}`).join(", ");
  return (
    `<ul>` +
    `<li>ICPCs by working days from the s47 start: ${escapeHtml(bands)}; ${escapeHtml(quartiles)}; ${icpc.conferences} held, ` +
    `<span data-figure="indicators.icpc-within-15-working-days.untimed">${icpc.untimed["transfer-in"].count + icpc.untimed["no-s47-start"].count}</span> not timed ` +
    `(${icpc.untimed["transfer-in"].count} transfer-in, timed by DfE from the referral date, not recorded; ${icpc.untimed["no-s47-start"].count} with no s47 start recorded before them).</li>` +
    `<li>Plans open at ${escapeHtml(latest.censusDate)}: <span data-figure="indicators.open-plans">${open.count}</span> (${escapeHtml(byDuration)}); ` +
    `open at least 15 months: ${open.atLeastMonths["15"].count}, 18 months: ${open.atLeastMonths["18"].count}, 21 months: ${open.atLeastMonths["21"].count}.</li>` +
    `</ul>`
  );
}

function byYearTable(years: readonly ReportingYearIndicators[], rowsShown: readonly FigureRow[]): string {
  const head = years.map((year) => `<th class="num">${escapeHtml(year.year)}${year.partial ? " (so far)" : ""}</th>`).join("");
  const rows = rowsShown.map(({ label, of }) => {
    const cells = years
      .map((year) => {
        const figure = of(year)!;
        return `<td class="num">${percentText(figure.percentage)} <span class="muted">(${figure.numerator}/${figure.denominator})</span></td>`;
      })
      .join("");
    return `<tr><td>${escapeHtml(label)}</td>${cells}</tr>`;
  }).join("");
  return `<details><summary>Every reporting year</summary><div class="scroll"><table id="indicators-by-year"><thead><tr><th>Indicator</th>${head}</tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

function definitions(latest: ReportingYearIndicators, rowsShown: readonly FigureRow[]): string {
  const items = rowsShown.map(({ label, of }) => {
    const figure = of(latest)!;
    const defaults = figure.defaults.map((text) => `<li>${escapeHtml(text)}</li>`).join("");
    return `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(figure.definition)}${defaults === "" ? "" : `<ul>${defaults}</ul>`}</dd>`;
  }).join("");
  return `<details><summary>Definitions and the defaults used where DfE does not publish its method</summary><dl class="muted">${items}</dl></details>`;
}

/**
 * The report's opening section: the national indicators of the latest reporting year over by
 * the audit date (else of the year so far), each with its count, percentage and a small trend
 * line over every year in the data (a year not over included, as it stands); the ICPC bands and
 * the open plans by duration; every year in a table; and the definitions and defaults used.
 * The case ids behind each figure are in the JSON summary, not in the report. An indicator the
 * input cannot support is left out, with the reason.
 *
 * @example
 * ```ts
 * out.push(indicatorsSectionHtml(summary.indicators, summary.unsupportedIndicators));
 * ```
 */
export function indicatorsSectionHtml(years: readonly ReportingYearIndicators[], unsupported: readonly UnsupportedIndicator[] = []): string {
  const latest = headlineYear(years);
  if (latest === undefined) {
    return `<section id="indicators"><h2>National indicators</h2><p class="muted">No reporting year in scope: the data holds no conference or plan up to the audit date.</p></section>`;
  }
  const rowsShown = ROWS.filter((row) => row.of(latest) !== undefined);
  const rows = rowsShown.map(({ key, label, of }) => {
    const figure = of(latest)!;
    const trend = trendLineSvg(
      years.map((year) => ({ label: year.year, percentage: of(year)?.percentage ?? null })),
      label,
    );
    return (
      `<tr><td>${escapeHtml(label)}</td>` +
      `<td class="num" data-figure="indicators.${escapeHtml(key)}.numerator">${figure.numerator}</td>` +
      `<td class="num" data-figure="indicators.${escapeHtml(key)}.denominator">${figure.denominator}</td>` +
      `<td class="num" data-figure="indicators.${escapeHtml(key)}.percentage">${percentText(figure.percentage)}</td>` +
      `<td>${trend}</td></tr>`
    );
  }).join("");
  const span = years.length > 1 ? `${years[0]!.year} to ${years.at(-1)!.year}` : latest.year;
  return (
    `<section id="indicators"><h2>National indicators: <span data-figure="indicators.year">${escapeHtml(yearTitle(latest))}</span></h2>` +
    `<table><thead><tr><th>Indicator</th><th class="num">Number</th><th class="num">Out of</th><th class="num">%</th><th>Trend ${escapeHtml(span)}</th></tr></thead><tbody>${rows}</tbody></table>` +
    detailLines(latest) +
    unsupported.map((item) => `<p class="note">Not computed from this input: <code>${escapeHtml(item.indicator)}</code>. ${escapeHtml(item.reason)}</p>`).join("") +
    `<p class="muted">Reporting years run from 1 April to 31 March. Recorded exceptions do not excuse a late conference or review here, as DfE counts them. ` +
    `The case ids behind every figure are listed in the audit's JSON output (the summary's <code>indicators</code>).</p>` +
    byYearTable(years, rowsShown) +
    definitions(latest, rowsShown) +
    `</section>`
  );
}
