import { escapeHtml } from "./html-escape.js";

const WIDTH = 140;
const HEIGHT = 32;
const PAD = 4;

/**
 * A small inline SVG line of percentages over reporting years (0 to 100% bottom to top), one
 * dot per year with a tooltip; a year with no figure (no denominator) breaks the line. Plain
 * markup only, so it works offline and under the report's Content-Security-Policy.
 *
 * @example
 * ```ts
 * trendLineSvg([{ label: "2023-24", percentage: 80 }, { label: "2024-25", percentage: 90.5 }], "Reviews on time");
 * ```
 */
export function trendLineSvg(points: readonly { readonly label: string; readonly percentage: number | null }[], title: string): string {
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0;
  const x = (index: number) => (points.length > 1 ? PAD + index * step : WIDTH / 2);
  const y = (percentage: number) => HEIGHT - PAD - (percentage / 100) * (HEIGHT - 2 * PAD);
  let path = "";
  let drawing = false;
  let dots = "";
  points.forEach((point, index) => {
    if (point.percentage === null) {
      drawing = false;
      return;
    }
    const px = x(index).toFixed(1);
    const py = y(point.percentage).toFixed(1);
    path += `${drawing ? "L" : "M"}${px} ${py}`;
    drawing = true;
    dots += `<circle cx="${px}" cy="${py}" r="2.5" fill="#1f4e79"><title>${escapeHtml(`${point.label}: ${point.percentage.toFixed(1)}%`)}</title></circle>`;
  });
  return (
    `<svg class="trend" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(`${title}, by reporting year`)}">` +
    `<line x1="0" y1="${HEIGHT - PAD}" x2="${WIDTH}" y2="${HEIGHT - PAD}" stroke="#d9dee5"/>` +
    (path === "" ? "" : `<path d="${path}" fill="none" stroke="#1f4e79" stroke-width="1.5"/>`) +
    dots +
    `</svg>`
  );
}
