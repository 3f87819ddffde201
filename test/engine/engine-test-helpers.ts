// Shared helpers of the engine tests: turn an evaluation into literal rows that a test can
// compare with a hand-written table. Nothing here computes a date.
import { expect } from "vitest";
import type { CaseEvaluation, CaseEvaluationResult, Obligation } from "../../src/index.js";

/**
 * One expected obligation: rule id, anchor date, due date, status, actual date, and the working
 * days late for `late`, `missing` and `exception` rows (0 is asserted for every other status).
 */
export type ObligationRow =
  | readonly [ruleId: string, anchor: string, due: string, status: "met" | "pending" | "not-applicable", actual: string | null]
  | readonly [ruleId: string, anchor: string, due: string, status: "late" | "missing" | "exception", actual: string | null, workingDaysLate: number];

/** One expected meeting check: rule id, meeting date, answer. */
export type CheckRow = readonly [ruleId: string, meeting: string, answer: string];

/** The evaluation, or a failed assertion that shows the input issues. */
export function evaluated(result: CaseEvaluationResult): CaseEvaluation {
  if (!result.ok) expect.fail(`evaluation failed: ${JSON.stringify(result.issues)}`);
  return result;
}

function compareObligations(a: Obligation, b: Obligation): number {
  return (
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) ||
    (a.anchor.date < b.anchor.date ? -1 : a.anchor.date > b.anchor.date ? 1 : 0)
  );
}

/** The obligations as rows, sorted by rule id, then due date, then anchor date. */
export function obligationRows(result: CaseEvaluation): ObligationRow[] {
  return [...result.obligations].sort(compareObligations).map((o) => {
    if (o.status === "late" || o.status === "missing" || o.status === "exception") {
      return [o.ruleId, o.anchor.date, o.dueDate, o.status, o.actualDate, o.workingDaysLate] as const;
    }
    expect(o.workingDaysLate, `${o.ruleId} ${o.dueDate} is ${o.status} but has working days late`).toBe(0);
    expect(o.daysLate, `${o.ruleId} ${o.dueDate} is ${o.status} but has days late`).toBe(0);
    return [o.ruleId, o.anchor.date, o.dueDate, o.status, o.actualDate] as const;
  });
}

/** The checks as rows, sorted by rule id then meeting date. */
export function checkRows(result: CaseEvaluation): CheckRow[] {
  return result.checks
    .map((c) => [c.ruleId, c.meeting.date, c.answer] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}

/** The episodes as plain rows: number, start, end, end reason. */
export function episodeRows(result: CaseEvaluation): [number, string, string | null, string | null][] {
  return result.episodes.map((e) => [e.number, e.start, e.end, e.endReason]);
}

/** The breaches as `kind ruleId date` strings, in the engine's order (by date). */
export function breachRows(result: CaseEvaluation): string[] {
  return result.breaches.map((b) => `${b.kind} ${b.ruleId} ${b.date}`);
}
