import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Temporary output files not yet renamed into place: removed on failure, on a signal and at exit. */
const pending = new Set<string>();
let removedAtExit = false;

/**
 * A new temporary file name beside `target` (same directory, so that renaming it onto `target`
 * is atomic), hidden and marked as unfinished: `.report.csv.<pid>-<random>.tmp`. It is noted as
 * pending, to be removed by {@link removeTemporaries} unless {@link forgetTemporary} is called
 * once it is renamed.
 *
 * @example
 * ```ts
 * temporaryBeside("out/report.csv"); // "out/.report.csv.4242-1a2b3c4d.tmp"
 * ```
 */
export function temporaryBeside(target: string): string {
  const path = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  pending.add(path);
  if (!removedAtExit) {
    removedAtExit = true;
    process.on("exit", removeTemporaries); // whatever ends the process, no temporary is left behind
  }
  return path;
}

/**
 * Notes that a temporary file was renamed into place (so it is no longer removed).
 *
 * @example
 * ```ts
 * renameSync(temporary, target);
 * forgetTemporary(temporary);
 * ```
 */
export function forgetTemporary(path: string): void {
  pending.delete(path);
}

/**
 * Removes one temporary file (already gone is fine).
 *
 * @example
 * ```ts
 * removeTemporary(temporary);
 * ```
 */
export function removeTemporary(path: string): void {
  pending.delete(path);
  try {
    unlinkSync(path);
  } catch {
    // already removed, or never created: nothing to clean up
  }
}

/**
 * Removes every pending temporary file, synchronously (so it can run in a signal handler or at
 * process exit).
 *
 * @example
 * ```ts
 * process.on("exit", removeTemporaries);
 * ```
 */
export function removeTemporaries(): void {
  for (const path of [...pending]) removeTemporary(path);
}
