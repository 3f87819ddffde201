import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
/** The built CLI under test: dist/cli.js, or CORE_GROUP_RULES_CLI (e.g. a build made with `npx tsup --out-dir .build-x`). */
export const CLI = process.env["CORE_GROUP_RULES_CLI"] === undefined ? join(ROOT, "dist/cli.js") : resolve(process.env["CORE_GROUP_RULES_CLI"]);

/** `npm test` builds before the unit tests; a lone `vitest run` builds here when dist/cli.js is missing. */
export function ensureBuilt(): void {
  if (existsSync(CLI)) return;
  const build = spawnSync("npx", ["tsup"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "cgr-cli-"));
}

export function runCli(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 29, env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
