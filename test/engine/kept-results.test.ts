// Results that callers keep stay cheap: what is the same for every result of a rule (its title,
// citation and reading) is one frozen object shared by reference, a breach holds its obligation
// or check itself, and a kept result holds few heap objects (each one is copied by every young
// garbage collection while the caller keeps it). Nothing here changes what a result says: the
// golden outputs and `npm run compare-builds` hold that.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateCase, profiles, type CaseEvaluation, type Rule } from "../../src/index.js";
import { ensureBuilt, ROOT } from "../cli/cli-support.js";
import { evaluated } from "./engine-test-helpers.js";

const AS_OF = "2025-03-31";

/** A pan-sussex case with a plan, three core groups (one late, one chaired by another role) and a missing review. */
function panSussexCase(id: string, firstMeeting: string): CaseEvaluation {
  const events = [
    { type: "strategy-discussion", date: "2024-01-08" },
    { type: "initial-conference", date: "2024-01-22", outcome: "plan" },
    { type: "core-group", date: firstMeeting, chair: { role: "lead-social-worker" }, attendees: [{ role: "parent" }] },
    { type: "core-group", date: "2024-03-25", chair: { role: "lead-social-worker" }, attendees: [{ role: "parent" }] },
    { type: "core-group", date: "2024-05-20", chair: { role: "team-manager" }, attendees: [] },
  ];
  return evaluated(evaluateCase({ id, events }, { profile: "pan-sussex", asOf: AS_OF }));
}

function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

describe("kept results", () => {
  const rules = new Map<string, Rule>(profiles["pan-sussex"].rules.map((rule) => [rule.id, rule]));
  const first = panSussexCase("A", "2024-02-05");
  const second = panSussexCase("B", "2024-02-26");

  it("obligations and checks of every case hold their rule's own frozen citation and reading, not copies", () => {
    const parts = [first, second].flatMap((result) => [...result.obligations, ...result.checks]);
    expect(parts.length).toBeGreaterThan(20);
    for (const part of parts) {
      const rule = rules.get(part.ruleId)!;
      expect(part.citation).toBe(rule.citation);
      expect(part.reading).toBe(rule.reading);
      expect(part.title).toBe(rule.title);
      expect(isDeeplyFrozen(part.citation) && isDeeplyFrozen(part.reading)).toBe(true);
    }
    const citationsOf = (result: CaseEvaluation) => new Map(result.obligations.map((o) => [o.ruleId, o.citation]));
    const secondCitations = citationsOf(second);
    for (const [ruleId, citation] of citationsOf(first)) expect(secondCitations.get(ruleId)).toBe(citation);
  });

  it("a breach holds its obligation or check itself, and nextDue is one of the obligations", () => {
    for (const result of [first, second]) {
      expect(result.breaches.length).toBeGreaterThan(0);
      expect(result.breaches.some((breach) => breach.kind === "check")).toBe(true);
      for (const breach of result.breaches) {
        if (breach.kind === "obligation") expect(result.obligations).toContain(breach.obligation);
        else expect(result.checks).toContain(breach.check);
      }
      if (result.nextDue !== null) expect(result.obligations).toContain(result.nextDue);
    }
  });

  it("evaluating leaves every shared part as it was (the profile stays deeply frozen)", () => {
    const before = JSON.stringify(profiles["pan-sussex"]);
    panSussexCase("C", "2024-02-12");
    expect(isDeeplyFrozen(profiles["pan-sussex"])).toBe(true);
    expect(JSON.stringify(profiles["pan-sussex"])).toBe(before);
  });

  it("checks of meetings with the same chair share one evidence text, worded as before", () => {
    const chair = first.checks.filter((check) => check.ruleId === "pan-sussex.chair");
    expect(chair.map((check) => check.evidence)).toEqual([
      "Chaired by the lead-social-worker.",
      "Chaired by the lead-social-worker.",
      "Chaired by the team-manager, not by: lead-social-worker.",
    ]);
  });

  // Heap objects per kept result, counted from heap snapshots of a separate process (the built
  // package, 200 generated cases). Before explanations were made of fewer pieces and checks of
  // meetings alike shared their evidence text: 807 (pan-sussex) and 100 (working-together); after:
  // 602 and 77.
  it.each([
    ["pan-sussex", 650],
    ["working-together", 85],
  ] as const)("a kept %s result holds at most %i heap objects", (profileId, budget) => {
    ensureBuilt();
    const run = spawnSync(
      process.execPath,
      ["--expose-gc", join(ROOT, "test/support/kept-result-heap.mjs"), join(ROOT, "dist/index.js"), profileId, "200"],
      { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 24 },
    );
    expect(run.stderr).toBe("");
    const measured = JSON.parse(run.stdout) as { results: number; objectsPerResult: number };
    expect(measured.results).toBe(200);
    expect(measured.objectsPerResult).toBeLessThanOrEqual(budget);
  });
});
