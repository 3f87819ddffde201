// No catastrophic backtracking: every regular expression in src/ (found from the syntax tree, so a
// new one fails the inventory until it is listed here with adversarial inputs) runs in linear time
// on 10,000- and 100,000-character adversarial strings, applied as src/ applies it.
import { describe, expect, it } from "vitest";
import { ProfileValidationError, csvCell, defineProfile, escapeHtml, evaluateCase, readDateText } from "../../src/index.js";
import { exampleCouncil } from "./support/example-council.js";
import { scanSource, ts } from "./support/source-scan.js";
import { scalingOf } from "./support/timing.js";

/** Adversarial inputs of length about n, for each regular expression literal of src/. */
const ADVERSARIAL: Readonly<Record<string, readonly ((n: number) => string)[]>> = {
  // cin-census.ts, date-text.ts: strip the prefix of an InvalidDateError message (which quotes the input).
  "/^Invalid date /": [(n) => "Invalid date ".repeat(n / 13), (n) => "Invalid date".padEnd(n, " ")],
  '/^Invalid date "[^"]*": /': [(n) => `Invalid date "${"a".repeat(n)}`, (n) => `Invalid date "${'"x '.repeat(n / 3)}`, (n) => `Invalid date "${"x".repeat(n)}":`],
  // xml-tokens.ts: the digits of a numeric character reference.
  "/^[0-9a-fA-F]+$/": [(n) => `${"0".repeat(n)}g`, (n) => "aF9".repeat(n / 3)],
  "/^[0-9]+$/": [(n) => `${"1".repeat(n)}a`],
  // audit-command.ts: --workers.
  "/^\\d+$/": [(n) => `${"1".repeat(n)}a`, (n) => "1".repeat(n)],
  // html-escape.ts
  "/[&<>\"']/g": [(n) => "&".repeat(n), (n) => "a".repeat(n), (n) => "<'>\"&".repeat(n / 5)],
  // parse-command.ts: trims node's parseArgs hint from the first line of its message.
  "/\\. To specify a positional argument.*$/": [(n) => ". To specify a positional argument".repeat(n / 34), (n) => `.${" To specify a positional".repeat(n / 24)}`],
  // profile-schema.ts: rule and profile ids, DECISIONS ids.
  "/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/": [(n) => `${"a".repeat(n)}!`, (n) => `${"a-".repeat(n / 2)}!`, (n) => `${"a.b-".repeat(n / 4)}-`, (n) => `${"ab-".repeat(n / 3)}A`],
  "/^[A-Z][A-Za-z0-9-]*$/": [(n) => `A${"-".repeat(n)}!`, (n) => `D${"1a-".repeat(n / 3)} `],
  // render-profile-markdown.ts: heading anchors.
  "/[^a-z0-9 -]/g": [(n) => "!".repeat(n), (n) => "a".repeat(n), (n) => "é ".repeat(n / 2)],
};

function regexLiteral(node: ts.Node): string | undefined {
  if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) return node.getText();
  if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && /^(globalThis\.)?RegExp$/.test(node.expression.getText())) return node.getText();
  return undefined;
}

/** The RegExp a literal's text denotes (test code only: src/ never builds a RegExp from text). */
function compile(literal: string): RegExp {
  const end = literal.lastIndexOf("/");
  return new RegExp(literal.slice(1, end), literal.slice(end + 1));
}

/** Applies the regex as src/ does: test() for a plain one, replace() for a global one. */
function apply(regex: RegExp, input: string): unknown {
  regex.lastIndex = 0;
  return regex.global ? input.replace(regex, "") : regex.test(input);
}

describe("regular expressions on adversarial input", () => {
  const found = scanSource(regexLiteral);

  it("the inventory lists exactly the regular expressions in src/ (each RegExp built from a literal)", () => {
    expect(found.filter((entry) => !entry.text.startsWith("/")), "a RegExp built at run time").toEqual([]);
    expect([...new Set(found.map((entry) => entry.text))].sort()).toEqual(Object.keys(ADVERSARIAL).sort());
  });

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
