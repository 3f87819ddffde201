// A council profile with several problems is rejected with every problem listed at its path, and
// nothing reported where nothing is wrong: any mix of a typo'd rule kind, a negative N, an unknown
// anchor, a missing citation (or quote), a bad rule id, an unknown parent, region or closure day,
// applied to the example council. The valid example round-trips (test/policy/define-profile.test.ts).
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { ProfileValidationError, defineProfile } from "../../src/index.js";
import { exampleCouncil } from "./support/example-council.js";
import { fuzz, fuzzTimeout } from "./support/fuzz-budget.js";

const example = exampleCouncil();

type Rule = Record<string, unknown>;
interface RuleDefect {
  readonly name: string;
  /** Whether the defect applies to this rule. */
  readonly fits: (rule: Rule) => boolean;
  readonly apply: (rule: Rule) => void;
  /** The path of the problem under rules.<i>. */
  readonly path: (rule: Rule) => string;
}

const durationKey = (rule: Rule): string => ("within" in rule ? "within" : "every");
const RULE_DEFECTS: readonly RuleDefect[] = [
  { name: "typo'd kind", fits: () => true, apply: (r) => void (r["kind"] = `${String(r["kind"])}x`), path: () => "kind" },
  {
    name: "negative N",
    fits: (r) => "within" in r || "every" in r,
    apply: (r) => void ((r[durationKey(r)] as { n: number }).n = -3),
    path: (r) => `${durationKey(r)}.n`,
  },
  { name: "unknown anchor", fits: (r) => "anchor" in r, apply: (r) => void (r["anchor"] = "core-group-meeting"), path: () => "anchor" },
  { name: "missing citation", fits: () => true, apply: (r) => void delete r["citation"], path: () => "citation" },
  { name: "citation without quote", fits: () => true, apply: (r) => void delete (r["citation"] as Rule)["quote"], path: () => "citation.quote" },
  { name: "bad rule id", fits: () => true, apply: (r) => void (r["id"] = "Council Rule!"), path: () => "id" },
];

const TOP_DEFECTS: Readonly<Record<string, { apply: (p: Record<string, unknown>) => void; path: string }>> = {
  "unknown parent": { apply: (p) => void (p["extends"] = "working-togther"), path: "extends" },
  "unknown region": { apply: (p) => void (p["region"] = "england"), path: "region" },
  "impossible closure day": { apply: (p) => void ((p["closureDays"] as string[])[1] = "2025-02-30"), path: "closureDays.1" },
};

const planArbitrary = fc.record({
  // For each of the example's rules: no defect, or the index of one (taken modulo those that fit).
  rules: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: example.rules.length, maxLength: example.rules.length }),
  top: fc.subarray(Object.keys(TOP_DEFECTS)),
});

describe("a council profile with many problems", () => {
  test.prop([planArbitrary], fuzz(0.5))(
    "is rejected with an issue at the path of each problem, and none elsewhere",
    (plan) => {
      const input = exampleCouncil();
      const expected: string[] = [];
      plan.rules.forEach((pick, i) => {
        if (pick === undefined) return;
        const rule = input.rules[i]!;
        const fitting = RULE_DEFECTS.filter((defect) => defect.fits(rule));
        const defect = fitting[pick % fitting.length]!;
        expected.push(`rules.${i}.${defect.path(rule)}`);
        defect.apply(rule);
      });
      for (const name of plan.top) {
        TOP_DEFECTS[name]!.apply(input);
        expected.push(TOP_DEFECTS[name]!.path);
      }
      let error: unknown;
      try {
        defineProfile(input);
      } catch (caught) {
        error = caught;
      }
      if (expected.length === 0) {
        expect(error).toBeUndefined();
        return;
      }
      expect(error).toBeInstanceOf(ProfileValidationError);
      const paths = (error as ProfileValidationError).issues.map((issue) => issue.path.join("."));
      for (const path of expected) expect(paths, path).toContain(path);
      const touched = expected.map((path) => (path.startsWith("rules.") ? path.split(".").slice(0, 2).join(".") : path));
      for (const path of paths) expect(touched.some((prefix) => path === prefix || path.startsWith(`${prefix}.`)), `unexpected issue at ${path}`).toBe(true);
      expect((error as ProfileValidationError).message.split("\n").length).toBe(paths.length + 1);
    },
    fuzzTimeout(0.5),
  );
});
