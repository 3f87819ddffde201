import type { WorkingCalendar } from "../calendar/working-calendar.js";
import type { IsoDate } from "../dates/iso-date.js";
import type { CaseTimeline } from "../model/timeline-schema.js";
import type { DatedEvent } from "../case/case-facts.js";
import type { CheckResult, DataQualityFinding, Obligation } from "../case/evaluation-types.js";
import type { EpisodeFacts } from "../case/plan-episodes.js";
import type { Profile } from "../policy/profile.js";

/**
 * What every rule evaluator reads: the validated timeline, its sorted events and plan episodes,
 * the calendar and the audit date. Evaluators return their obligations and checks and change
 * nothing they read, except `dataQuality`: the case's one shared list, onto which an evaluator
 * pushes the data-quality findings it notices (a record dated before its meeting, a conference
 * without a strategy discussion), in rule order.
 *
 * @example
 * ```ts
 * const { obligations, checks } = evaluateDeadlineAfterEvent(rule, context);
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
  /** The case's data-quality findings so far; evaluators append to it (the only thing they change). */
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
