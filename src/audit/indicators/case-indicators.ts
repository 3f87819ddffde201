import type { WorkingCalendar } from "../../calendar/working-calendar.js";
import { collectCaseFacts, type DatedEvent } from "../../case/case-facts.js";
import { buildPlanEpisodes, type EpisodeFacts } from "../../case/plan-episodes.js";
import { toDayNumber } from "../../dates/iso-date.js";
import { addMonthsToDayNumber } from "../../dates/month-arithmetic.js";
import type { CaseTimeline } from "../../model/timeline-schema.js";
import { detachedText } from "../detached-text.js";
import { planDurationBand } from "./duration-band.js";
import { icpcWorkingDayBand } from "./icpc-bands.js";
import type { IndicatorAccumulator } from "./indicator-accumulator.js";
import { reportingYearOf } from "./reporting-year.js";
import { reviewTimeliness } from "./review-timeliness.js";
import type { EscalationPoint } from "./year-cells.js";

/** Adds the case's initial and transfer-in conferences held in the years in scope, each timed from its s47 start where it can be. */
function addConferences(indicators: IndicatorAccumulator, caseId: string, events: readonly DatedEvent[], calendar: WorkingCalendar): void {
  let s47Start: number | null = null;
  for (const { event, day } of events) {
    if (event.type === "strategy-discussion") {
      if (event.conferenceNotRequired === true) s47Start = null;
      else if (event.initiatedSection47 ?? true) s47Start = day;
      continue;
    }
    if (event.type !== "initial-conference" && event.type !== "transfer-in-conference") continue;
    const year = reportingYearOf(day);
    const transferIn = event.type === "transfer-in-conference";
    if (indicators.inScope(year)) {
      const cells = indicators.cells(year);
      if (transferIn) cells.add("icpc-untimed/transfer-in", caseId);
      else if (s47Start === null) cells.add("icpc-untimed/no-s47-start", caseId);
      else {
        const workingDays = calendar.workingDaysBetweenDayNumbers(s47Start, day);
        cells.add(`icpc/${icpcWorkingDayBand(workingDays)}`, caseId);
        cells.icpcDays.add(workingDays);
      }
    }
    if (!transferIn) s47Start = null; // one conference per enquiry
  }
}

/** The highest local escalation point (15, 18 or 21 months) a plan has reached by `day`, else 0; `monthsAfter(n)` is its start plus n months. */
function monthsOpen(monthsAfter: (months: number) => number, day: number): EscalationPoint {
  if (day >= monthsAfter(21)) return 21;
  if (day >= monthsAfter(18)) return 18;
  if (day >= monthsAfter(15)) return 15;
  return 0;
}

/** A day plus n calendar months (D7), each n worked out once: a plan asks for the same few at every census date. */
function cachedMonthsAfter(day: number): (months: number) => number {
  const cache = new Map<number, number>();
  return (months) => {
    let result = cache.get(months);
    if (result === undefined) cache.set(months, (result = addMonthsToDayNumber(day, months)));
    return result;
  };
}

/** Adds one plan: its start and end in the years in scope, and each census date in scope at which it was open. */
function addPlan(indicators: IndicatorAccumulator, caseId: string, plan: EpisodeFacts, previous: EpisodeFacts | undefined): void {
  const startDay = plan.start.day;
  const endDay = plan.endDay;
  const startYear = reportingYearOf(startDay);
  if (indicators.inScope(startYear)) {
    const previousEnd = previous?.endDay ?? null;
    const kind =
      previous === undefined
        ? "starting/first"
        : previousEnd !== null && startDay <= addMonthsToDayNumber(previousEnd, 24)
          ? "starting/repeat-within-2-years"
          : "starting/repeat-earlier";
    indicators.cells(startYear).add(kind, caseId);
  }
  const monthsAfter = cachedMonthsAfter(startDay);
  if (endDay !== null && indicators.inScope(reportingYearOf(endDay))) {
    indicators.cells(reportingYearOf(endDay)).add(`ending/${planDurationBand(startDay, endDay, monthsAfter)}`, caseId);
  }
  const lastYear = endDay === null ? indicators.lastYear : Math.min(indicators.lastYear, reportingYearOf(endDay));
  const reviewsOnTimeAt = reviewTimeliness(startDay, plan.reviews.map((review) => review.day));
  for (let year = indicators.onlyYear ?? startYear; year <= lastYear; year++) {
    const censusDay = indicators.censusDay(year);
    // Open at the census date: started on or before it and not ended by it (a plan ending on 31 March is not open then).
    if (!indicators.inScope(year) || censusDay < startDay || (endDay !== null && endDay <= censusDay)) continue;
    const cells = indicators.cells(year);
    cells.add(`open/${planDurationBand(startDay, censusDay, monthsAfter)}/${monthsOpen(monthsAfter, censusDay)}`, caseId);
    if (startDay <= addMonthsToDayNumber(censusDay, -3)) cells.add(reviewsOnTimeAt(censusDay) ? "reviews/on-time" : "reviews/not-on-time", caseId);
  }
}

/**
 * Adds one valid case timeline to the national indicators: its initial conferences (timed in
 * working days on `calendar`), and its plans (as the engine finds them: D10-D12) starting,
 * ending and open at each census date, in the reporting years in scope. Uses the events on or
 * before the audit date only. Recorded exceptions are not looked at: for these indicators a late
 * conference or review is late, as DfE counts it.
 *
 * @example
 * ```ts
 * const indicators = new IndicatorAccumulator(toDayNumber("2025-06-30"));
 * addCaseIndicators(indicators, timeline, createWorkingCalendar());
 * indicators.result();
 * ```
 */
export function addCaseIndicators(indicators: IndicatorAccumulator, timeline: CaseTimeline, calendar: WorkingCalendar): void {
  // Core groups and exceptions neither start nor end a plan, nor time a conference: leaving them
  // out (most of a timeline's events) gives the same conferences and plans for less work.
  const relevant = timeline.events.filter((event) => event.type !== "core-group" && event.type !== "exception");
  const eventDays = new Int32Array(relevant.length);
  for (let index = 0; index < relevant.length; index++) eventDays[index] = toDayNumber(relevant[index]!.date);
  const { events } = collectCaseFacts({ ...timeline, events: relevant }, eventDays, indicators.asOfDay);
  // Kept for the whole audit (when case ids are kept): a copy, not a view into the input.
  const caseId = indicators.keepCaseIds ? detachedText(timeline.id) : timeline.id;
  addConferences(indicators, caseId, events, calendar);
  const plans = buildPlanEpisodes(events, []);
  plans.forEach((plan, index) => addPlan(indicators, caseId, plan, plans[index - 1]));
}
