import type { DataQualityCode, DataQualityFinding, EventRef } from "./evaluation-types.js";

/**
 * A data-quality finding about the given events, its path pointing at the event at fault: the
 * last one named (of two, the second is the one out of order, repeated or ignored).
 *
 * @example
 * ```ts
 * dataQualityFinding("duplicate-event", "Two core-group events on 2024-03-04; the second was ignored.", [first, second]);
 * // { code: "duplicate-event", path: ["events", second.index], message: "...", events: [first, second] }
 * ```
 */
export function dataQualityFinding(code: DataQualityCode, message: string, events: readonly [EventRef, ...EventRef[]]): DataQualityFinding {
  return { code, path: ["events", events[events.length - 1]!.index], message, events };
}
