// Runs the unit tests once per process time zone (DESIGN.md principle 3: the same input gives the
// same output in every TZ). Sequential; one summary line per zone; exits 1 if any run fails.
// `npm run test:tz` leaves out the browser tests and the slow CLI tests that compare whole runs
// (test/reliability/cli-*, test/cli/cli-workers.test.ts): `npm run test:determinism` runs the
// built CLI under each zone, with and without worker threads, and compares its output bytes.
// It also passes `--no-isolate`: test files share their worker's module graph instead of
// importing src/ afresh each (that import was about 60% of a zone's run: 75 s a zone, 30 s
// without). `npm run test:unit`, run first, keeps vitest's isolation, so a test that depends on
// another file's module state still fails there.
//
//   node scripts/test-tz-matrix.mjs                 every zone below
//   node scripts/test-tz-matrix.mjs Europe/London   only the zones named
//   extra arguments after `--` go to vitest:  node scripts/test-tz-matrix.mjs -- test/calendar
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";

const ZONES = [
  "UTC",
  "Europe/London",
  "America/New_York",
  "Pacific/Kiritimati", // UTC+14
  "Pacific/Pago_Pago", // UTC-11
  "Australia/Lord_Howe", // 30-minute DST shift
];

const args = process.argv.slice(2);
const separator = args.indexOf("--");
const zoneArgs = separator === -1 ? args : args.slice(0, separator);
const vitestArgs = separator === -1 ? [] : args.slice(separator + 1);
const zones = zoneArgs.length > 0 ? zoneArgs : ZONES;

const vitestPackageJson = createRequire(import.meta.url).resolve("vitest/package.json");
const vitestBin = join(dirname(vitestPackageJson), createRequire(import.meta.url)(vitestPackageJson).bin.vitest);
// eslint-disable-next-line no-control-regex
const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, "");

/** Checks that this Node knows the zone: an unknown TZ silently behaves as UTC. */
function zoneProbe(zone) {
  const probe = spawnSync(
    process.execPath,
    [
      "-e",
      "const z = Intl.DateTimeFormat().resolvedOptions().timeZone;" +
        "const o = -new Date(2024, 0, 15, 12).getTimezoneOffset();" +
        "console.log(JSON.stringify({ z, o }))",
    ],
    { env: { ...process.env, TZ: zone }, encoding: "utf8" },
  );
  if (probe.status !== 0) return { ok: false, detail: probe.stderr.trim() };
  const { z, o } = JSON.parse(probe.stdout);
  const sign = o < 0 ? "-" : "+";
  const offset = `${sign}${String(Math.floor(Math.abs(o) / 60)).padStart(2, "0")}:${String(Math.abs(o) % 60).padStart(2, "0")}`;
  // The ICU name of UTC may be "UTC" or "Etc/UTC".
  const ok = z === zone || (zone === "UTC" && /^(Etc\/)?UTC$/.test(z));
  return { ok, detail: ok ? `UTC${offset} in January` : `Node resolved TZ=${zone} as ${z}` };
}

const results = [];
for (const zone of zones) {
  const probe = zoneProbe(zone);
  if (!probe.ok) {
    results.push({ zone, ok: false, summary: `unknown time zone: ${probe.detail}`, seconds: 0 });
    console.log(`TZ=${zone.padEnd(20)} FAIL  unknown time zone: ${probe.detail}`);
    continue;
  }
  const started = performance.now();
  const run = spawnSync(process.execPath, [vitestBin, "run", ...vitestArgs], {
    env: { ...process.env, TZ: zone, FORCE_COLOR: "0" },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = stripAnsi(`${run.stdout ?? ""}${run.stderr ?? ""}`);
  const ok = run.status === 0;
  const tests = /^\s*Tests\s+(.+)$/m.exec(output)?.[1]?.trim() ?? (run.error ? String(run.error) : "no test summary");
  results.push({ zone, ok, summary: tests, seconds });
  if (!ok) {
    console.log(`\n----- vitest output, TZ=${zone} -----\n${output.trimEnd()}\n----- end TZ=${zone} -----\n`);
  }
  console.log(
    `TZ=${zone.padEnd(20)} ${ok ? "PASS" : "FAIL"}  ${probe.detail.padEnd(18)} tests: ${tests}  (${seconds.toFixed(1)} s)`,
  );
}

const failed = results.filter((result) => !result.ok);
const total = results.reduce((sum, result) => sum + result.seconds, 0);
console.log(
  failed.length === 0
    ? `TZ matrix: all ${results.length} zones passed in ${total.toFixed(1)} s`
    : `TZ matrix: ${failed.length} of ${results.length} zones FAILED: ${failed.map((result) => result.zone).join(", ")}`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
