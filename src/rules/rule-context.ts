import type { WorkingCalendar } from "../calendar/working-calendar.js";
import type { IsoDate } from "../dates/iso-date.js";
import type { CaseTimeline } from "../model/timeline-schema.js";
import type { DatedEvent } from "../case/case-facts.js";
import type { CheckResult, DataQualityFinding, Obligation } from "../case/evaluation-types.js";
import type { EpisodeFacts } from "../case/plan-episodes.js";
import type { Profile } from "../policy/profile.js";

/**
 * What every rule evaluator reads: the validated timeline, its sorted events and plan episodes,
 * the calendar and the audit date. Evaluators are pure: they return results, they change nothing.
 *
 * @example
 * ```ts
 * const obligations = evaluateDeadlineAfterEvent(rule, context);
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
  readonly dataQuality: DataQualityFinding[];
}

/**
 * What a rule evaluator returns.
 *
 * @example
 * ```ts
 * const output: RuleOutput = { obligations: [], checks: [] };
 * ```
 */
export interface RuleOutput {
  readonly obligations: readonly Obligation[];
  readonly checks: readonly CheckResult[];
}
