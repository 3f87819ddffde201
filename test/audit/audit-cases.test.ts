import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { auditCases, type AuditItem, type InputRecord, type Obligation } from "../../src/index.js";
import { createCaseAuditor } from "../../src/audit/case-auditor.js";
import { LatenessHistogram } from "../../src/audit/summary/lateness-histogram.js";
import { readJsonLines } from "../../src/audit/adapters/json-lines.js";
import { badTimeline, random, sampleJsonLines, sampleTimeline } from "./support/sample-timelines.js";

const AS_OF = "2025-03-31";

function nearestRank(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

function mixedInputs(seed: number, n: number): unknown[] {
  const next = random(seed);
  const inputs: unknown[] = [];
  for (let i = 0; i < n; i += 1) {
    const roll = next();
    if (roll < 0.15) inputs.push(badTimeline(next, `B-${i}`));
    else if (roll < 0.25) {
      const record: InputRecord = {
        kind: "rejected",
        source: { format: "jsonl", file: "x.jsonl", recordNumber: i + 1, line: i + 1 },
        rejections: [{ code: "invalid-json", path: [], message: "not valid JSON", line: i + 1 }],
      };
      inputs.push(record);
    } else if (roll < 0.5) {
      const record: InputRecord = {
        kind: "case",
        source: { format: "jsonl", file: "x.jsonl", recordNumber: i + 1, line: i + 1 },
        timeline: sampleTimeline(next, `R-${i}`),
      };
      inputs.push(record);
    } else inputs.push(sampleTimeline(next, `P-${i}`));
  }
  return inputs;
}

describe("auditCases", () => {
  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom("cumbria", "pan-sussex", "cambridgeshire", "medway", "working-together")], {
    numRuns: 25,
  })("accounts for every record once and adds the summary up", (seed, n, profile) => {
    const inputs = mixedInputs(seed, n);
    const audit = auditCases(inputs, { profile, asOf: AS_OF });
    const items: AuditItem[] = [...audit];
    const summary = audit.summary();

    // Every record exactly once, in order.
    expect(items).toHaveLength(inputs.length);
    items.forEach((item, i) => {
      const input = inputs[i] as { kind?: string; source?: unknown };
      if (input.kind === "case" || input.kind === "rejected") expect(item.source.recordNumber).toBe(i + 1);
      else expect(item.source).toMatchObject({ format: "json", recordNumber: i + 1 });
      if (item.kind === "rejected") {
        expect(item.rejections.length).toBeGreaterThan(0);
        for (const r of item.rejections) expect(r.code.length * r.message.length).toBeGreaterThan(0);
      }
    });
    const evaluated = items.filter((item) => item.kind === "evaluated");
    expect(summary.records.read).toBe(inputs.length);
    expect(summary.records.read).toBe(summary.records.evaluated + summary.records.rejected);
    expect(summary.records.evaluated).toBe(evaluated.length);

    // Counts add up to the obligations yielded.
    const obligations: (Obligation & { team: string | null })[] = evaluated.flatMap((item) =>
      item.kind === "evaluated" ? item.evaluation.obligations.map((o) => ({ ...o, team: item.evaluation.team })) : [],
    );
    expect(summary.total).toBe(obligations.length);
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(obligations.length);
    expect(summary.rules.reduce((sum, rule) => sum + rule.total, 0)).toBe(obligations.length);
    expect(summary.byMonth.reduce((sum, m) => sum + m.total, 0)).toBe(obligations.length);
    expect(summary.byTeam.reduce((sum, t) => sum + t.total, 0)).toBe(obligations.filter((o) => o.team !== null).length);
    for (const rule of summary.rules) {
      const mine = obligations.filter((o) => o.ruleId === rule.ruleId);
      expect(rule.total).toBe(mine.length);
      expect(rule.byMonth.reduce((sum, m) => sum + m.total, 0)).toBe(mine.length);
      for (const status of Object.keys(rule.counts) as (keyof typeof rule.counts)[]) {
        expect(rule.counts[status]).toBe(mine.filter((o) => o.status === status).length);
      }
      const late = mine.filter((o) => o.status === "late").map((o) => o.workingDaysLate);
      expect(rule.lateness.medianWorkingDays).toBe(nearestRank(late, 50));
      expect(rule.lateness.p90WorkingDays).toBe(nearestRank(late, 90));
      const decided = rule.counts.met + rule.counts.late + rule.counts.missing;
      expect(rule.percentMetOnTime).toBe(decided === 0 ? null : Math.round((rule.counts.met / decided) * 1000) / 10);
    }
    const allLate = obligations.filter((o) => o.status === "late").map((o) => o.workingDaysLate);
    expect(summary.lateness.medianWorkingDays).toBe(nearestRank(allLate, 50));
    expect(summary.lateness.p90WorkingDays).toBe(nearestRank(allLate, 90));
    const checks = evaluated.flatMap((item) => (item.kind === "evaluated" ? item.evaluation.checks : []));
    expect(summary.checks.reduce((sum, c) => sum + c.total, 0)).toBe(checks.length);
  });

  it("gives the same items and summary iterated with for await", async () => {
    const inputs = mixedInputs(7, 40);
    const syncAudit = auditCases(inputs, { profile: "medway", asOf: AS_OF });
    const syncItems = [...syncAudit];
    const asyncAudit = auditCases(inputs, { profile: "medway", asOf: AS_OF });
    const asyncItems: AuditItem[] = [];
    for await (const item of asyncAudit) asyncItems.push(item);
    expect(asyncItems).toEqual(syncItems);
    expect(asyncAudit.summary()).toEqual(syncAudit.summary());
  });

  it("streams an adapter's async records and names each rejection's line and code", async () => {
    const text = sampleJsonLines(200, 3, 0.1);
    const audit = auditCases(readJsonLines([text], { file: "cases.jsonl" }), { profile: "pan-sussex", asOf: AS_OF });
    let read = 0;
    for await (const item of audit) {
      read += 1;
      expect(item.source.line).toBe(read);
      if (item.kind === "rejected") for (const r of item.rejections) expect([r.code, r.line]).toEqual([expect.stringMatching(/./), read]);
    }
    const summary = audit.summary();
    expect(summary.records.read).toBe(200);
    expect(summary.records.rejected).toBeGreaterThan(0);
    expect(audit.progress()).toEqual(summary.records);
  });

  it("cannot be iterated twice, has no summary before iteration, and refuses sync iteration of async input", async () => {
    const audit = auditCases([], { profile: "cumbria", asOf: AS_OF });
    expect(() => audit.summary()).toThrow(/iterated/);
    expect([...audit]).toEqual([]);
    expect(audit.summary().records).toEqual({ read: 0, evaluated: 0, rejected: 0 });
    expect(() => [...audit]).toThrow(/only once/);
    const asyncAudit = auditCases(readJsonLines([""]), { profile: "cumbria", asOf: AS_OF });
    expect(() => [...asyncAudit]).toThrow(/for await/);
  });

  it("lists every profile rule in the summary, even with no obligations", () => {
    const audit = auditCases([], { profile: "pan-sussex", asOf: AS_OF });
    [...audit];
    const summary = audit.summary();
    expect(summary.rules.length + summary.checks.length).toBe(audit.profile.rules.length);
    expect(summary.percentMetOnTime).toBeNull();
  });

  it("leaves out excluded rules and reports them as unsupported", () => {
    const audit = auditCases([sampleTimeline(random(1), "C-1")], {
      profile: "working-together",
      asOf: AS_OF,
      exclude: [{ ruleId: "working-together.first-core-group", reason: "no core groups in the census" }],
    });
    const items = [...audit];
    const summary = audit.summary();
    expect(summary.unsupportedRules).toEqual([
      { ruleId: "working-together.first-core-group", title: expect.any(String), reason: "no core groups in the census" },
    ]);
    expect(summary.rules.map((r) => r.ruleId)).not.toContain("working-together.first-core-group");
    for (const item of items) {
      if (item.kind === "evaluated") expect(item.evaluation.obligations.map((o) => o.ruleId)).not.toContain("working-together.first-core-group");
    }
  });
});

describe("LatenessHistogram", () => {
  test.prop([fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 300 }), fc.integer({ min: 1, max: 100 })])(
    "gives the nearest-rank percentile of a sort",
    (values, p) => {
      const histogram = new LatenessHistogram();
      for (const value of values) histogram.add(value);
      expect(histogram.count).toBe(values.length);
      expect(histogram.percentile(p)).toBe(nearestRank(values, p));
      expect(histogram.max).toBe(values.length === 0 ? null : Math.max(...values));
    },
  );
});

describe("SummaryBuilder snapshot and merge", () => {
  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 80 }), fc.integer({ min: 1, max: 4 })], { numRuns: 15 })(
    "summaries built over parts and merged equal the summary built over the whole",
    (seed, n, parts) => {
      const inputs = mixedInputs(seed, n);
      const whole = createCaseAuditor({ profile: "pan-sussex", asOf: AS_OF });
      for (const input of inputs) whole.audit(input);
      const pieces = Array.from({ length: parts }, () => createCaseAuditor({ profile: "pan-sussex", asOf: AS_OF }));
      inputs.forEach((input, index) => pieces[index % parts]!.audit(input));
      const merged = createCaseAuditor({ profile: "pan-sussex", asOf: AS_OF }).summary;
      for (const piece of pieces) merged.merge(structuredClone(piece.summary.snapshot()));
      expect(merged.result()).toEqual(whole.summary.result());
    },
  );
});

describe("LatenessHistogram entries", () => {
  it("lists each distinct value with its count, and adds a value many times at once", () => {
    const histogram = new LatenessHistogram();
    for (const days of [3, 1, 3, -2]) histogram.add(days);
    histogram.add(7, 4);
    expect(new Map(histogram.entries())).toEqual(new Map([[3, 2], [1, 1], [0, 1], [7, 4]]));
    expect(histogram.count).toBe(8);
    expect(histogram.percentile(90)).toBe(7);
  });
});
