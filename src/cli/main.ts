import { readFileSync } from "node:fs";
import { isMainThread, workerData } from "node:worker_threads";
import { AUDIT_WORKER_ROLE, runAuditWorker } from "./audit-worker.js";
import { CliError, oneLine } from "./cli-error.js";
import { auditCommand } from "./commands/audit-command.js";
import { dueCommand } from "./commands/due-command.js";
import { explainCommand } from "./commands/explain-command.js";
import { profilesCommand } from "./commands/profiles-command.js";
import { removeTemporaries } from "./temporary-files.js";

const HELP = `Usage: core-group-rules <command> [options]

Audits English child-protection timescales (core groups, conferences, records) against national
and council policy profiles.

Commands:
  audit <file...>       audit every case in the files; write JSON, JSON Lines, CSV or an HTML report
  due <file...>         what is due next for each open case, soonest first
  profiles              list the built-in profiles
  profiles show <id>    print a profile's rules, readings and citations
  explain <rule-id>     a rule, in plain English, with how it is read and its source's words

Options:
  -h, --help            show help (also "core-group-rules <command> --help")
  -v, --version         show the version

Exit codes: 0 done (breaches are a normal result), 1 rejected records under audit --strict,
2 bad usage or unreadable input, 4 no record could be evaluated, 130 interrupted (SIGINT),
143 terminated (SIGTERM). Docs: docs/cli.md.
`;

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: string };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

const COMMANDS: Readonly<Record<string, (args: readonly string[]) => Promise<number>>> = {
  audit: auditCommand,
  due: dueCommand,
  profiles: profilesCommand,
  explain: explainCommand,
};

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit
 * code. Never throws: any error becomes one line on stderr (exit code 2 unless it says otherwise).
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2));
 * ```
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      if (command === "help" && rest[0] !== undefined && Object.hasOwn(COMMANDS, rest[0])) return await COMMANDS[rest[0]]!(["--help"]);
      process.stdout.write(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === "-v" || command === "--version") {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (run === undefined) {
      throw new CliError(`unknown command "${command}": expected one of ${Object.keys(COMMANDS).join(", ")} (try --help)`, 2);
    }
    return await run(rest);
  } catch (error) {
    const code = error instanceof CliError ? error.exitCode : 2;
    process.stderr.write(`core-group-rules: ${oneLine(error)}\n`);
    return code;
  }
}

if (!isMainThread && (workerData as { role?: unknown } | null)?.role === AUDIT_WORKER_ROLE) {
  // This file is also the script of the audit worker threads (see commands/audit-command.ts).
  await runAuditWorker();
} else {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // A closed pipe (e.g. "| head") is not an error of ours: stop quietly.
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.stderr.write(`core-group-rules: cannot write to standard output: ${oneLine(error)}\n`);
    process.exit(2);
  });

  // Stopped part-way: remove the unfinished outputs (earlier files stay as they were; worker
  // threads end with the process) and exit 128 + the signal's number, as shells do.
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      removeTemporaries();
      process.stderr.write(`core-group-rules: stopped by ${signal}; unfinished output files removed\n`);
      process.exit(code);
    });
  }

  process.exitCode = await runCli(process.argv.slice(2));
}
