// Builds the RuleContext a rule kind's evaluator reads, from a timeline, as evaluateCase does,
// so that the tests of test/rules/ can call one kind's record directly.
import { expect } from "vitest";
import { createWorkingCalendar } from "../../src/calendar/working-calendar.js";
import { collectCaseFacts } from "../../src/case/case-facts.js";
import { buildPlanEpisodes } from "../../src/case/plan-episodes.js";
import { toDayNumber, type IsoDate } from "../../src/dates/iso-date.js";
import { parseTimeline } from "../../src/model/parse-timeline.js";
import type { Profile } from "../../src/policy/profile.js";
import type { RuleKind, RuleOfKind } from "../../src/policy/rule-kind-policies.js";
import { profiles } from "../../src/profiles/index.js";
import type { RuleContext } from "../../src/rules/rule-context.js";

/** The context of a case (given as its events) at an audit date, under a built-in profile. */
export function ruleContextFor(events: readonly object[], asOf: IsoDate, profile: Profile = profiles["working-together"]): RuleContext {
  const parsed = parseTimeline({ id: "case-1", events });
  if (!parsed.success) expect.fail(`bad test timeline: ${JSON.stringify(parsed.issues)}`);
  const asOfDay = toDayNumber(asOf);
  const { events: dated } = collectCaseFacts(parsed.timeline, parsed.eventDays, asOfDay);
  return {
    timeline: parsed.timeline,
    profile,
    calendar: createWorkingCalendar({ region: profile.region, closureDays: profile.closureDays }),
    asOfDay,
    asOf,
    events: dated,
    episodes: buildPlanEpisodes(dated, []),
  };
}

/** A rule of a built-in profile, by id and kind (fails the test when there is none of the kind). */
export function builtInRule<K extends RuleKind>(profile: Profile, id: string, kind: K): RuleOfKind<K> {
  const rule = profile.rules.find((candidate) => candidate.id === id);
  if (rule?.kind !== kind) expect.fail(`no ${kind} rule ${id} in ${profile.id}`);
  return rule as RuleOfKind<K>;
}
