import type { Stats } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { CliError, oneLine } from "./cli-error.js";

/**
 * A file an audit writes: `path` is where (through any symlink), `label` what messages call it
 * (the name as given).
 *
 * @example
 * ```ts
 * const target: OutputTarget = { path: "/home/me/audit.csv", label: "audit.csv" };
 * ```
 */
export interface OutputTarget {
  readonly path: string;
  readonly label: string;
}

/**
 * A file that must never be written: an input, or the profile file. `what` names it in messages.
 *
 * @example
 * ```ts
 * const kept: KeptFile = { path: "cases.jsonl", what: "the input file" };
 * ```
 */
export interface KeptFile {
  readonly path: string;
  readonly what: string;
}

/**
 * Every file `audit --out <out>` writes: `out`, and with `--format csv` the summary and
 * rejected-records files beside it (`.csv` at the end of `out` is replaced by `.summary.csv` and
 * `.rejected.csv`, else they are added).
 *
 * @example
 * ```ts
 * auditOutputFiles("audit.csv", "csv"); // ["audit.csv", "audit.summary.csv", "audit.rejected.csv"]
 * auditOutputFiles("audit.json", "json"); // ["audit.json"]
 * ```
 */
export function auditOutputFiles(out: string, format: string): string[] {
  if (format !== "csv") return [out];
  const stem = out.toLowerCase().endsWith(".csv") ? out.slice(0, -4) : out;
  return [out, `${stem}.summary.csv`, `${stem}.rejected.csv`];
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new CliError(`cannot write ${path}: ${oneLine(error)}`, 2);
  }
}

const sameFile = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

/**
 * Checks the files an audit is about to write, before anything is written: none may be an input
 * or the profile file (compared as files, device and inode, so a symlink or a hard link to one
 * counts), a directory, or the same file as another output. Returns where each is written: an
 * existing symlink is followed, so its target is replaced and the link kept.
 *
 * @throws {CliError} exit code 2, one line, when an output would overwrite a kept file, another
 * output, or is a directory.
 * @example
 * ```ts
 * const targets = await checkOutputFiles(["audit.csv"], [{ path: "cases.jsonl", what: "the input file" }]);
 * ```
 */
export async function checkOutputFiles(outputs: readonly string[], kept: readonly KeptFile[]): Promise<OutputTarget[]> {
  const keptStats: { file: KeptFile; stats: Stats }[] = [];
  for (const file of kept) {
    const stats = await statOrUndefined(file.path);
    if (stats !== undefined) keptStats.push({ file, stats });
  }
  const targets: OutputTarget[] = [];
  const written: { label: string; stats: Stats }[] = [];
  for (const label of outputs) {
    const stats = await statOrUndefined(label);
    if (stats === undefined) {
      targets.push({ path: label, label });
      continue;
    }
    if (stats.isDirectory()) throw new CliError(`cannot write ${label}: it is a directory`, 2);
    const input = keptStats.find((entry) => sameFile(entry.stats, stats));
    if (input !== undefined) {
      const alias = input.file.path === label ? "" : ` (${input.file.path}, the same file)`;
      throw new CliError(`refusing to write ${label}: it is ${input.file.what}${alias}, which would be lost; choose another --out`, 2);
    }
    const twin = written.find((entry) => sameFile(entry.stats, stats));
    if (twin !== undefined) throw new CliError(`refusing to write ${label}: it is the same file as ${twin.label}, another output; choose another --out`, 2);
    written.push({ label, stats });
    targets.push({ path: await realpath(label), label });
  }
  return targets;
}
