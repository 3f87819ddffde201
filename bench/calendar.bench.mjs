// Working-day calendar benchmark (run by bench/run.mjs): the built package against the usual
// alternatives, on the same inputs, in the same process, plus the cold start of a fresh process.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { checkSink, median, random, throughput } from "./measure.mjs";
import { addBusinessDays, addDays, differenceInBusinessDays, format, isWeekend } from "date-fns";

export const title = "Working-day calendar";
export const description = `
Inputs: 10,000 start dates drawn uniformly from 2000-01-01..2030-12-31 with n drawn from 1..20
(fixed seed), England and Wales bank holidays. \`workingDaysBetween\` pairs each start date with a
date 0..40 calendar days later. The \`...DayNumber\` rows are the same calls on day numbers
(the API for hot loops), without parsing and formatting \`YYYY-MM-DD\` text. Each throughput row
is the median of 7 timed rounds of about 200 ms after 3 warm-up rounds (the date-holidays row: 3
rounds of about 300 ms). Results feed a sink that is checked after timing, so no call can be
optimised away.

The two reference rows only read the ten characters of each date with \`charCodeAt\` and add
them up: no validation and no arithmetic. They are the ceiling for any exact parser of
\`YYYY-MM-DD\` text in the same process, one date for \`addWorkingDays\`, two for
\`workingDaysBetween\`.

Baselines take \`Date\` inputs built with \`new Date(y, m - 1, d)\` (local midnight, which is what
date-fns expects); building them is not timed. date-fns \`addBusinessDays\` skips weekends only and
so answers a different (wrong, for this domain) question; it is the speed reference. The naive
correct approach walks day by day with date-fns \`addDays\` and looks each day up in a \`Set\` of
holiday strings. date-holidays \`isHoliday\` asks the holiday library about every day.

Cold start: a fresh \`node\` process imports the package, creates the default calendar and calls
\`addWorkingDays\` once; the time is measured inside the child with \`performance.now()\`
(milliseconds since the process started) before and after. Median of 10 processes. The floor
applies to \`core-group-rules/calendar\` (\`dist/calendar.js\`), the entry for working-day
arithmetic, which holds no zod; the main entry (\`dist/index.js\`) also loads the schemas, with the
zod/mini functions they use, and the five built-in profiles, and is shown for comparison.
`;

const INPUTS = 10_000;
const COLD_RUNS = 10;

// Floors (issue "Foundation").
const FLOOR_OPS = 20_000_000;
const FLOOR_RATIO = 10;
const FLOOR_COLD_MS = 50;

function coldStart(entryUrl) {
  const child = `
const atStart = performance.now();
const { createWorkingCalendar } = await import(${JSON.stringify(entryUrl)});
const imported = performance.now();
const calendar = createWorkingCalendar();
const created = performance.now();
const answer = calendar.addWorkingDays("2022-12-15", 10);
const done = performance.now();
process.stdout.write(JSON.stringify({ atStart, imported, created, done, answer }));
`;
  const runs = [];
  for (let run = 0; run <= COLD_RUNS; run++) {
    const spawned = performance.now();
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", child], { encoding: "utf8" });
    const wall = performance.now() - spawned;
    if (result.status !== 0) throw new Error(`cold-start child failed:\n${result.stderr}`);
    const timing = JSON.parse(result.stdout);
    if (timing.answer !== "2023-01-03") throw new Error(`cold-start child answered ${timing.answer}`);
    if (run > 0) runs.push({ ...timing, wall }); // run 0 warms the file-system cache
  }
  const of = (pick) => median(runs.map(pick));
  return {
    bootstrap: of((run) => run.atStart),
    importMs: of((run) => run.imported - run.atStart),
    createMs: of((run) => run.created - run.imported),
    firstCallMs: of((run) => run.done - run.created),
    firstCalendarMs: of((run) => run.done - run.atStart),
    sinceProcessStart: of((run) => run.done),
    wall: of((run) => run.wall),
  };
}

export default async function run({ distDir, distUrl, log }) {
  const { createWorkingCalendar, fromDayNumber, toDayNumber } = await import(distUrl);
  const Holidays = createRequire(import.meta.url)("date-holidays");
  const calendar = createWorkingCalendar({ region: "england-and-wales" });

  // Inputs.
  const next = random(20_240_304);
  const first = toDayNumber("2000-01-01");
  const last = toDayNumber("2030-12-31");
  const starts = new Array(INPUTS);
  const ends = new Array(INPUTS);
  const counts = new Int32Array(INPUTS);
  const startDates = new Array(INPUTS);
  const endDates = new Array(INPUTS);
  const toDate = (iso) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  for (let i = 0; i < INPUTS; i++) {
    const day = first + Math.floor(next() * (last - first + 1));
    starts[i] = fromDayNumber(day);
    ends[i] = fromDayNumber(day + Math.floor(next() * 41));
    counts[i] = 1 + Math.floor(next() * 20);
    startDates[i] = toDate(starts[i]);
    endDates[i] = toDate(ends[i]);
  }

  // The holiday Set of the naive approach, from date-holidays (England, public and bank holidays).
  const holidays = new Holidays("GB", "ENG");
  const holidaySet = new Set();
  for (let year = 1999; year <= 2032; year++) {
    for (const holiday of holidays.getHolidays(year)) {
      if (holiday.type === "public" || holiday.type === "bank") holidaySet.add(holiday.date.slice(0, 10));
    }
  }
  const naiveAdd = (date, n) => {
    let day = date;
    for (let left = n; left > 0; ) {
      day = addDays(day, 1);
      if (!isWeekend(day) && !holidaySet.has(format(day, "yyyy-MM-dd"))) left--;
    }
    return day;
  };
  const isHolidayAdd = (date, n) => {
    let day = date;
    for (let left = n; left > 0; ) {
      day = addDays(day, 1);
      if (isWeekend(day)) continue;
      const found = holidays.isHoliday(day);
      if (!(found && found.some((holiday) => holiday.type === "public" || holiday.type === "bank"))) left--;
    }
    return day;
  };

  // Correctness cross-check (untimed): how often each baseline disagrees with the calendar.
  let businessDaysDiffer = 0;
  let naiveDiffer = 0;
  for (let i = 0; i < INPUTS; i++) {
    const ours = calendar.addWorkingDays(starts[i], counts[i]);
    if (format(addBusinessDays(startDates[i], counts[i]), "yyyy-MM-dd") !== ours) businessDaysDiffer++;
    if (format(naiveAdd(startDates[i], counts[i]), "yyyy-MM-dd") !== ours) naiveDiffer++;
  }

  // (a) (b) ours, on the built package.
  log("addWorkingDays ...");
  const add = throughput((reps, count) => {
    let local = 0;
    for (let r = 0; r < reps; r++) {
      for (let i = 0; i < count; i++) local += calendar.addWorkingDays(starts[i], counts[i]).charCodeAt(9);
    }
    return local;
  }, { count: INPUTS });
  log("workingDaysBetween ...");
  const between = throughput((reps, count) => {
    let local = 0;
    for (let r = 0; r < reps; r++) {
      for (let i = 0; i < count; i++) local += calendar.workingDaysBetween(starts[i], ends[i]);
    }
    return local;
  }, { count: INPUTS });
  // Reference: only reading the ten characters of each date (what any exact parser must do at
  // least), one date per operation as addWorkingDays reads, two as workingDaysBetween reads.
  const readCharacters = (text) =>
    text.charCodeAt(0) + text.charCodeAt(1) + text.charCodeAt(2) + text.charCodeAt(3) + text.charCodeAt(4) +
    text.charCodeAt(5) + text.charCodeAt(6) + text.charCodeAt(7) + text.charCodeAt(8) + text.charCodeAt(9);
  log("reading the characters of one date ...");
  const readOne = throughput((reps, count) => {
    let local = 0;
    for (let r = 0; r < reps; r++) {
      for (let i = 0; i < count; i++) local += readCharacters(starts[i]);
    }
    return local;
  }, { count: INPUTS });
  log("reading the characters of two dates ...");
  const readTwo = throughput((reps, count) => {
    let local = 0;
    for (let r = 0; r < reps; r++) {
      for (let i = 0; i < count; i++) local += readCharacters(starts[i]) + readCharacters(ends[i]);
    }
    return local;
  }, { count: INPUTS });
  // Same operations through the day-number API (no YYYY-MM-DD parsing or formatting).
  const startDays = Int32Array.from(starts, toDayNumber);
  const endDays = Int32Array.from(ends, toDayNumber);
  log("addWorkingDaysToDayNumber ...");
  const addNumbers = throughput((reps, count) => {
    let local = 0;
    for (let r = 0; r < reps; r++) {
      for (let i = 0; i < count; i++) local += calendar.addWorkingDaysToDayNumber(startDays[i], counts[i]);
    }
    return local;
  }, { count: INPUTS });
  log("workingDaysBetweenDayNumbers ...");
  const betweenNumbers = throughput((reps, count) => {
    let local = 0;
    for (let r = 0; r < reps; r++) {
      for (let i = 0; i < count; i++) local += calendar.workingDaysBetweenDayNumbers(startDays[i], endDays[i]);
    }
    return local;
  }, { count: INPUTS });
  // (c) date-fns addBusinessDays / differenceInBusinessDays (weekends only).
  log("date-fns addBusinessDays ...");
  const businessAdd = throughput((reps, count) => {
    let local = 0;
    for (let r = 0; r < reps; r++) {
      for (let i = 0; i < count; i++) local += addBusinessDays(startDates[i], counts[i]).getDate();
    }
    return local;
  }, { count: INPUTS });
  log("date-fns differenceInBusinessDays ...");
  const businessBetween = throughput((reps, count) => {
    let local = 0;
    for (let r = 0; r < reps; r++) {
      for (let i = 0; i < count; i++) local += differenceInBusinessDays(endDates[i], startDates[i]);
    }
    return local;
  }, { count: INPUTS });
  // (d) naive correct: addDays + Set of holiday strings.
  log("date-fns addDays + holiday Set ...");
  const naive = throughput((reps, count) => {
    let local = 0;
    for (let r = 0; r < reps; r++) {
      for (let i = 0; i < count; i++) local += naiveAdd(startDates[i], counts[i]).getDate();
    }
    return local;
  }, { count: INPUTS });
  // (e) date-holidays isHoliday per day: slow, so few operations (about 1 s in all).
  log("date-holidays isHoliday ...");
  const perDay = throughput(
    (reps, count) => {
      let local = 0;
      for (let r = 0; r < reps; r++) {
        for (let i = 0; i < count; i++) local += isHolidayAdd(startDates[i], counts[i]).getDate();
      }
      return local;
    },
    { count: 20, rounds: 3, warmup: 1, roundMs: 300 },
  );
  // (f) cold start.
  log("cold start ...");
  const cold = coldStart(pathToFileURL(join(distDir, "calendar.js")).href);
  const coldMain = coldStart(distUrl);

  checkSink();

  const row = (benchmark, result, note) => ({
    benchmark,
    "ops/s (median)": Math.round(result.opsPerSecond),
    "min..max of rounds": `${Math.round(result.min).toLocaleString("en-GB")}..${Math.round(result.max).toLocaleString("en-GB")}`,
    "ours is x times faster": Number((add.opsPerSecond / result.opsPerSecond).toFixed(1)),
    note,
  });
  const rows = [
    { ...row("ours: addWorkingDays (holidays)", add, "built dist/index.js, YYYY-MM-DD in and out"), "ours is x times faster": 1 },
    {
      ...row("ours: workingDaysBetween (holidays)", between, "built dist/index.js"),
      "ours is x times faster": Number((between.opsPerSecond / businessBetween.opsPerSecond).toFixed(1)),
      note: "x vs date-fns differenceInBusinessDays",
    },
    { ...row("ours: addWorkingDaysToDayNumber (holidays)", addNumbers, "day numbers in and out: no string parsing"), "ours is x times faster": "" },
    { ...row("ours: workingDaysBetweenDayNumbers (holidays)", betweenNumbers, "day numbers in: no string parsing"), "ours is x times faster": "" },
    row("date-fns addBusinessDays (no holidays)", businessAdd, `weekends only: ${businessDaysDiffer.toLocaleString("en-GB")} of ${INPUTS.toLocaleString("en-GB")} answers differ from ours`),
    {
      ...row("date-fns differenceInBusinessDays (no holidays)", businessBetween, "weekends only"),
      "ours is x times faster": Number((between.opsPerSecond / businessBetween.opsPerSecond).toFixed(1)),
    },
    row("date-fns addDays + holiday Set<string>", naive, `naive correct; ${naiveDiffer.toLocaleString("en-GB")} of ${INPUTS.toLocaleString("en-GB")} answers differ from ours (date-holidays data, uncorrected)`),
    row("date-holidays isHoliday per day", perDay, "20 inputs per pass"),
    {
      ...row("reference: read 10 characters of one date", readOne, "charCodeAt x 10, no checks: the least an exact parser does per date"),
      "ours is x times faster": "",
    },
    {
      ...row("reference: read 10 characters of two dates", readTwo, "what workingDaysBetween must at least read"),
      "ours is x times faster": "",
    },
  ];
  const ms = (value) => `${value.toFixed(1)} ms`;
  const coldRows = (entry, timing) => [
    {
      benchmark: `cold start (${entry}): import + createWorkingCalendar + first addWorkingDays`,
      "ops/s (median)": "",
      "min..max of rounds": "",
      "ours is x times faster": "",
      note: `${ms(timing.firstCalendarMs)} (import ${ms(timing.importMs)}, create ${ms(timing.createMs)}, first call ${ms(timing.firstCallMs)}); median of ${COLD_RUNS} processes`,
    },
    {
      benchmark: `cold start (${entry}): whole child process`,
      "ops/s (median)": "",
      "min..max of rounds": "",
      "ours is x times faster": "",
      note: `${ms(timing.sinceProcessStart)} from process start to first answer (Node bootstrap ${ms(timing.bootstrap)}); ${ms(timing.wall)} wall time of spawn to exit`,
    },
  ];
  rows.push(...coldRows("core-group-rules/calendar", cold), ...coldRows("core-group-rules", coldMain));

  const opsFormat = (value) => `${Math.round(value).toLocaleString("en-GB")} ops/s`;
  const ratio = add.opsPerSecond / businessAdd.opsPerSecond;
  const checks = [
    { check: `addWorkingDays >= ${FLOOR_OPS.toLocaleString("en-GB")} ops/s`, measured: opsFormat(add.opsPerSecond), pass: add.opsPerSecond >= FLOOR_OPS },
    { check: `workingDaysBetween >= ${FLOOR_OPS.toLocaleString("en-GB")} ops/s`, measured: opsFormat(between.opsPerSecond), pass: between.opsPerSecond >= FLOOR_OPS },
    { check: `addWorkingDays >= ${FLOOR_RATIO}x date-fns addBusinessDays`, measured: `${ratio.toFixed(1)}x`, pass: ratio >= FLOOR_RATIO },
    {
      check: `import core-group-rules/calendar + first calendar + first call < ${FLOOR_COLD_MS} ms (cold process)`,
      measured: ms(cold.firstCalendarMs),
      pass: cold.firstCalendarMs < FLOOR_COLD_MS,
    },
  ];
  return { rows, checks, notes: [] };
}
