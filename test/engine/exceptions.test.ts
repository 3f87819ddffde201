// Which obligation a recorded exception covers (D14): by due date, or by the latest anchor on or
// before the exception's date; the last listed wins among equals; a match that is not a breach
// is left alone; no match is a data-quality finding.
import { describe, expect, it } from "vitest";
import { evaluateCase, fromDayNumber, toDayNumber, type CaseEvent } from "../../src/index.js";
import { evaluated } from "./engine-test-helpers.js";

const FREQUENCY = "cumbria.core-group-frequency";

/** Cumbria: core groups every 4 weeks. Meetings on 12 Mar, 30 Apr and 30 Jun 2024. */
function evaluate(exceptions: CaseEvent[]) {
  const events: CaseEvent[] = [
    { type: "strategy-discussion", date: "2024-02-26" },
    { type: "initial-conference", date: "2024-03-04", outcome: "plan" },
    { type: "core-group", date: "2024-03-12" }, // next due 9 Apr: held 30 Apr, late
    { type: "core-group", date: "2024-04-30" }, // next due 28 May: held 30 Jun, late
    { type: "core-group", date: "2024-06-30" }, // next due 28 Jul: pending at asOf
    ...exceptions,
  ];
  const result = evaluated(evaluateCase({ id: "x", events }, { profile: "cumbria", asOf: "2024-07-15" }));
  const frequency = result.obligations.filter((o) => o.ruleId === FREQUENCY).map((o) => `${o.anchor.date} ${o.dueDate} ${o.status}`);
  return { frequency, findings: result.dataQuality.map((f) => f.code) };
}

const exception = (date: string, dueDate?: string): CaseEvent => ({
  type: "exception",
  date,
  ruleId: FREQUENCY,
  ...(dueDate === undefined ? {} : { dueDate }),
  reason: "Family isolating",
  approvedBy: "Team manager",
});

describe("recorded exceptions", () => {
  it("without a due date, cover the obligation whose anchor is the latest on or before the exception", () => {
    expect(evaluate([exception("2024-05-01")]).frequency).toEqual([
      "2024-03-12 2024-04-09 late",
      "2024-04-30 2024-05-28 exception",
      "2024-06-30 2024-07-28 pending",
    ]);
  });

  it("with a due date, cover the obligation due that day", () => {
    expect(evaluate([exception("2024-07-01", "2024-04-09")]).frequency).toEqual([
      "2024-03-12 2024-04-09 exception",
      "2024-04-30 2024-05-28 late",
      "2024-06-30 2024-07-28 pending",
    ]);
  });

  it("leave an obligation that is not a breach as it is, and report one that matches nothing", () => {
    const { frequency, findings } = evaluate([exception("2024-07-10"), exception("2024-03-01"), exception("2024-07-01", "2024-07-01")]);
    expect(frequency).toEqual(["2024-03-12 2024-04-09 late", "2024-04-30 2024-05-28 late", "2024-06-30 2024-07-28 pending"]);
    expect(findings.filter((code) => code === "unmatched-exception")).toHaveLength(2);
  });

  it("cover each breach of a long case when there are a thousand of them", () => {
    const events: CaseEvent[] = [{ type: "strategy-discussion", date: "1991-01-02" }, { type: "initial-conference", date: "1991-01-09", outcome: "plan" }];
    const exceptions: CaseEvent[] = [];
    const first = toDayNumber("1991-01-16");
    for (let meeting = 0; meeting < 1_000; meeting++) {
      const date = fromDayNumber(first + meeting * 30); // every 30 days: each 28-day interval is late
      events.push({ type: "core-group", date });
      exceptions.push(exception(date));
    }
    const result = evaluated(evaluateCase({ id: "long", events: [...events, ...exceptions] }, { profile: "cumbria", asOf: "2099-12-31" }));
    const statuses = new Set(result.obligations.filter((o) => o.ruleId === FREQUENCY).slice(0, -1).map((o) => o.status));
    expect([...statuses]).toEqual(["exception"]);
  });
});
