// Options are the calling code's, not the case data's: a bad one throws one TypeError naming it,
// at once, instead of coming back as an issue on every record.
import { describe, expect, it } from "vitest";
import { auditCases, createCaseAuditor, evaluateCase } from "../../src/index.js";

const timeline = { id: "c1", events: [{ type: "initial-conference", date: "2024-01-10", outcome: "plan" }] };

describe("bad options throw one TypeError naming the option", () => {
  it.each(["31/03/2025", "2025-02-30", "1989-12-31", "", 20250331, null])("evaluateCase with asOf %j", (asOf) => {
    expect(() => evaluateCase(timeline, { profile: "medway", asOf: asOf as never })).toThrow(new RegExp("^Invalid option asOf: "));
    expect(() => evaluateCase(timeline, { profile: "medway", asOf: asOf as never })).toThrow(TypeError);
  });

  it("evaluateCase with a checklist option that is not a boolean", () => {
    expect(() => evaluateCase(timeline, { profile: "pan-sussex", asOf: "2025-03-31", checklist: "no" as never })).toThrow(
      new TypeError("Invalid option checklist: expected true or false, received string"),
    );
  });

  it("createCaseAuditor and auditCases throw when made, before any record is read", () => {
    expect(() => createCaseAuditor({ profile: "medway", asOf: "2025-13-01" as never })).toThrow(TypeError);
    let read = 0;
    const records = (function* () {
      read++;
      yield timeline;
    })();
    expect(() => auditCases(records, { profile: "medway", asOf: "not a date" as never })).toThrow(/^Invalid option asOf: /);
    expect(read).toBe(0);
  });

  it("a good asOf still evaluates, and bad case data is still issues, not a throw", () => {
    expect(evaluateCase(timeline, { profile: "medway", asOf: "2025-03-31" }).ok).toBe(true);
    const bad = evaluateCase({ id: "c2", events: [{ type: "core-group", date: "2024-02-30" }] }, { profile: "medway", asOf: "2025-03-31" });
    expect(bad.ok).toBe(false);
  });
});
