import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderProfileMarkdown, renderRulesCatalogue } from "../../src/policy/render-profile-markdown.js";
import { profiles } from "../../src/profiles/index.js";

describe("docs/rules.md", () => {
  it("equals the render of every built-in profile (regenerate with `npm run docs:rules`)", () => {
    const doc = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");
    expect(doc).toBe(renderRulesCatalogue(Object.values(profiles)));
    for (const profile of Object.values(profiles)) expect(doc).toContain(renderProfileMarkdown(profile));
  });

  it("shows every rule id, quote and the checklist lines", () => {
    const doc = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");
    for (const profile of Object.values(profiles)) {
      for (const rule of profile.rules) {
        expect(doc).toContain(`\`${rule.id}\``);
        expect(doc).toContain(`> ${rule.citation.quote.split("\n")[0]}`);
      }
    }
    expect(doc).toContain("| 17 | `pan-sussex.checklist.report-shared` |");
  });
});
