// Seeded, realistic case timelines for audit, writer, CLI and browser tests (no fakes of library code).
import { mulberry32 } from "../../../examples/generate.mjs";
import { addDays, addMonths, fromDayNumber, toDayNumber } from "../../../src/index.js";

/** A small deterministic PRNG (mulberry32), the one the example-data generator uses. */
export const random: (seed: number) => () => number = mulberry32;

const TEAMS = ["North", "South", "East & Coast", "West <Hub>"];

/** One valid timeline: s47 strategy discussion, ICPC, core groups every 3-7 weeks, reviews, maybe an end. */
export function sampleTimeline(next: () => number, id: string): Record<string, unknown> {
  const start = toDayNumber("2023-01-02") + Math.floor(next() * 600);
  const sd = fromDayNumber(start);
  const icpc = addDays(sd, 8 + Math.floor(next() * 20));
  const events: Record<string, unknown>[] = [
    { type: "strategy-discussion", date: sd },
    { type: "initial-conference", date: icpc, outcome: next() < 0.9 ? "plan" : "no-plan" },
  ];
  let day = addDays(icpc, 5 + Math.floor(next() * 15));
  let review = addMonths(icpc, 3);
  const end = addDays(icpc, 100 + Math.floor(next() * 400));
  while (day < end && day < "2025-06-01") {
    if (day >= review) {
      const reviewDate = addDays(review, Math.floor(next() * 20) - 10);
      events.push({ type: "review-conference", date: reviewDate, outcome: "plan-continues" });
      review = addMonths(reviewDate, 6);
    }
    events.push({ type: "core-group", date: day, ...(next() < 0.1 ? { status: "cancelled" } : {}) });
    day = addDays(day, 21 + Math.floor(next() * 28));
  }
  if (next() < 0.3 && end < "2025-06-01") events.push({ type: "plan-end", date: end, reason: "other" });
  const timeline: Record<string, unknown> = { id, events };
  if (next() < 0.8) timeline["team"] = TEAMS[Math.floor(next() * TEAMS.length)];
  return timeline;
}

/** An invalid timeline (a bad date, a missing id or a wrong event type). */
export function badTimeline(next: () => number, id: string): unknown {
  const pick = Math.floor(next() * 3);
  if (pick === 0) return { id, events: [{ type: "strategy-discussion", date: "2024-02-30" }] };
  if (pick === 1) return { events: [] };
  return { id, events: [{ type: "tea-party", date: "2024-01-01" }] };
}

/** JSON Lines text of n cases, about `badShare` of them invalid and one line in 50 not JSON. */
export function sampleJsonLines(n: number, seed = 1, badShare = 0.05): string {
  const next = random(seed);
  let text = "";
  for (let i = 1; i <= n; i += 1) {
    const roll = next();
    if (roll < 0.02) text += "{not json\n";
    else if (roll < 0.02 + badShare) text += JSON.stringify(badTimeline(next, `BAD-${i}`)) + "\n";
    else text += JSON.stringify(sampleTimeline(next, `C-${i}`)) + "\n";
  }
  return text;
}
