import { describe, expect, it } from "vitest";
import { caseTimelineSchema } from "../../src/model/timeline-schema.js";
import { inputIssuesOf } from "../../src/model/input-issues.js";

const issuesFor = (value: unknown) => {
  const parsed = caseTimelineSchema.safeParse(value);
  if (parsed.success) throw new Error("expected the value to be refused");
  return inputIssuesOf(parsed.error.issues);
};

describe("inputIssuesOf", () => {
  it("keeps zod's code, path and message, and what a value of the wrong type was expected to be", () => {
    expect(issuesFor({ id: "c1", events: [{ type: "core-group", date: 20240101 }] })).toEqual([
      { code: "invalid_type", path: ["events", 0, "date"], message: expect.stringContaining("expected string"), expected: "string" },
    ]);
    expect(issuesFor({ id: "c1", events: [], colour: "red", size: 1 })).toEqual([
      { path: [], message: 'Unrecognized keys: "colour", "size"', code: "unrecognized_keys" },
    ]);
  });

  it("quotes an unknown key longer than 40 characters cut short, whatever its length", () => {
    const key = "k".repeat(1_000_000);
    const [issue] = issuesFor({ id: "c1", events: [], [key]: 1 });
    expect(issue).toEqual({ path: [], message: `Unrecognized key: "${"k".repeat(40)}..."`, code: "unrecognized_keys" });
    const [both] = issuesFor({ id: "c1", events: [], short: 1, [key]: 1 });
    expect(both?.message).toBe(`Unrecognized keys: "short", "${"k".repeat(40)}..."`);
  });
});
