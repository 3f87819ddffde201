import type { IsoDate } from "../../dates/iso-date.js";
import type { CaseEvaluation, CheckAnswer, Obligation } from "../../engine/evaluation-types.js";
import type { RuleKind } from "../../policy/profile-schema.js";
import { LatenessHistogram } from "./lateness-histogram.js";
import type {
  AnswerCounts,
  AuditSummary,
  CheckSummary,
  GroupSummary,
  KeyedGroupSummary,
  RecordCounts,
  RuleSummary,
  StatusCounts,
  UnsupportedRule,
} from "./summary-types.js";

class GroupAccumulator {
  readonly counts: StatusCounts = { met: 0, late: 0, missing: 0, pending: 0, exception: 0, "not-applicable": 0 };
  readonly lateness = new LatenessHistogram();
  total = 0;

  add(obligation: Obligation): void {
    this.counts[obligation.status] += 1;
    this.total += 1;
    if (obligation.status === "late") this.lateness.add(obligation.workingDaysLate);
  }

  result(): GroupSummary {
    const { met, late, missing } = this.counts;
    const denominator = met + late + missing;
    return {
      counts: { ...this.counts },
      total: this.total,
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

class KeyedAccumulator {
  readonly #groups = new Map<string, GroupAccumulator>();

  add(key: string, obligation: Obligation): void {
    let group = this.#groups.get(key);
    if (group === undefined) this.#groups.set(key, (group = new GroupAccumulator()));
    group.add(obligation);
  }

  result(): KeyedGroupSummary[] {
    return [...this.#groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, group]) => ({ key, ...group.result() }));
  }
}

class RuleAccumulator {
  readonly all = new GroupAccumulator();
  readonly byMonth = new KeyedAccumulator();
  readonly byTeam = new KeyedAccumulator();
  constructor(
    readonly ruleId: string,
    readonly ruleKind: RuleKind,
    readonly title: string,
  ) {}
}

/** A rule known before any case is seen, so that rules with no obligations still get a row. */
export interface KnownRule {
  readonly id: string;
  readonly kind: RuleKind;
  readonly title: string;
  readonly severity?: "breach" | "finding";
}

/**
 * Adds evaluations up into an {@link AuditSummary} in bounded memory: counters and lateness
 * histograms per rule, month of due date and team; nothing per case is kept.
 *
 * @example
 * ```ts
 * const builder = new SummaryBuilder({ id: "cumbria", name: "Cumbria", version: "1" }, "2024-12-31");
 * builder.addEvaluation(evaluation);
 * builder.addRejected();
 * const summary = builder.result();
 * ```
 */
export class SummaryBuilder {
  readonly #overall = new GroupAccumulator();
  readonly #byMonth = new KeyedAccumulator();
  readonly #byTeam = new KeyedAccumulator();
  readonly #rules = new Map<string, RuleAccumulator>();
  readonly #checks = new Map<string, { title: string; severity: "breach" | "finding"; answers: AnswerCounts; total: number }>();
  #evaluated = 0;
  #rejected = 0;
  #casesWithBreaches = 0;
  #checkBreaches = 0;

  constructor(
    readonly profile: { readonly id: string; readonly name: string; readonly version: string },
    readonly asOf: IsoDate,
    knownRules: readonly KnownRule[] = [],
    readonly unsupportedRules: readonly UnsupportedRule[] = [],
  ) {
    for (const rule of knownRules) {
      if (rule.kind === "meeting-check") this.#check(rule.id, rule.title, rule.severity ?? "breach");
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

  /** Records read, evaluated and rejected so far. */
  counts(): RecordCounts {
    return { read: this.read, evaluated: this.#evaluated, rejected: this.#rejected };
  }

  /** Counts one rejected record. */
  addRejected(): void {
    this.#rejected += 1;
  }

  /** Adds every obligation and check of one evaluated case. */
  addEvaluation(evaluation: CaseEvaluation): void {
    this.#evaluated += 1;
    if (evaluation.breaches.length > 0) this.#casesWithBreaches += 1;
    const team = evaluation.team;
    for (const obligation of evaluation.obligations) {
      const month = obligation.dueDate.slice(0, 7);
      const rule = this.#rule(obligation.ruleId, obligation.ruleKind, obligation.title);
      rule.all.add(obligation);
      rule.byMonth.add(month, obligation);
      this.#overall.add(obligation);
      this.#byMonth.add(month, obligation);
      if (team !== null && team !== "") {
        rule.byTeam.add(team, obligation);
        this.#byTeam.add(team, obligation);
      }
    }
    for (const check of evaluation.checks) {
      const counts = this.#check(check.ruleId, check.title, check.severity);
      counts.answers[check.answer as CheckAnswer] += 1;
      counts.total += 1;
      if (check.answer === "no" && check.severity === "breach") this.#checkBreaches += 1;
    }
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
    return {
      profile: this.profile,
      asOf: this.asOf,
      records: this.counts(),
      ...this.#overall.result(),
      casesWithBreaches: this.#casesWithBreaches,
      checkBreaches: this.#checkBreaches,
      rules,
      byMonth: this.#byMonth.result(),
      byTeam: this.#byTeam.result(),
      checks,
      unsupportedRules: this.unsupportedRules,
    };
  }
}
