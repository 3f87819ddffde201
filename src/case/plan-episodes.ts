import type { CoreGroupMeeting, ReviewConference } from "../model/timeline-schema.js";
import type { DatedEvent } from "./case-facts.js";
import type { DataQualityFinding, EventRef } from "./evaluation-types.js";
import { dataQualityFinding } from "./data-quality-finding.js";

/**
 * One plan episode with the events that fall inside it (D10-D12).
 *
 * @example
 * ```ts
 * const [first] = buildPlanEpisodes(facts.events, findings);
 * first.heldCoreGroups.length;
 * ```
 */
export interface EpisodeFacts {
  readonly number: number;
  readonly start: DatedEvent;
  endDay: number | null;
  endRef: EventRef | null;
  endReason: string | null;
  /** Held core groups from the start to the end day, in date order (D13: cancelled ones excluded). */
  readonly heldCoreGroups: DatedEvent<CoreGroupMeeting>[];
  /** Review conferences in the episode, in date order (the last may end it). */
  readonly reviews: DatedEvent<ReviewConference>[];
}

function startsPlan(item: DatedEvent): boolean {
  const { event } = item;
  if (event.type === "initial-conference") return event.outcome === "plan";
  if (event.type === "transfer-in-conference") return (event.outcome ?? "plan") === "plan";
  return false;
}

/**
 * Splits sorted events into plan episodes: an initial or transfer-in conference that made a plan
 * starts one (D10, D11); a review conference ending the plan or a plan-end event closes it (D12).
 * Events outside any plan are reported as data-quality findings.
 *
 * @example
 * ```ts
 * const episodes = buildPlanEpisodes(collectCaseFacts(timeline, asOfDay).events, findings);
 * ```
 */
export function buildPlanEpisodes(events: readonly DatedEvent[], dataQuality: DataQualityFinding[]): EpisodeFacts[] {
  const episodes: EpisodeFacts[] = [];
  let open: EpisodeFacts | null = null;
  const close = (episode: EpisodeFacts, item: DatedEvent, reason: string) => {
    episode.endDay = item.day;
    episode.endRef = item.ref;
    episode.endReason = reason;
  };
  for (const item of events) {
    const { event } = item;
    if (startsPlan(item)) {
      if (open !== null) {
        if (event.type === "initial-conference") {
          dataQuality.push(dataQualityFinding("plan-started-while-open", `An initial conference on ${item.ref.date} made a plan while plan ${open.number} was still open; plan ${open.number} is treated as ended that day.`, [open.start.ref, item.ref]));
        }
        close(open, item, event.type === "transfer-in-conference" ? "transfer-in" : "superseded");
      }
      open = { number: episodes.length + 1, start: item, endDay: null, endRef: null, endReason: null, heldCoreGroups: [], reviews: [] };
      episodes.push(open);
      continue;
    }
    switch (event.type) {
      case "core-group":
        if ((event.status ?? "held") !== "held") break;
        const justClosed = open === null ? episodes.at(-1) : undefined;
        if (justClosed !== undefined && justClosed.endDay === item.day) {
          // Held on the day its plan ended (sorted after that day's ending event): still that plan's.
          justClosed.heldCoreGroups.push(item as DatedEvent<CoreGroupMeeting>);
        } else if (open === null) {
          dataQuality.push(dataQualityFinding("meeting-outside-plan", `The core group on ${item.ref.date} is not within a child protection plan.`, [item.ref]));
        } else open.heldCoreGroups.push(item as DatedEvent<CoreGroupMeeting>);
        break;
      case "review-conference":
        if (open === null) {
          dataQuality.push(dataQualityFinding("review-without-plan", `The review conference on ${item.ref.date} has no plan to review.`, [item.ref]));
          break;
        }
        open.reviews.push(item as DatedEvent<ReviewConference>);
        if (event.outcome === "plan-ends") {
          close(open, item, "review-conference");
          open = null;
        }
        break;
      case "plan-end":
        if (open === null) {
          dataQuality.push(dataQualityFinding("plan-end-without-plan", `The plan end on ${item.ref.date} has no open plan.`, [item.ref]));
          break;
        }
        close(open, item, event.reason);
        open = null;
        break;
      default:
        break;
    }
  }
  return episodes;
}
