import { printable } from "./terminal-text.js";

/**
 * An error the CLI reports as one line on stderr with its exit code: 2 for bad usage or
 * unreadable input, 1 for rejected records under `--strict`, 4 when no record could be evaluated.
 *
 * @example
 * ```ts
 * throw new CliError("unknown command \"audti\" (try --help)", 2);
 * ```
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 | 4,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/**
 * A bad-usage error (exit code 2).
 *
 * @example
 * ```ts
 * throw usageError("--as-of must be YYYY-MM-DD");
 * ```
 */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}

/**
 * One line for any error: the message of a {@link CliError} or a Node error, first line only,
 * never a stack trace, with any control character from the data written as text (`printable`).
 *
 * @example
 * ```ts
 * oneLine(new Error("boom\n  at x")); // "boom"
 * ```
 */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return printable((message.split("\n")[0] ?? "").trim()) || "unknown error";
}
