import { parseArgs, type ParseArgsConfig } from "node:util";
import { usageError } from "./cli-error.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * `node:util` `parseArgs` in strict mode with positionals, turning its errors into one-line
 * usage errors (exit code 2) that name the command.
 *
 * @example
 * ```ts
 * const { values, positionals } = parseCommand("due", argv, { "as-of": { type: "string" } });
 * ```
 */
export function parseCommand<O extends Options>(command: string, args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
    throw usageError(`${command}: ${message.replace(/\. To specify a positional argument.*$/, "")} (try core-group-rules ${command} --help)`);
  }
}

/**
 * The options shared by the commands that read case files (`audit`, `due`): the profile, the
 * audit date, the input format, the date format, the output format and help.
 *
 * @example
 * ```ts
 * parseCommand("due", args, { ...CASE_INPUT_OPTIONS, limit: { type: "string" } });
 * ```
 */
export const CASE_INPUT_OPTIONS = {
  profile: { type: "string" },
  "profile-file": { type: "string" },
  "as-of": { type: "string" },
  input: { type: "string" },
  "date-format": { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;
