import { fromDayNumber, toDayNumber, type IsoDate } from "../../dates/iso-date.js";
import type { CaseEvaluation, EventRef, ObligationStatus } from "../../case/evaluation-types.js";
import { escapeHtml } from "./html-escape.js";

/**
 * The colour of each obligation status in the report.
 *
 * @example
 * ```ts
 * STATUS_COLOURS.missing; // "#B3261E"
 * ```
 */
export const STATUS_COLOURS: Readonly<Record<ObligationStatus, string>> = {
  met: "#1B7F3B",
  late: "#C25E00",
  missing: "#B3261E",
  pending: "#1F5FA8",
  exception: "#6F3C97",
  "not-applicable": "#8A8A8A",
};

const EVENT_LABELS: Readonly<Record<string, string>> = {
  "strategy-discussion": "SD",
  "initial-conference": "ICPC",
  "transfer-in-conference": "TI",
  "core-group": "CG",
  "review-conference": "RCPC",
  "plan-end": "End",
  exception: "Exc",
};

/** How many obligation rows one case drawing shows at most. */
const MAX_ROWS = 40;

/**
 * Draws one case as an inline SVG: its events on the top lane, then one lane per obligation
 * (anchor to due date in grey, the due date as a tick, what happened in the status colour: a late
 * obligation runs red from due to actual date, a missing one from due to the audit date).
 *
 * @example
 * ```ts
 * const svg = caseTimelineSvg(evaluation);
 * ```
 */
export function caseTimelineSvg(evaluation: CaseEvaluation): string {
  const events = new Map<number, EventRef>();
  for (const episode of evaluation.episodes) events.set(episode.startedBy.index, episode.startedBy);
  for (const o of evaluation.obligations) {
    events.set(o.anchor.index, o.anchor);
    if (o.satisfiedBy !== null) events.set(o.satisfiedBy.index, o.satisfiedBy);
  }
  for (const c of evaluation.checks) events.set(c.meeting.index, c.meeting);
  const obligations = evaluation.obligations.slice(0, MAX_ROWS);
  const asOfDay = toDayNumber(evaluation.asOf);
  const days: number[] = [];
  for (const e of events.values()) days.push(toDayNumber(e.date));
  for (const o of obligations) {
    days.push(toDayNumber(o.dueDate));
    if (o.actualDate !== null) days.push(toDayNumber(o.actualDate));
    if (o.status === "missing") days.push(Math.min(asOfDay, toDayNumber(o.dueDate) + o.daysLate));
  }
  if (days.length === 0) return "";
  // A loop, not Math.min(...days): a case with more than about 100,000 dates overflows the stack.
  let min = days[0]!;
  let max = min;
  for (const day of days) {
    if (day < min) min = day;
    if (day > max) max = day;
  }
  if (max - min < 14) {
    min -= 7;
    max += 7;
  }
  const labelWidth = 260;
  const width = 960;
  const plotLeft = labelWidth + 8;
  const plotWidth = width - plotLeft - 16;
  const x = (day: number): number => plotLeft + ((day - min) / (max - min)) * plotWidth;
  const xd = (date: IsoDate): string => x(toDayNumber(date)).toFixed(1);
  const laneHeight = 18;
  const top = 34;
  const height = top + obligations.length * laneHeight + 26;
  const parts: string[] = [
    `<svg class="timeline" viewBox="0 0 ${width} ${height}" role="img" aria-label="Timeline of case ${escapeHtml(evaluation.caseId)}" xmlns="http://www.w3.org/2000/svg">`,
    `<text x="0" y="20" class="lane-label">Events</text>`,
    `<line x1="${plotLeft}" x2="${plotLeft + plotWidth}" y1="16" y2="16" class="axis-line"/>`,
  ];
  const sorted = [...events.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
  let lastLabelX = -Infinity;
  for (const e of sorted) {
    const px = Number(xd(e.date));
    const label = EVENT_LABELS[e.type] ?? e.type;
    parts.push(
      `<circle cx="${px.toFixed(1)}" cy="16" r="4" class="event event-${escapeHtml(e.type)}"><title>${escapeHtml(e.type)} ${escapeHtml(e.date)}${e.id === undefined ? "" : ` (${escapeHtml(e.id)})`}</title></circle>`,
    );
    if (px - lastLabelX > 28) {
      parts.push(`<text x="${px.toFixed(1)}" y="30" text-anchor="middle" class="event-label">${escapeHtml(label)}</text>`);
      lastLabelX = px;
    }
  }
  obligations.forEach((o, row) => {
    const y = top + row * laneHeight + laneHeight / 2 + 4;
    const colour = STATUS_COLOURS[o.status];
    const title = `${o.title}: ${o.status}, due ${o.dueDate}${o.actualDate === null ? "" : `, done ${o.actualDate}`}${o.workingDaysLate > 0 ? `, ${o.workingDaysLate} working days late` : ""}`;
    parts.push(
      `<text x="0" y="${y + 4}" class="lane-label">${escapeHtml(o.title.length > 40 ? `${o.title.slice(0, 39)}…` : o.title)}</text>`,
      `<line x1="${xd(o.anchor.date)}" x2="${xd(o.dueDate)}" y1="${y}" y2="${y}" class="span"/>`,
    );
    if (o.status === "late" || o.status === "missing" || o.status === "exception") {
      const endDay =
        o.actualDate !== null ? toDayNumber(o.actualDate) : Math.min(asOfDay, toDayNumber(o.dueDate) + o.daysLate);
      parts.push(
        `<line x1="${xd(o.dueDate)}" x2="${x(endDay).toFixed(1)}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="4" stroke-linecap="round"/>`,
      );
    }
    parts.push(`<line x1="${xd(o.dueDate)}" x2="${xd(o.dueDate)}" y1="${y - 6}" y2="${y + 6}" class="due"/>`);
    if (o.actualDate !== null) {
      parts.push(`<circle cx="${xd(o.actualDate)}" cy="${y}" r="4" fill="${colour}"/>`);
    } else if (o.status === "missing") {
      const px = x(Math.min(asOfDay, toDayNumber(o.dueDate) + o.daysLate)).toFixed(1);
      parts.push(`<path d="M${px} ${y - 4} l4 4 l-4 4 l-4 -4 z" fill="${colour}"/>`);
    }
    parts.push(
      `<rect x="${plotLeft}" y="${y - laneHeight / 2}" width="${plotWidth}" height="${laneHeight}" fill="transparent"><title>${escapeHtml(title)}</title></rect>`,
    );
  });
  const axisY = height - 8;
  const firstYear = Number(fromDayNumber(min).slice(0, 4));
  const lastYear = Number(fromDayNumber(max).slice(0, 4));
  parts.push(`<text x="${plotLeft}" y="${axisY}" class="axis">${escapeHtml(fromDayNumber(min))}</text>`);
  parts.push(`<text x="${plotLeft + plotWidth}" y="${axisY}" text-anchor="end" class="axis">${escapeHtml(fromDayNumber(max))}</text>`);
  if (lastYear > firstYear) {
    for (let year = firstYear + 1; year <= lastYear; year += 1) {
      const day = toDayNumber(`${year}-01-01`);
      parts.push(
        `<line x1="${x(day).toFixed(1)}" x2="${x(day).toFixed(1)}" y1="${top - 4}" y2="${height - 22}" class="year"/>`,
        `<text x="${x(day).toFixed(1)}" y="${axisY}" text-anchor="middle" class="axis">${year}</text>`,
      );
    }
  }
  if (asOfDay >= min && asOfDay <= max) {
    parts.push(
      `<line x1="${x(asOfDay).toFixed(1)}" x2="${x(asOfDay).toFixed(1)}" y1="6" y2="${height - 22}" class="as-of"><title>Audit date ${escapeHtml(evaluation.asOf)}</title></line>`,
    );
  }
  parts.push(`</svg>`);
  const more =
    evaluation.obligations.length > MAX_ROWS
      ? `<p class="muted">Showing the first ${MAX_ROWS} of ${evaluation.obligations.length} obligations of this case.</p>`
      : "";
  return parts.join("") + more;
}
