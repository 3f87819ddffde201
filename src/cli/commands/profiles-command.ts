import { renderProfileMarkdown } from "../../policy/render-profile-markdown.js";
import { BUILT_IN_PROFILE_IDS, profiles } from "../../profiles/index.js";
import { usageError } from "../cli-error.js";
import { parseCommand } from "../parse-command.js";
import { profileFromOptions } from "../profile-option.js";
import { printable, printableLines } from "../terminal-text.js";

/**
 * `--help` of the `profiles` command.
 *
 * @example
 * ```ts
 * process.stdout.write(PROFILES_HELP);
 * ```
 */
export const PROFILES_HELP = `Usage: core-group-rules profiles [show <id>] [options]

  profiles                 list the built-in profiles
  profiles show <id>       print one profile's rules, readings and citations (Markdown)
  profiles show --profile-file <path>
                           validate a council's profile (JSON) and print it the same way

Options:
  -h, --help               show this help
`;

/**
 * The `profiles` command.
 *
 * @example
 * ```ts
 * await profilesCommand(["show", "medway"]);
 * ```
 */
export async function profilesCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommand("profiles", args, {
    "profile-file": { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help === true) {
    process.stdout.write(PROFILES_HELP);
    return 0;
  }
  const [sub, id, ...rest] = positionals;
  if (sub === undefined) {
    const rows = BUILT_IN_PROFILE_IDS.map((key) => {
      const p = profiles[key];
      return [p.id, p.name, p.version, p.lineage.join(" > "), String(p.rules.length)].map(printable);
    });
    const header = ["Id", "Name", "Version", "Lineage", "Rules"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]): string => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd() + "\n";
    process.stdout.write(line(header) + rows.map(line).join(""));
    return 0;
  }
  if (sub !== "show") throw usageError(`profiles: unknown subcommand "${sub}" (try core-group-rules profiles --help)`);
  if (rest.length > 0) throw usageError(`profiles show: one profile id at a time`);
  if (id === undefined && values["profile-file"] === undefined) throw usageError("profiles show: give a profile id or --profile-file");
  const profile = await profileFromOptions({ profile: id, "profile-file": values["profile-file"] }, "working-together");
  process.stdout.write(printableLines(renderProfileMarkdown(profile))); // a profile file's text may hold escape sequences
  return 0;
}
