import type { WorkingCalendar } from "../calendar/working-calendar.js";
import type { IsoDate } from "../dates/iso-date.js";
import type { CaseTimeline } from "../model/timeline-schema.js";
import type { DatedEvent } from "../case/case-facts.js";
import type { CheckResult, DataQualityFinding, Obligation } from "../case/evaluation-types.js";
import type { EpisodeFacts } from "../case/plan-episodes.js";
import type { Profile } from "../policy/profile.js";

/**
 * What every rule evaluator reads: the validated timeline, its sorted events and plan episodes,
 * the calendar and the audit date. Evaluators change nothing they read: what they find, they
 * return (a {@link RuleOutput}).
 *
 * @example
 * ```ts
 * const { obligations, checks, dataQuality } = definitionOf(rule.kind).evaluate(rule, context);
 * ```
 */
export interface RuleContext {
  readonly timeline: CaseTimeline;
  readonly profile: Profile;
  readonly calendar: WorkingCalendar;
  readonly asOfDay: number;
  /** The audit date as text (`asOfDay`'s date), for the obligations' texts. */
  readonly asOf: IsoDate;
  readonly events: readonly DatedEvent[];
  readonly episodes: readonly EpisodeFacts[];
}

/**
 * What a rule evaluator returns: its obligations and checks, and the data-quality findings it
 * noticed on the way (a record dated before its meeting, a conference without a strategy
 * discussion). The engine adds the findings to the case's, in rule order.
 *
 * @example
 * ```ts
 * const output: RuleOutput = { obligations: [], checks: [], dataQuality: [] };
 * ```
 */
export interface RuleOutput {
  readonly obligations: readonly Obligation[];
  readonly checks: readonly CheckResult[];
  readonly dataQuality: readonly DataQualityFinding[];
}
