import type { DatedEvent } from "./case-facts.js";

/**
 * Index of the first event on or after `day` in events sorted by day (binary search);
 * `events.length` when there is none.
 *
 * @example
 * ```ts
 * const i = firstIndexOnOrAfter(episode.heldCoreGroups, reviewDay);
 * ```
 */
export function firstIndexOnOrAfter(events: readonly DatedEvent[], day: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (events[middle]!.day < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The last event on or before `day` in events sorted by day, or undefined.
 *
 * @example
 * ```ts
 * const latest = lastOnOrBefore(episode.heldCoreGroups, windowEnd);
 * ```
 */
export function lastOnOrBefore<E extends DatedEvent>(events: readonly E[], day: number): E | undefined {
  return events[firstIndexOnOrAfter(events, day + 1) - 1];
}
