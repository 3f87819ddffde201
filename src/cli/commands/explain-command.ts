import { describeRule } from "../../policy/describe-rule.js";
import type { Rule } from "../../policy/profile-schema.js";
import { BUILT_IN_PROFILE_IDS, profiles } from "../../profiles/index.js";
import { usageError } from "../cli-error.js";
import { parseCommand } from "../parse-command.js";
import { printableLines } from "../terminal-text.js";

/**
 * `--help` of the `explain` command.
 *
 * @example
 * ```ts
 * process.stdout.write(EXPLAIN_HELP);
 * ```
 */
export const EXPLAIN_HELP = `Usage: core-group-rules explain <rule-id>

Prints a rule of the built-in profiles: its title, what it requires in plain English, how the
library reads its source (with its D-numbers, explained in docs/interpretations.md), and the
source's exact words.
Rule ids look like working-together.first-core-group (see "core-group-rules profiles show <id>").

Options:
  -h, --help   show this help
`;

/**
 * The `explain` command.
 *
 * @example
 * ```ts
 * await explainCommand(["working-together.first-core-group"]);
 * ```
 */
export async function explainCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand("explain", args, { help: { type: "boolean", short: "h" } });
  if (values.help === true) {
    process.stdout.write(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw usageError("explain: give exactly one rule id (try core-group-rules explain --help)");
  const ruleId = positionals[0]!;
  let rule: Rule | undefined;
  const usedBy: string[] = [];
  for (const id of BUILT_IN_PROFILE_IDS) {
    const found = profiles[id].rules.find((r) => r.id === ruleId);
    if (found !== undefined) {
      rule ??= found;
      usedBy.push(id);
    }
  }
  if (rule === undefined) {
    const known = new Set(BUILT_IN_PROFILE_IDS.flatMap((id) => profiles[id].rules.map((r) => r.id)));
    const close = [...known].filter((id) => id.includes(ruleId) || ruleId.includes(id.split(".").pop() ?? "")).slice(0, 3);
    throw usageError(`unknown rule "${ruleId}"${close.length > 0 ? `: did you mean ${close.join(", ")}?` : " (see core-group-rules profiles show <id>)"}`);
  }
  const c = rule.citation;
  const lines = [
    `${rule.title}`,
    `Rule id:   ${rule.id} (${rule.kind})`,
    `Profiles:  ${usedBy.join(", ")}`,
    "",
    `What it requires`,
    `  ${rule.description}`,
    `  In short: ${describeRule(rule)}`,
    "",
    `How it is read${rule.reading.decisions.length > 0 ? ` (${rule.reading.decisions.join(", ")})` : ""}`,
    `  ${rule.reading.text}`,
    "",
    `Source: ${c.document}${c.section === undefined ? "" : `, ${c.section}`}`,
    `  "${c.quote}"`,
    ...(c.url === undefined ? [] : [`  ${c.url}`]),
  ];
  process.stdout.write(printableLines(lines.join("\n")) + "\n");
  return 0;
}
