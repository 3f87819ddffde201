// Compares two builds of the library on the same inputs: a change meant to alter no result (a
// speed-up, a refactor, a new zod) must give byte-identical JSON for every call below.
//
//   npx tsup --out-dir .build-before      (on the commit before the change)
//   npm run build                         (on the change)
//   node scripts/compare-builds.mjs .build-before dist
//
// A build from before zod was bundled (0f102a9) loads the zod package: keep it inside the
// repository so that `zod` resolves. Inputs, all from fixed seeds:
// - evaluateCase: 150 generated cases per built-in profile (examples/generate.mjs) and the first
//   100 cases of each example data file, each also with events duplicated, swapped and reversed,
//   under every built-in profile, six audit dates, and the checklist on and off;
// - caseTimelineSchema and evaluateCase on the same timelines with 1-3 random mutations (values
//   replaced, keys removed, hostile keys added, elements duplicated: mostly invalid, and the
//   issues must be the same);
// - defineProfile and ruleSchema on the built-in and example profiles, likewise mutated;
// - caseTimelineJsonSchema and policyProfileJsonSchema.
// Prints one line per part and the first few differences; exit 1 on any difference. About a
// minute.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateCases, mulberry32, PROFILE_IDS } from "../examples/generate.mjs";
import { HOSTILE_KEYS, mutateJson } from "../test/reliability/support/mutate-json.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const [dirA, dirB] = process.argv.slice(2);
if (dirA === undefined || dirB === undefined) {
  console.error("usage: node scripts/compare-builds.mjs <build-a> <build-b>   (directories holding index.js)");
  process.exit(2);
}
const [a, b] = await Promise.all([dirA, dirB].map((dir) => import(pathToFileURL(resolve(dir, "index.js")).href)));
const started = performance.now();
const random = mulberry32(20_261_203);
const pick = (items) => items[Math.floor(random() * items.length)];

const AS_OFS = ["2019-06-30", "2020-03-15", "2021-12-24", "2023-01-03", "2025-03-31", "2099-12-31"];
const SHOWN = 5;
let differences = 0;

/** JSON that keeps what JSON.stringify would drop or merge (undefined, NaN, infinities). */
const asText = (value) => JSON.stringify(value, (_key, item) => (item === undefined || (typeof item === "number" && !Number.isFinite(item)) ? `<${item}>` : item)) ?? "<undefined>";

/** Counts one comparison; prints the first few differences. */
function compare(label, input, resultA, resultB) {
  const textA = asText(resultA);
  const textB = asText(resultB);
  if (textA === textB) return;
  if (differences++ < SHOWN) {
    let at = 0;
    while (textA[at] === textB[at]) at++;
    const around = (text) => `${at > 200 ? "..." : ""}${text.slice(Math.max(0, at - 200), at + 300)}`;
    console.log(`DIFFERENT  ${label}, from character ${at}\n  input: ${asText(input).slice(0, 300)}\n  ${dirA}: ${around(textA)}\n  ${dirB}: ${around(textB)}`);
  }
}

/**
 * What a schema's `safeParse` gives, as data: success, the parsed value or zod's issues. zod's
 * error object itself is left out: its class changed with zod/mini (ZodError to $ZodError).
 */
function parsed(schema, value) {
  const result = schema.safeParse(value);
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
}

/** The outcome of a call that may throw, as data. */
function outcome(call) {
  try {
    return { returned: call() };
  } catch (error) {
    return { threw: error?.name, message: error?.message, issues: error?.issues };
  }
}

/** The same timeline with an event duplicated, two swapped and, every other time, all reversed. */
function reordered(timeline, index) {
  const events = [...timeline.events, { ...timeline.events[index % timeline.events.length] }];
  [events[1], events[2]] = [events[2], events[1]];
  if (index % 2 === 1) events.reverse();
  return { ...timeline, events };
}

const REPLACEMENTS = [null, 0, -1, 1.5, Number.NaN, "", "x", "x".repeat(20_001), "2023-02-29", "1989-12-31", "2024-03-04", true, [], [1], {}, "plan", "core-group", "not a url", "https://example.org/x", "A B", "a.b-c", 101, 10_001];

/** One random edit for `mutateJson`: mostly a replaced value, else a removed key, a hostile key or a duplicated element. */
function randomEdit() {
  const roll = random();
  if (roll < 0.55) return { kind: "replace", value: pick(REPLACEMENTS) };
  if (roll < 0.75) return { kind: "remove" };
  if (roll < 0.9) return { kind: "hostile-key", key: pick(HOSTILE_KEYS), value: pick(REPLACEMENTS) };
  return { kind: "duplicate" };
}

/** A copy of `value` with 1-3 random mutations (test/reliability/support/mutate-json.mjs). */
function mutated(value) {
  let copy = value;
  for (let change = 1 + Math.floor(random() * 3); change > 0; change--) {
    const path = Array.from({ length: 1 + Math.floor(random() * 6) }, () => Math.floor(random() * 1000));
    copy = mutateJson(copy, { path, edit: randomEdit() });
  }
  return copy;
}

let differencesBefore = 0;
let partStarted = performance.now();
/** One line for a part: its number of calls and seconds, and whether any of them differed. */
function report(part, count) {
  const found = differences - differencesBefore;
  differencesBefore = differences;
  const seconds = ((performance.now() - partStarted) / 1000).toFixed(1);
  partStarted = performance.now();
  console.log(`${found === 0 ? "same" : `${found} DIFFERENT`}  ${part}: ${count.toLocaleString("en-GB")} calls, ${seconds} s`);
}

// 1. Evaluations of valid timelines.
const dataDir = join(root, "examples", "data");
const timelines = readdirSync(dataDir)
  .filter((file) => file.endsWith(".jsonl"))
  .flatMap((file) => readFileSync(join(dataDir, file), "utf8").split("\n").filter((line) => line.trim() !== "").slice(0, 100).map((line) => JSON.parse(line)));
for (const profileId of PROFILE_IDS) timelines.push(...generateCases({ profileId, seed: 7, count: 150 }));
const cases = [...timelines, ...timelines.filter((timeline) => timeline.events.length >= 3).map(reordered)];
let calls = 0;
for (const profile of a.BUILT_IN_PROFILE_IDS) {
  for (const asOf of AS_OFS) {
    for (const options of [{ profile, asOf }, { profile, asOf, checklist: false }]) {
      for (const timeline of cases) {
        compare(`evaluateCase(${timeline.id}, ${asText(options)})`, timeline, outcome(() => a.evaluateCase(timeline, options)), outcome(() => b.evaluateCase(timeline, options)));
        calls++;
      }
    }
  }
}
report("evaluateCase on valid timelines", calls);

// 2. Validation of mutated timelines.
calls = 0;
for (let round = 0; round < 20_000; round++) {
  const timeline = mutated(pick(timelines));
  compare("caseTimelineSchema.safeParse", timeline, parsed(a.caseTimelineSchema, timeline), parsed(b.caseTimelineSchema, timeline));
  const options = { profile: pick(a.BUILT_IN_PROFILE_IDS), asOf: pick(AS_OFS) };
  compare(`evaluateCase(${asText(options)})`, timeline, outcome(() => a.evaluateCase(timeline, options)), outcome(() => b.evaluateCase(timeline, options)));
  calls += 2;
}
report("schema and evaluateCase on mutated timelines", calls);

// 3. Profiles: the built-in ones (as inputs) and the examples, then mutated.
const profileInputs = readdirSync(join(root, "examples", "profiles"))
  .filter((file) => file.endsWith(".json"))
  .map((file) => JSON.parse(readFileSync(join(root, "examples", "profiles", file), "utf8")));
for (const id of a.BUILT_IN_PROFILE_IDS) {
  const { lineage: _lineage, description, checklist, ...profile } = a.profiles[id];
  profileInputs.push(JSON.parse(JSON.stringify({ ...profile, id: `${id}-copy`, description: description ?? undefined, checklist: checklist ?? undefined })));
}
calls = 0;
for (let round = 0; round < 5_000; round++) {
  const input = round < profileInputs.length ? profileInputs[round] : mutated(pick(profileInputs));
  compare("defineProfile", input, outcome(() => a.defineProfile(input)), outcome(() => b.defineProfile(input)));
  const rule = Array.isArray(input?.rules) ? input.rules[0] : input;
  compare("ruleSchema.safeParse", rule, parsed(a.ruleSchema, rule), parsed(b.ruleSchema, rule));
  calls += 2;
}
report("defineProfile and ruleSchema on profiles", calls);

// 4. JSON Schemas.
compare("caseTimelineJsonSchema", null, a.caseTimelineJsonSchema(), b.caseTimelineJsonSchema());
compare("policyProfileJsonSchema", null, a.policyProfileJsonSchema(), b.policyProfileJsonSchema());
report("JSON Schemas", 2);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(differences === 0 ? `the two builds agree (${seconds} s)` : `${differences} difference(s) (${seconds} s)`);
process.exitCode = differences === 0 ? 0 : 1;
