import type { CaseEvent, CaseTimeline } from "../model/timeline-schema.js";
import { dataQualityFinding } from "./data-quality-finding.js";
import type { DataQualityFinding, EventRef } from "./evaluation-types.js";

/**
 * A timeline event with its reference (input index, id) and its day number.
 *
 * @example
 * ```ts
 * const dated: DatedEvent = { ref: { index: 0, type: "core-group", date: "2024-03-15" }, day: 19797, event };
 * ```
 */
export interface DatedEvent<E extends CaseEvent = CaseEvent> {
  readonly ref: EventRef;
  readonly day: number;
  readonly event: E;
}

/**
 * A validated timeline's events in date order, with the events after `asOf` set aside.
 *
 * @example
 * ```ts
 * const facts = collectCaseFacts(timeline, eventDays, toDayNumber("2024-06-30"));
 * facts.events.map((e) => e.ref.date);
 * ```
 */
export interface CaseFacts {
  /** Events on or before asOf, sorted by date then by type order, duplicates removed. */
  readonly events: readonly DatedEvent[];
  readonly dataQuality: DataQualityFinding[];
}

/**
 * Order of events on the same day: a plan that ends that day ends before one that starts that
 * day (D11, D12), and a conference comes before that day's core group.
 */
function sameDayRank(event: CaseEvent): number {
  switch (event.type) {
    case "strategy-discussion":
      return 0;
    case "review-conference":
      return event.outcome === "plan-ends" ? 1 : 5;
    case "plan-end":
      return 2;
    case "initial-conference":
      return 3;
    case "transfer-in-conference":
      return 4;
    case "core-group":
      return 6;
    case "exception":
      return 7;
  }
}

/** Number of same-day ranks: a sort key is day * RANKS + rank. */
const RANKS = 8;

/**
 * The events in order of day, then same-day rank, then input order. Timelines usually come in
 * order, so an ordered one is recognised in one pass and returned as it is.
 */
function sortedByDayAndRank(dated: DatedEvent[]): DatedEvent[] {
  if (isOrdered(dated)) return dated;
  const keys = dated.map(sortKey);
  const order = Array.from(dated.keys()).sort((a, b) => keys[a]! - keys[b]! || a - b);
  return order.map((index) => dated[index]!);
}

function sortKey(item: DatedEvent): number {
  return item.day * RANKS + sameDayRank(item.event);
}

/** Whether the events are already in order of day, then same-day rank (one pass, no keys kept). */
function isOrdered(dated: readonly DatedEvent[]): boolean {
  let previous = -Infinity;
  for (const item of dated) {
    const key = sortKey(item);
    if (key < previous) return false;
    previous = key;
  }
  return true;
}

/**
 * The bit of a type whose second event on the same day is a duplicate, not a second occurrence,
 * in a mask of the types seen on one day (a day holds few events: a mask and a small array are
 * cheaper than a Map per case); undefined for types that may occur twice a day.
 */
function deduplicatedTypeBit(type: CaseEvent["type"]): number | undefined {
  switch (type) {
    case "initial-conference":
      return 0;
    case "transfer-in-conference":
      return 1;
    case "core-group":
      return 2;
    case "review-conference":
      return 3;
    case "plan-end":
      return 4;
    default:
      return undefined;
  }
}

/**
 * An {@link EventRef} for an input event.
 *
 * @example
 * ```ts
 * eventRef({ type: "core-group", date: "2024-03-15" }, 2); // { index: 2, type: "core-group", date: "2024-03-15" }
 * ```
 */
export function eventRef(event: CaseEvent, index: number): EventRef {
  return event.id === undefined
    ? { index, type: event.type, date: event.date }
    : { index, id: event.id, type: event.type, date: event.date };
}

function isCountedOccurrence(event: CaseEvent): boolean {
  return event.type !== "core-group" || (event.status ?? "held") === "held";
}

/**
 * Sorts the events of a validated timeline, sets aside those after `asOf` and same-day
 * duplicates, and reports each as a data-quality finding. `eventDays[i]` is the day number of
 * event i's date (from `parseTimeline`).
 *
 * @example
 * ```ts
 * const { timeline, eventDays } = parseTimeline(input); // when it succeeds
 * const { events, dataQuality } = collectCaseFacts(timeline, eventDays, toDayNumber("2024-06-30"));
 * ```
 */
export function collectCaseFacts(timeline: CaseTimeline, eventDays: Int32Array, asOfDay: number): CaseFacts {
  const dataQuality: DataQualityFinding[] = [];
  const dated: DatedEvent[] = timeline.events.map((event, index) => ({
    ref: eventRef(event, index),
    day: eventDays[index]!,
    event,
  }));
  for (let i = 1; i < dated.length; i++) {
    if (dated[i]!.day < dated[i - 1]!.day) {
      dataQuality.push(dataQualityFinding("events-out-of-order", `Events are not in date order (event ${i} on ${dated[i]!.ref.date} follows ${dated[i - 1]!.ref.date}); they were sorted.`, [dated[i - 1]!.ref, dated[i]!.ref]));
      break;
    }
  }

  const events: DatedEvent[] = [];
  const firstOnDay: DatedEvent[] = []; // by type bit: valid where seenOnDay has the bit
  let seenOnDay = 0;
  let currentDay = Number.NaN;
  for (const item of sortedByDayAndRank(dated)) {
    if (item.day > asOfDay) {
      dataQuality.push(dataQualityFinding("event-after-as-of", `The ${item.event.type} on ${item.ref.date} is after the audit date and was not used.`, [item.ref]));
      continue;
    }
    if (item.day !== currentDay) {
      seenOnDay = 0;
      currentDay = item.day;
    }
    const bit = deduplicatedTypeBit(item.event.type);
    if (bit !== undefined && isCountedOccurrence(item.event)) {
      if ((seenOnDay & (1 << bit)) !== 0) {
        dataQuality.push(dataQualityFinding("duplicate-event", `Two ${item.event.type} events on ${item.ref.date}; the second was ignored.`, [firstOnDay[bit]!.ref, item.ref]));
        continue;
      }
      seenOnDay |= 1 << bit;
      firstOnDay[bit] = item;
    }
    events.push(item);
  }
  return { events, dataQuality };
}
