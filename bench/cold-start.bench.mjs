// Cold-start benchmark (run by bench/run.mjs): fresh `node` processes that import the built
// package and answer one question, as a script or a serverless function would.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { median } from "./measure.mjs";

export const title = "Cold start";
export const description = `
Each row is a fresh \`node\` process. The child records \`performance.now()\` (milliseconds since
the process started) before its first \`import\` and after its first answer; the difference is the
package's cold-start cost, and Node's own bootstrap (before the first line runs) is shown apart.
Median of 10 processes after one discarded run that warms the file-system cache.

The case is the first case of \`examples/data/pan-sussex.jsonl\` (a realistic 12-month plan),
evaluated with the \`pan-sussex\` profile, so the first call also resolves that profile and its
parent. The calendar rows are also in the calendar section, which holds their floor.
`;

const RUNS = 10;
const FLOOR_EVALUATE_MS = 100; // issue "Performance at audit scale", item 4

/** Runs `body` (ESM source that sets `answer`) in fresh processes; returns median timings. */
function coldRuns(body, check) {
  const child = `
const atStart = performance.now();
let answer;
${body}
const done = performance.now();
process.stdout.write(JSON.stringify({ atStart, done, answer }));
`;
  const runs = [];
  for (let run = 0; run <= RUNS; run++) {
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", child], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`cold-start child failed:\n${result.stderr}`);
    const timing = JSON.parse(result.stdout);
    check(timing.answer);
    if (run > 0) runs.push(timing);
  }
  return {
    packageMs: median(runs.map((run) => run.done - run.atStart)),
    bootstrapMs: median(runs.map((run) => run.atStart)),
    minMs: Math.min(...runs.map((run) => run.done - run.atStart)),
    maxMs: Math.max(...runs.map((run) => run.done - run.atStart)),
  };
}

export default async function run({ root, distDir, log }) {
  const entry = (file) => JSON.stringify(pathToFileURL(join(distDir, file)).href);
  const firstCase = readFileSync(join(root, "examples", "data", "pan-sussex.jsonl"), "utf8").split("\n", 1)[0];
  const expectSome = (answer) => {
    if (typeof answer !== "number" || answer <= 0) throw new Error(`cold-start child answered ${answer}`);
  };
  const expectDate = (answer) => {
    if (answer !== "2023-01-03") throw new Error(`cold-start child answered ${answer}`);
  };

  log("cold start: evaluateCase ...");
  const evaluate = coldRuns(
    `const { evaluateCase } = await import(${entry("index.js")});
const result = evaluateCase(${firstCase}, { profile: "pan-sussex", asOf: "2025-12-31" });
if (!result.ok) throw new Error(JSON.stringify(result.issues));
answer = result.obligations.length;`,
    expectSome,
  );
  log("cold start: import only ...");
  const importOnly = coldRuns(`await import(${entry("index.js")}); answer = 1;`, expectSome);
  log("cold start: calendar ...");
  const calendar = coldRuns(
    `const { createWorkingCalendar } = await import(${entry("calendar.js")});
answer = createWorkingCalendar().addWorkingDays("2022-12-15", 10);`,
    expectDate,
  );
  log("cold start: zod alone ...");
  const zod = coldRuns(`await import("zod"); answer = 1;`, expectSome);

  const ms = (value) => `${value.toFixed(1)} ms`;
  const row = (benchmark, timing, note) => ({
    benchmark,
    "median ms": Number(timing.packageMs.toFixed(1)),
    "min..max ms": `${timing.minMs.toFixed(1)}..${timing.maxMs.toFixed(1)}`,
    "Node bootstrap ms": Number(timing.bootstrapMs.toFixed(1)),
    note,
  });
  const rows = [
    row("import core-group-rules + evaluateCase (pan-sussex, 1 case)", evaluate, "the floor: under 100 ms"),
    row("import core-group-rules only", importOnly, "the schemas (with the bundled zod/mini they use) and the engine; profiles resolve on first use"),
    row("import core-group-rules/calendar + first addWorkingDays", calendar, "no zod"),
    row("baseline: import zod alone", zod, "what the main entry would pay if it loaded the zod package instead of bundling zod/mini"),
  ];
  const checks = [
    {
      check: `import + evaluate one case < ${FLOOR_EVALUATE_MS} ms (fresh process)`,
      measured: ms(evaluate.packageMs),
      pass: evaluate.packageMs < FLOOR_EVALUATE_MS,
    },
  ];
  return { rows, checks, notes: [] };
}
