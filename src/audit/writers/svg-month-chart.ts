import type { RuleSummary } from "../summary/summary-types.js";
import { escapeHtml } from "./html-escape.js";

/**
 * Series colours of the report's charts (colour-blind-safe Okabe-Ito order, then greys).
 *
 * @example
 * ```ts
 * SERIES_COLOURS[0]; // "#0072B2"
 * ```
 */
export const SERIES_COLOURS = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#000000",
  "#8C6D00",
  "#7F7F7F",
  "#8C564B",
  "#17BECF",
  "#BCBD22",
] as const;

function monthIndex(key: string): number {
  return Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
}

function monthKey(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${month < 10 ? "0" : ""}${month}`;
}

/**
 * Inline SVG charts of the percentage met on time by month of due date: one small panel per rule
 * (small multiples on a shared month axis, so many rules and years stay readable). Months with no
 * decided obligation leave a gap. Self-contained, escaped.
 *
 * @example
 * ```ts
 * const svg = monthChartSvg(summary.rules);
 * ```
 */
export function monthChartSvg(rules: readonly RuleSummary[]): string {
  const plotted = rules.filter((rule) => rule.byMonth.some((m) => m.percentMetOnTime !== null));
  if (plotted.length === 0) return `<p class="muted">No obligation has been decided yet (all pending), so there is nothing to chart.</p>`;
  let first = Infinity;
  let last = -Infinity;
  for (const rule of plotted) {
    for (const m of rule.byMonth) {
      if (m.percentMetOnTime === null) continue;
      const index = monthIndex(m.key);
      if (index < first) first = index;
      if (index > last) last = index;
    }
  }
  const months = last - first + 1;
  const width = 560;
  const height = 150;
  const left = 40;
  const right = 12;
  const top = 10;
  const bottom = 24;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const x = (index: number): number =>
    months === 1 ? left + plotWidth / 2 : left + ((index - first) / (months - 1)) * plotWidth;
  const y = (percent: number): number => top + (1 - percent / 100) * plotHeight;
  const panels = plotted.map((rule, n) => {
    const colour = SERIES_COLOURS[n % SERIES_COLOURS.length]!;
    const parts: string[] = [
      `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(rule.title)}: percentage met on time by month of due date" xmlns="http://www.w3.org/2000/svg">`,
    ];
    for (const percent of [0, 50, 100]) {
      parts.push(
        `<line x1="${left}" x2="${width - right}" y1="${y(percent)}" y2="${y(percent)}" class="grid"/>`,
        `<text x="${left - 6}" y="${y(percent) + 4}" text-anchor="end" class="axis">${percent}%</text>`,
      );
    }
    const ticks = Math.min(6, months);
    for (let t = 0; t < ticks; t += 1) {
      const index = ticks === 1 ? first : Math.round(first + (t * (months - 1)) / (ticks - 1));
      const anchor = t === 0 ? "start" : t === ticks - 1 ? "end" : "middle";
      parts.push(`<text x="${x(index).toFixed(1)}" y="${height - 6}" text-anchor="${anchor}" class="axis">${monthKey(index)}</text>`);
    }
    let path = "";
    let previous = Number.NaN;
    const dots: string[] = [];
    for (const m of rule.byMonth) {
      if (m.percentMetOnTime === null) continue;
      const index = monthIndex(m.key);
      const px = x(index).toFixed(1);
      const py = y(m.percentMetOnTime).toFixed(1);
      path += `${index === previous + 1 ? "L" : "M"}${px} ${py} `;
      previous = index;
      dots.push(
        `<circle cx="${px}" cy="${py}" r="${months > 36 ? 1.5 : 2.5}" fill="${colour}"><title>${escapeHtml(m.key)}: ${m.percentMetOnTime}% met on time (${m.counts.met} of ${m.counts.met + m.counts.late + m.counts.missing})</title></circle>`,
      );
    }
    parts.push(`<path d="${path.trim()}" fill="none" stroke="${colour}" stroke-width="1.5" stroke-linejoin="round"/>`, ...dots, `</svg>`);
    const overall = rule.percentMetOnTime === null ? "&ndash;" : `${rule.percentMetOnTime.toFixed(1)}%`;
    return `<figure class="panel"><figcaption><strong>${escapeHtml(rule.title)}</strong> <span class="muted">${overall} overall</span><br><code>${escapeHtml(rule.ruleId)}</code></figcaption>${parts.join("")}</figure>`;
  });
  return `<div class="panels">${panels.join("")}</div>`;
}
