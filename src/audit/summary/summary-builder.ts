import { tryToDayNumber, type IsoDate } from "../../dates/iso-date.js";
import type { CaseEvaluation, CheckAnswer, Obligation } from "../../case/evaluation-types.js";
import type { RuleKind } from "../../policy/profile-schema.js";
import { RULE_KINDS } from "../../rules/rule-kinds.js";
import { detachedText } from "../detached-text.js";
import type { Rejection } from "../input-record.js";
import { IndicatorAccumulator, type IndicatorSnapshot } from "../indicators/indicator-accumulator.js";
import type { UnsupportedIndicator } from "../indicators/indicator-types.js";
import { LatenessHistogram } from "./lateness-histogram.js";
import type {
  AnswerCounts,
  AuditSummary,
  CheckSummary,
  GroupSummary,
  KeyedGroupSummary,
  NotReadCounts,
  RecordCounts,
  RuleSummary,
  UnsupportedRule,
} from "./summary-types.js";

/** One group's counts (met, late, missing, pending, exception, not applicable) and lateness histogram. */
interface GroupState {
  readonly counts: readonly number[];
  readonly lateness: readonly (readonly [number, number])[];
}

/** Groups by key (a month number or a team), each with its state. */
type KeyedStates<Key> = readonly (readonly [Key, GroupState])[];

/**
 * What a {@link SummaryBuilder} has added up, as plain data (structured-cloneable), so that
 * summaries built apart (e.g. in worker threads, each over part of the records) can be merged.
 *
 * @example
 * ```ts
 * const snapshot: SummarySnapshot = builder.snapshot();
 * other.merge(snapshot);
 * ```
 */
export interface SummarySnapshot {
  readonly evaluated: number;
  readonly rejected: number;
  /** The parts of the input not read, added up (zeros when none). */
  readonly notRead: NotReadCounts;
  readonly casesWithBreaches: number;
  readonly checkBreaches: number;
  /** The teams of the evaluated cases (also those with no obligations: a team row of zeros). */
  readonly teams: readonly string[];
  /** Per rule; the profile's totals are these added together, so they are not sent. */
  readonly rules: readonly {
    readonly ruleId: string;
    readonly ruleKind: RuleKind;
    readonly title: string;
    readonly all: GroupState;
    readonly byMonth: KeyedStates<number>;
    readonly byTeam: KeyedStates<string>;
  }[];
  readonly checks: readonly {
    readonly ruleId: string;
    readonly title: string;
    readonly severity: "breach" | "finding";
    readonly answers: AnswerCounts;
    readonly total: number;
  }[];
  /** The national indicators' items per reporting year. */
  readonly indicators: IndicatorSnapshot;
}

class GroupAccumulator {
  met = 0;
  late = 0;
  missing = 0;
  pending = 0;
  exception = 0;
  notApplicable = 0;
  readonly lateness = new LatenessHistogram();

  add(obligation: Obligation): void {
    switch (obligation.status) {
      case "met":
        this.met += 1;
        break;
      case "late":
        this.late += 1;
        this.lateness.add(obligation.workingDaysLate);
        break;
      case "missing":
        this.missing += 1;
        break;
      case "pending":
        this.pending += 1;
        break;
      case "exception":
        this.exception += 1;
        break;
      case "not-applicable":
        this.notApplicable += 1;
        break;
    }
  }

  state(): GroupState {
    const { met, late, missing, pending, exception, notApplicable } = this;
    return { counts: [met, late, missing, pending, exception, notApplicable], lateness: this.lateness.entries() };
  }

  merge(state: GroupState): void {
    const [met = 0, late = 0, missing = 0, pending = 0, exception = 0, notApplicable = 0] = state.counts;
    this.met += met;
    this.late += late;
    this.missing += missing;
    this.pending += pending;
    this.exception += exception;
    this.notApplicable += notApplicable;
    for (const [value, times] of state.lateness) this.lateness.add(value, times);
  }

  result(): GroupSummary {
    const { met, late, missing } = this;
    const denominator = met + late + missing;
    return {
      counts: { met, late, missing, pending: this.pending, exception: this.exception, "not-applicable": this.notApplicable },
      total: met + late + missing + this.pending + this.exception + this.notApplicable,
      breaches: late + missing,
      percentMetOnTime: denominator === 0 ? null : Math.round((met / denominator) * 1000) / 10,
      lateness: {
        count: this.lateness.count,
        medianWorkingDays: this.lateness.percentile(50),
        p90WorkingDays: this.lateness.percentile(90),
        maxWorkingDays: this.lateness.max,
      },
    };
  }
}

/** Groups by a key (a team, or a month as a number: see {@link monthNumber}), listed by key order. */
class KeyedAccumulator<Key extends string | number> {
  readonly #groups = new Map<Key, GroupAccumulator>();

  constructor(private readonly label: (key: Key) => string) {}

  /** The group of `key`, made on first use. */
  group(key: Key): GroupAccumulator {
    let group = this.#groups.get(key);
    if (group === undefined) {
      // A team name is kept for the whole audit: keep a copy, not a view into the input.
      this.#groups.set(typeof key === "string" ? (detachedText(key) as Key) : key, (group = new GroupAccumulator()));
    }
    return group;
  }

  state(): [Key, GroupState][] {
    return [...this.#groups.entries()].map(([key, group]) => [key, group.state()]);
  }

  merge(states: KeyedStates<Key>): void {
    for (const [key, state] of states) this.group(key).merge(state);
  }

  result(): KeyedGroupSummary[] {
    return [...this.#groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, group]) => ({ key: this.label(key), ...group.result() }));
  }
}

/** `YYYY-MM-DD` to a number that sorts as the month `YYYY-MM` does: year * 12 + month - 1. */
function monthNumber(date: string): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  return year * 12 + (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48) - 1;
}

function monthLabel(month: number): string {
  return `${String(Math.floor(month / 12)).padStart(4, "0")}-${String((month % 12) + 1).padStart(2, "0")}`;
}

const teamLabel = (team: string): string => team;

class RuleAccumulator {
  readonly all = new GroupAccumulator();
  readonly byMonth = new KeyedAccumulator<number>(monthLabel);
  readonly byTeam = new KeyedAccumulator<string>(teamLabel);
  constructor(
    readonly ruleId: string,
    readonly ruleKind: RuleKind,
    readonly title: string,
  ) {}
}

/**
 * A rule known before any case is seen, so that rules with no obligations still get a row.
 *
 * @example
 * ```ts
 * const known: KnownRule = { id: "medway.minutes-circulated", kind: "deadline-after-event", title: "Minutes within 5 working days" };
 * ```
 */
export interface KnownRule {
  readonly id: string;
  readonly kind: RuleKind;
  readonly title: string;
  readonly severity?: "breach" | "finding";
}

/**
 * Adds evaluations up into an {@link AuditSummary} in bounded memory: counters and lateness
 * histograms per rule, month of due date and team; nothing per case is kept. Each obligation is
 * added to its rule's groups only: the profile's totals (overall, by month, by team) are the
 * rules' groups added together when the result is asked for: three groups to add to per
 * obligation rather than six.
 *
 * @example
 * ```ts
 * const builder = new SummaryBuilder({ id: "cumbria", name: "Cumbria", version: "1" }, "2024-12-31");
 * builder.addEvaluation(evaluation);
 * builder.addRejected();
 * const summary = builder.result();
 * // built apart (e.g. one per worker thread), then merged:
 * const all = new SummaryBuilder({ id: "cumbria", name: "Cumbria", version: "1" }, "2024-12-31");
 * all.merge(builder.snapshot());
 * ```
 */
export class SummaryBuilder {
  /** The teams of the evaluated cases, also of those with no obligations (a team row of zeros). */
  readonly #teams = new Set<string>();
  readonly #rules = new Map<string, RuleAccumulator>();
  readonly #checks = new Map<string, { title: string; severity: "breach" | "finding"; answers: AnswerCounts; total: number }>();
  #evaluated = 0;
  #rejected = 0;
  #notReadBytes = 0;
  #notReadLines = 0;
  #casesWithBreaches = 0;
  #checkBreaches = 0;
  /** The national indicators per reporting year: cases are added to it with `addCaseIndicators`. */
  readonly indicators: IndicatorAccumulator;

  /**
   * @param indicators `year`: report the national indicators for this reporting year only (1 April
   *   of this year to 31 March of the next; default: every year in the data up to the audit date);
   *   `caseIds`: keep the case ids behind every indicator count (default true); `unsupported`:
   *   indicators the input cannot support, left out and listed with the reason.
   * @throws RangeError when `indicatorYear` starts after the audit date.
   */
  constructor(
    readonly profile: { readonly id: string; readonly name: string; readonly version: string },
    readonly asOf: IsoDate,
    knownRules: readonly KnownRule[] = [],
    readonly unsupportedRules: readonly UnsupportedRule[] = [],
    indicators: {
      readonly year?: number | undefined;
      readonly caseIds?: boolean | undefined;
      readonly unsupported?: readonly UnsupportedIndicator[] | undefined;
    } = {},
  ) {
    // An audit date that is not a date evaluates no case (each is rejected), so its indicators stay empty.
    this.indicators = new IndicatorAccumulator(tryToDayNumber(asOf) ?? Number.NaN, indicators.year, indicators.caseIds ?? true, indicators.unsupported);
    for (const rule of knownRules) {
      if (RULE_KINDS[rule.kind].gives === "checks") this.#check(rule.id, rule.title, rule.severity ?? "breach");
      else this.#rule(rule.id, rule.kind, rule.title);
    }
  }

  #rule(ruleId: string, kind: RuleKind, title: string): RuleAccumulator {
    let rule = this.#rules.get(ruleId);
    if (rule === undefined) this.#rules.set(ruleId, (rule = new RuleAccumulator(ruleId, kind, title)));
    return rule;
  }

  #check(ruleId: string, title: string, severity: "breach" | "finding") {
    let check = this.#checks.get(ruleId);
    if (check === undefined) {
      check = { title, severity, answers: { yes: 0, no: 0, "not-recorded": 0, "not-applicable": 0 }, total: 0 };
      this.#checks.set(ruleId, check);
    }
    return check;
  }

  /** Records read so far. */
  get read(): number {
    return this.#evaluated + this.#rejected;
  }

  /** Records read, evaluated and rejected so far, and the parts of the input not read, if any. */
  counts(): RecordCounts {
    const counts = { read: this.read, evaluated: this.#evaluated, rejected: this.#rejected };
    return this.#notReadLines === 0 ? counts : { ...counts, notRead: { bytes: this.#notReadBytes, lines: this.#notReadLines } };
  }

  /** Counts one rejected record, and the parts of the input its rejections say were not read. */
  addRejected(rejections: readonly Rejection[] = []): void {
    this.#rejected += 1;
    for (const { notRead } of rejections) {
      if (notRead === undefined) continue;
      this.#notReadBytes += notRead.bytes;
      this.#notReadLines += notRead.lastLine - notRead.firstLine + 1;
    }
  }

  /** Adds every obligation and check of one evaluated case. */
  addEvaluation(evaluation: CaseEvaluation): void {
    this.#evaluated += 1;
    if (evaluation.breaches.length > 0) this.#casesWithBreaches += 1;
    const team = evaluation.team !== null && evaluation.team !== "" ? evaluation.team : null;
    if (team !== null && !this.#teams.has(team)) this.#teams.add(detachedText(team));
    for (const obligation of evaluation.obligations) {
      const rule = this.#rule(obligation.ruleId, obligation.ruleKind, obligation.title);
      rule.all.add(obligation);
      rule.byMonth.group(monthNumber(obligation.dueDate)).add(obligation);
      if (team !== null) rule.byTeam.group(team).add(obligation);
    }
    for (const check of evaluation.checks) {
      const counts = this.#check(check.ruleId, check.title, check.severity);
      counts.answers[check.answer as CheckAnswer] += 1;
      counts.total += 1;
      if (check.answer === "no" && check.severity === "breach") this.#checkBreaches += 1;
    }
  }

  /** The profile's totals: every obligation belongs to exactly one rule, so they are the rules' groups added together. */
  #totals(): { overall: GroupAccumulator; byMonth: KeyedAccumulator<number>; byTeam: KeyedAccumulator<string> } {
    const overall = new GroupAccumulator();
    const byMonth = new KeyedAccumulator<number>(monthLabel);
    const byTeam = new KeyedAccumulator<string>(teamLabel);
    for (const team of this.#teams) byTeam.group(team);
    for (const rule of this.#rules.values()) {
      overall.merge(rule.all.state());
      byMonth.merge(rule.byMonth.state());
      byTeam.merge(rule.byTeam.state());
    }
    return { overall, byMonth, byTeam };
  }

  /** Everything added so far, as plain data for {@link SummaryBuilder.merge}. */
  snapshot(): SummarySnapshot {
    return {
      evaluated: this.#evaluated,
      rejected: this.#rejected,
      notRead: { bytes: this.#notReadBytes, lines: this.#notReadLines },
      casesWithBreaches: this.#casesWithBreaches,
      checkBreaches: this.#checkBreaches,
      teams: [...this.#teams],
      rules: [...this.#rules.values()].map((rule) => ({
        ruleId: rule.ruleId,
        ruleKind: rule.ruleKind,
        title: rule.title,
        all: rule.all.state(),
        byMonth: rule.byMonth.state(),
        byTeam: rule.byTeam.state(),
      })),
      checks: [...this.#checks.entries()].map(([ruleId, check]) => ({ ruleId, ...check, answers: { ...check.answers } })),
      indicators: this.indicators.snapshot(),
    };
  }

  /**
   * Adds in what another builder (of the same profile and audit date) added up, from its
   * {@link SummaryBuilder.snapshot}. Counts and lateness histograms add exactly, so the merged
   * summary equals the one a single builder would have made over all the records.
   */
  merge(snapshot: SummarySnapshot): void {
    this.#evaluated += snapshot.evaluated;
    this.#rejected += snapshot.rejected;
    this.#notReadBytes += snapshot.notRead.bytes;
    this.#notReadLines += snapshot.notRead.lines;
    this.#casesWithBreaches += snapshot.casesWithBreaches;
    this.#checkBreaches += snapshot.checkBreaches;
    for (const team of snapshot.teams) this.#teams.add(team);
    for (const state of snapshot.rules) {
      const rule = this.#rule(state.ruleId, state.ruleKind, state.title);
      rule.all.merge(state.all);
      rule.byMonth.merge(state.byMonth);
      rule.byTeam.merge(state.byTeam);
    }
    for (const state of snapshot.checks) {
      const check = this.#check(state.ruleId, state.title, state.severity);
      for (const answer of Object.keys(check.answers) as CheckAnswer[]) check.answers[answer] += state.answers[answer];
      check.total += state.total;
    }
    this.indicators.merge(snapshot.indicators);
  }

  /** The summary of everything added so far. */
  result(): AuditSummary {
    const rules: RuleSummary[] = [...this.#rules.values()].map((rule) => ({
      ruleId: rule.ruleId,
      ruleKind: rule.ruleKind,
      title: rule.title,
      ...rule.all.result(),
      byMonth: rule.byMonth.result(),
      byTeam: rule.byTeam.result(),
    }));
    const checks: CheckSummary[] = [...this.#checks.entries()].map(([ruleId, check]) => ({
      ruleId,
      title: check.title,
      severity: check.severity,
      answers: { ...check.answers },
      total: check.total,
    }));
    const totals = this.#totals();
    return {
      profile: this.profile,
      asOf: this.asOf,
      records: this.counts(),
      ...totals.overall.result(),
      casesWithBreaches: this.#casesWithBreaches,
      checkBreaches: this.#checkBreaches,
      rules,
      byMonth: totals.byMonth.result(),
      byTeam: totals.byTeam.result(),
      checks,
      unsupportedRules: this.unsupportedRules,
      indicators: this.indicators.result(),
      unsupportedIndicators: this.indicators.unsupported,
    };
  }
}
