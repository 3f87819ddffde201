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
