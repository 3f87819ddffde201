import * as z from "zod/mini";
import { MAX_REPORTED_ISSUES } from "./input-issues.js";
import { caseEventSchema, caseTimelineSchema, type CaseEvent, type CaseTimeline } from "./timeline-schema.js";

/**
 * zod gathers the issues of an array onto the call stack (`push(...issues)`), so a timeline with
 * more than about 100,000 problems made it throw `RangeError: Maximum call stack size exceeded`.
 * Above this many array items (events, and the attendees, answers and other lists inside them),
 * a timeline is checked one event at a time. Below it zod checks it whole: each item has at most
 * a dozen problems, so zod gathers at most about 60,000 issues, half what fits on the stack.
 */
export const MOST_ITEMS_CHECKED_WHOLE = 5_000;

/**
 * A failed parse: the first {@link MAX_REPORTED_ISSUES} issues, in zod's order, and how many there
 * were in all.
 *
 * @example
 * ```ts
 * const failure: IssuesFound = { success: false, issues: [], issueCount: 130_000 };
 * ```
 */
export interface IssuesFound {
  readonly success: false;
  readonly issues: readonly z.core.$ZodIssue[];
  readonly issueCount: number;
}

type Fields = Record<string, unknown>;

/**
 * The timeline's events list with its own checks (its length) and no check of its events. zod
 * checks an events list that is too long for those checks alone, so this gives the same issue.
 */
const eventCountSchema = z.array(z.unknown()).check(
  ...((caseTimelineSchema.shape.events.def.checks ?? []) as z.core.$ZodCheck<unknown[]>[]),
);

function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The events and the items of every array directly inside an event, stopping past `limit`. */
function countItems(events: readonly unknown[], limit: number): number {
  let count = events.length;
  for (let i = 0; i < events.length && count <= limit; i++) {
    const event = events[i];
    if (!isObject(event)) continue;
    for (const key in event) {
      const field = event[key];
      if (Array.isArray(field)) count += field.length;
    }
  }
  return count;
}

/** Keeps the first issues and counts all of them. */
class IssueList {
  readonly kept: z.core.$ZodIssue[] = [];
  count = 0;

  add(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): void {
    for (const issue of issues) {
      this.count++;
      if (this.kept.length < MAX_REPORTED_ISSUES) this.kept.push(prefix.length === 0 ? issue : { ...issue, path: [...prefix, ...issue.path] });
    }
  }
}

/**
 * Checks a timeline against `caseTimelineSchema` without zod ever gathering more issues than fit
 * on the stack. A timeline with few items (at most {@link MOST_ITEMS_CHECKED_WHOLE}) is checked
 * whole; a larger one as zod would check it, in pieces: the timeline without its events, then
 * each event (or, with more events than the schema allows, only that). The issues are the same
 * as zod's, in the same order (the timeline's fields, then the events, which come last in the
 * schema, then unknown keys), cut to the first {@link MAX_REPORTED_ISSUES}, with their count.
 *
 * @example
 * ```ts
 * const parsed = parseTimelineInPieces({ id: "x", events: Array(130_000).fill(5) });
 * if (!parsed.success) [parsed.issues.length, parsed.issueCount]; // [100, 130000]
 * ```
 */
export function parseTimelineInPieces(value: unknown): { readonly success: true; readonly data: CaseTimeline } | IssuesFound {
  const events = isObject(value) ? value["events"] : undefined;
  const list = new IssueList();
  if (!Array.isArray(events) || countItems(events, MOST_ITEMS_CHECKED_WHOLE) <= MOST_ITEMS_CHECKED_WHOLE) {
    const whole = caseTimelineSchema.safeParse(value);
    if (whole.success) return whole;
    list.add(whole.error.issues);
    return { success: false, issues: list.kept, issueCount: list.count };
  }
  const rest = caseTimelineSchema.safeParse({ ...(value as Fields), events: [] });
  const restIssues = rest.success ? [] : rest.error.issues;
  const isUnknownKeys = (issue: z.core.$ZodIssue) => issue.code === "unrecognized_keys" && issue.path.length === 0;
  list.add(restIssues.filter((issue) => !isUnknownKeys(issue)));
  const parsedEvents: CaseEvent[] = [];
  const eventCount = eventCountSchema.safeParse(events);
  if (!eventCount.success) {
    list.add(eventCount.error.issues, ["events"]);
  } else {
    for (let i = 0; i < events.length; i++) {
      const event = caseEventSchema.safeParse(events[i]);
      if (event.success) parsedEvents.push(event.data);
      else list.add(event.error.issues, ["events", i]);
    }
  }
  list.add(restIssues.filter(isUnknownKeys));
  if (list.count > 0 || !rest.success) return { success: false, issues: list.kept, issueCount: list.count };
  return { success: true, data: { ...rest.data, events: parsedEvents } };
}
