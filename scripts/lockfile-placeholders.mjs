// Repairs package-lock.json so that `npm ci` accepts it when the registry lacks some
// platform-specific optional packages (e.g. @rollup/rollup-android-arm-eabi on this project's
// registry mirror). npm >= 11.16 then writes no lock entry for them and `npm ci` rejects its own
// lockfile ("Missing: @rollup/rollup-android-arm-eabi@ from lock file"; npm/cli PR #9083 and
// later reports). This adds an inert entry (version, os, cpu, libc) for each one: npm skips it on
// every platform it does not match, so nothing is downloaded.
//
//   node scripts/lockfile-placeholders.mjs          add the missing entries
//   node scripts/lockfile-placeholders.mjs --check  only report them (exit 1 if any)
//
// Run it after `npm install` changes the lockfile if `npm ci --dry-run` then fails.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const lockPath = `${root}package-lock.json`;
const check = process.argv.includes("--check");

const dryRun = spawnSync("npm", ["ci", "--dry-run", "--no-audit", "--no-fund"], { cwd: root, encoding: "utf8" });
const missing = [...`${dryRun.stdout}${dryRun.stderr}`.matchAll(/Missing: (\S+?)@(\S*) from lock file/g)].map((match) => match[1]);
if (missing.length === 0) {
  if (dryRun.status !== 0) {
    console.error(`npm ci --dry-run fails for another reason:\n${dryRun.stdout}${dryRun.stderr}`);
    process.exit(1);
  }
  console.log("package-lock.json: npm ci accepts it; nothing to do");
  process.exit(0);
}

const OS = ["android", "darwin", "freebsd", "linux", "netbsd", "openbsd", "openharmony", "sunos", "win32", "aix"];
const CPU = ["arm64", "arm", "x64", "ia32", "loong64", "mips64el", "ppc64", "riscv64", "s390x", "wasm32"];
function platformOf(name) {
  const tokens = name.split("/").pop().split("-");
  const os = OS.find((candidate) => tokens.includes(candidate));
  const cpu = CPU.find((candidate) => tokens.includes(candidate));
  const libc = tokens.some((token) => token.startsWith("musl")) ? "musl" : tokens.some((token) => token.startsWith("gnu")) && os === "linux" ? "glibc" : undefined;
  return os && cpu ? { os, cpu, libc } : undefined;
}

const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const added = [];
for (const name of missing) {
  const parent = Object.entries(lock.packages).find(([, entry]) => entry.optionalDependencies?.[name]);
  const platform = platformOf(name);
  if (!parent || !platform || !/^\d+\.\d+\.\d+/.test(parent[1].optionalDependencies[name])) {
    console.error(`cannot make a placeholder for ${name}: ${!parent ? "no parent declares it" : !platform ? "platform not recognised from its name" : "its version is a range"}`);
    process.exit(1);
  }
  const entry = { version: parent[1].optionalDependencies[name], cpu: [platform.cpu] };
  if (parent[1].dev) entry.dev = true;
  if (platform.libc) entry.libc = [platform.libc];
  entry.optional = true;
  entry.os = [platform.os];
  lock.packages[`node_modules/${name}`] = entry;
  added.push(`${name}@${entry.version} (${platform.os} ${platform.cpu}${platform.libc ? ` ${platform.libc}` : ""})`);
}

console.log(`${check ? "missing from" : "adding to"} package-lock.json:\n  ${added.join("\n  ")}`);
if (check) process.exit(1);
const sorted = {};
for (const key of Object.keys(lock.packages).sort((a, b) => a.localeCompare(b, "en"))) {
  sorted[key] = lock.packages[key];
}
lock.packages = sorted;
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
const after = spawnSync("npm", ["ci", "--dry-run", "--no-audit", "--no-fund"], { cwd: root, encoding: "utf8" });
console.log(after.status === 0 ? "npm ci --dry-run now passes" : `npm ci --dry-run still fails:\n${after.stderr}`);
process.exitCode = after.status === 0 ? 0 : 1;
