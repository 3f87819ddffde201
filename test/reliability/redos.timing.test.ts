// No catastrophic backtracking, part 2 (a wall-clock check, run by `npm run test:timing`, not by
// `npm test`): each regular expression of src/ (listed in support/adversarial-regexes.ts, whose
// completeness redos.test.ts checks) runs in linear time on 10,000- and 100,000-character
// adversarial strings, applied as src/ applies it; and so do the public functions that apply them.
import { describe, expect, it } from "vitest";
import { ProfileValidationError, csvCell, defineProfile, escapeHtml, evaluateCase, readDateText } from "../../src/index.js";
import { ADVERSARIAL, apply, compile } from "./support/adversarial-regexes.js";
import { exampleCouncil } from "./support/example-council.js";
import { scalingOf } from "./support/timing.js";

describe("regular expressions on adversarial input", () => {
  for (const [literal, inputs] of Object.entries(ADVERSARIAL)) {
    it(`${literal} is linear on 10k and 100k adversarial strings`, () => {
      const regex = compile(literal);
      inputs.forEach((input, index) => {
        const scaling = scalingOf((n) => apply(regex, input(n)));
        expect(scaling, `input ${index}: ${JSON.stringify(input(40))}...`).toMatchObject({ linear: true });
      });
    });
  }

  it("the timing check detects quadratic backtracking (it is not vacuous)", () => {
    // Quadratic: a failed match from every start position (2,500 and 25,000 characters, to stay quick).
    const quadratic = /\s*x$/;
    const scaling = scalingOf((n) => quadratic.test(`${" ".repeat(n / 4)}y`));
    expect(scaling, JSON.stringify(scaling)).toMatchObject({ linear: false });
  });
});

/** The example council with its recurring-interval rule changed by `overrides`. */
function councilWith(overrides: Record<string, unknown>): unknown {
  const council = exampleCouncil();
  council.rules[1] = { ...council.rules[1], ...overrides };
  return council;
}

function rejects(input: unknown): boolean {
  try {
    defineProfile(input);
    return false;
  } catch (error) {
    if (error instanceof ProfileValidationError) return true;
    throw error;
  }
}

describe("long adversarial input through the public functions that apply regular expressions", () => {
  const cases: Record<string, (n: number) => unknown> = {
    "defineProfile: a rule id of a-a-a-...!": (n) => expect(rejects(councilWith({ id: `${"a-".repeat(n / 2)}!` }))).toBe(true),
    "defineProfile: a DECISIONS id of A----...!": (n) => expect(rejects(councilWith({ reading: { decisions: [`A${"-".repeat(n)}!`], text: "t" } }))).toBe(true),
    "defineProfile: citation URLs (zod's own URL check)": (n) => {
      rejects(councilWith({ citation: { document: "d", quote: "q", url: `http://${"a.".repeat(n / 2)}!/${"%".repeat(n / 10)}` } }));
      expect(rejects(councilWith({ citation: { document: "d", quote: "q", url: `http://[${"1:".repeat(n / 2)}` } }))).toBe(true);
    },
    "evaluateCase: a 100,000-character date": (n) =>
      expect(evaluateCase({ id: "c", events: [{ type: "core-group", date: `Invalid date "${"1".repeat(n)}` }] }, { profile: "working-together", asOf: "2025-01-01" }).ok).toBe(false),
    "readDateText: digits and slashes": (n) => expect(readDateText("1/".repeat(n / 2), "dd/mm/yyyy").ok).toBe(false),
    "escapeHtml and csvCell: markup and quotes": (n) => escapeHtml("<&'\"".repeat(n / 4)) + csvCell('=",\n'.repeat(n / 4)),
  };
  for (const [name, run] of Object.entries(cases)) {
    it(`${name}: linear on 10k and 100k characters`, () => {
      expect(scalingOf(run)).toMatchObject({ linear: true });
    });
  }
});
