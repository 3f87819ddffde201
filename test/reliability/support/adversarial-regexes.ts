// The regular expressions of src/, each with adversarial inputs, and how src/ applies them: shared
// by the inventory (redos.test.ts) and the linear-time checks (redos.timing.test.ts).
import { scanSource, ts } from "./source-scan.js";

/** Adversarial inputs of length about n, for each regular expression literal of src/. */
export const ADVERSARIAL: Readonly<Record<string, readonly ((n: number) => string)[]>> = {
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
  // render-profile-markdown.ts: escapes brackets, measures backtick runs for code spans, links only http(s) URLs.
  "/[\\\\[\\]]/g": [(n) => "[".repeat(n), (n) => "a".repeat(n), (n) => "\\[]".repeat(n / 3)],
  "/`+/g": [(n) => "`".repeat(n), (n) => "`a".repeat(n / 2), (n) => "a".repeat(n)],
  "/^https?:\\/\\/[^\\s<>]+$/i": [(n) => `https://${"a".repeat(n)}<`, (n) => `http://${"/".repeat(n)} `, (n) => "https:/".repeat(n / 7)],
  // html-indicators.ts: indicator keys as words.
  "/-/g": [(n) => "-".repeat(n), (n) => "a-".repeat(n / 2)],
  // audit-command.ts: --year.
  "/^\\d{4}$/": [(n) => "1".repeat(n), (n) => `${"1".repeat(n)}a`],
  // render-profile-markdown.ts: heading anchors.
  "/[^a-z0-9 -]/g": [(n) => "!".repeat(n), (n) => "a".repeat(n), (n) => "é ".repeat(n / 2)],
};

function regexLiteral(node: ts.Node): string | undefined {
  if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) return node.getText();
  if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && /^(globalThis\.)?RegExp$/.test(node.expression.getText())) return node.getText();
  return undefined;
}

/** The RegExp a literal's text denotes (test code only: src/ never builds a RegExp from text). */
export function compile(literal: string): RegExp {
  const end = literal.lastIndexOf("/");
  return new RegExp(literal.slice(1, end), literal.slice(end + 1));
}

/** Applies the regex as src/ does: test() for a plain one, replace() for a global one. */
export function apply(regex: RegExp, input: string): unknown {
  regex.lastIndex = 0;
  return regex.global ? input.replace(regex, "") : regex.test(input);
}

/** Every regular expression literal (and RegExp construction) in src/, with where it is. */
export function regexesInSource() {
  return scanSource(regexLiteral);
}
