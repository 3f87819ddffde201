import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { caseTimelineJsonSchema, policyProfileJsonSchema } from "../../src/index.js";

describe("published JSON Schemas", () => {
  it.each([
    ["case-timeline.schema.json", caseTimelineJsonSchema],
    ["policy-profile.schema.json", policyProfileJsonSchema],
  ])("schemas/%s is current (npm run docs:schemas)", (file, make) => {
    const checkedIn = JSON.parse(readFileSync(new URL(`../../schemas/${file}`, import.meta.url), "utf8"));
    expect(checkedIn).toEqual(make());
  });

  it("describes every event type and dates as format date", () => {
    const text = JSON.stringify(caseTimelineJsonSchema());
    for (const type of ["strategy-discussion", "initial-conference", "core-group", "review-conference", "plan-end", "exception"]) {
      expect(text).toContain(`"const":"${type}"`);
    }
    expect(text).toContain('"format":"date"');
  });
});
