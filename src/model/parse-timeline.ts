import type * as z from "zod/mini";
import { toDayNumber } from "../dates/iso-date.js";
import { fastCheckTimeline, type CheckedTimeline } from "./timeline-fast-check.js";
import { parseTimelineInPieces } from "./timeline-in-pieces.js";

/**
 * The result of {@link parseTimeline}: the timeline with its events' day numbers, or zod's issues.
 *
 * @example
 * ```ts
 * const parsed: TimelineParse = parseTimeline(input);
 * if (!parsed.success) parsed.issues.map((issue) => issue.path);
 * ```
 */
export type TimelineParse =
  | ({ readonly success: true } & CheckedTimeline)
  | {
      readonly success: false;
      /** The first issues (at most `MAX_REPORTED_ISSUES`), in zod's order. */
      readonly issues: readonly z.core.$ZodIssue[];
      /** How many issues there were in all. */
      readonly issueCount: number;
    };

/**
 * Validates a case timeline: the fast check first, then `caseTimelineSchema` for whatever it
 * does not vouch for, so a valid JSON timeline is never walked by zod and the issues of an
 * invalid one are exactly zod's: the first 100 of them, and their count (`parseTimelineInPieces`,
 * which also keeps zod from overflowing the stack on huge timelines). Each event date is parsed
 * once; its day number comes back in `eventDays`.
 *
 * @example
 * ```ts
 * const parsed = parseTimeline({ id: "c1", events: [{ type: "core-group", date: "2024-03-15" }] });
 * if (parsed.success) parsed.eventDays[0]; // 19797
 * ```
 */
export function parseTimeline(value: unknown): TimelineParse {
  const checked = fastCheckTimeline(value);
  if (checked !== undefined) return { success: true, ...checked };
  const parsed = parseTimelineInPieces(value);
  if (!parsed.success) return parsed;
  const timeline = parsed.data;
  return { success: true, timeline, eventDays: Int32Array.from(timeline.events, (event) => toDayNumber(event.date)) };
}
