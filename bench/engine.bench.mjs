// Case evaluation benchmark (run by bench/run.mjs): evaluateCase on realistic timelines for each
// built-in profile, the same evaluation with a naive calendar that asks date-holidays about every
// day, and one case with 100,000 events per profile.
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { checkSink, consume, median, random, throughput } from "./measure.mjs";

export const title = "Case evaluation";
export const description = `
Inputs: 400 realistic case timelines (fixed seed), each a plan of about 12 months: a strategy
discussion, an initial conference that makes a plan, 10 core groups (chair, 2-5 attendees, record
entered and minutes circulated dates), 3 review conferences (report shared dates; the third ends
the plan, or a plan-end event follows it), and 3 professionals named in the plan. Each timeline is
a plain object as \`JSON.parse\` makes it, so every call validates its input as a caller's would.
\`asOf\` is 2025-03-31, after every event. A throughput row is the median of 7 timed rounds of about
200 ms after 3 warm-up rounds, each round evaluating every case in turn; the number of obligations,
checks and checklist answers feeds a sink checked after timing, so no call can be optimised away.
Each profile is measured in a worker thread of its own, started afresh, as an audit of one profile
runs, and the naive calendar is measured after everything else: in one thread, each profile ran
on code V8 had already fitted to the profiles and to the naive calendar before it, and the later
profiles came out at half their own speed or less.

A "results kept" row is the same evaluateCase calls, but each pass over the 400 cases keeps every
result until the pass ends (\`results = timelines.map((t) => evaluateCase(t, options))\`), as a caller
that collects a batch's results does; the plain row drops each result as soon as it is counted.
Kept results outlive V8's young generation, so each young collection copies them and then moves
them to the old one: the column "dropping is x times faster" says what that costs, and it grows
with the number of heap objects a result holds. It is timed after the profile's other engine
rows and before the naive calendar: once results are kept, V8 may allocate the engine's objects
straight in the old generation for the rest of the thread.

The naive baseline is the same \`evaluateCase\` call given, through its \`calendar\` option, a
working-day calendar that asks date-holidays (\`isHoliday\`, England, public and bank holidays) about
every day it steps over, as a design without a precomputed index would (the first 5 cases; 3 rounds
of at least 300 ms after the calibration round, which warms up). Its answers can differ from ours
where date-holidays is wrong (see docs/holidays.md); how many of those 5 results differ is
counted, untimed.

"Assembling the result only" times building, from each evaluation's own values, a result equal to
it (checked), with no validation, rule logic or date arithmetic (same rounds as evaluateCase): an
upper bound on the speed of any evaluateCase that returns the same result. "Reading the input
only" times reading every key and value of the same timelines once, checking nothing (strings by
length): the least any evaluateCase that validates its input must do. The two times per case
added up give a tighter bound for any design ("bound: reading + assembling").

The 100,000-event case is one timeline from 1990 on: consecutive plans of 2 months to 5 years, with
three events on each day of a plan: a held core group (chair, attendees, record dates), a cancelled
one, and a review conference (every 6 months), a recorded exception (a quarter of the days) or a
core group that was not held. Its time is the median of 3 runs after 1 warm-up run (validation
included).
`;

const CASES = 400;
const NAIVE_CASES = 5;
const AS_OF = "2025-03-31";
const BIG_EVENTS = 100_000;
const BIG_RUNS = 3;

// Floors (issue #5).
const FLOOR_CASES_PER_SECOND = 100_000;
const FLOOR_BIG_MS = 1_000;

/** Folds a result into a number, and refuses a failed evaluation (it would measure the wrong thing). */
function weigh(result) {
  if (!result.ok) throw new Error(`benchmark case ${result.caseId} failed: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.obligations.length + result.checks.length + result.checklist.length + result.breaches.length;
}

/** The realistic timelines: a plan of about 12 months each, as JSON text would give them. */
function realisticTimelines({ fromDayNumber, toDayNumber }) {
  const next = random(20_250_331);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const first = toDayNumber("2019-01-01");
  const last = toDayNumber("2023-06-30");
  const timelines = [];
  for (let n = 1; n <= CASES; n++) {
    const strategy = first + int(0, last - first);
    const icpc = strategy + int(7, 24);
    const professionals = [
      { id: `hv-${n}`, role: "health-visitor", agency: "NHS community health", directRegularContact: true },
      { id: `t-${n}`, role: "teacher", agency: "Primary school", directRegularContact: true },
      { id: `p-${n}`, role: "police", agency: "Police public protection", directRegularContact: false },
    ];
    const events = [
      { type: "strategy-discussion", date: fromDayNumber(strategy) },
      { type: "initial-conference", date: fromDayNumber(icpc), outcome: "plan" },
    ];
    const reviews = [icpc + int(80, 95), icpc + int(260, 280), icpc + int(350, 370)];
    let meeting = icpc + int(5, 16);
    for (let k = 0; k < 10; k++) {
      const attendees = [{ role: "lead-social-worker" }];
      if (next() < 0.85) attendees.push({ role: next() < 0.8 ? "parent" : "carer" });
      for (const professional of professionals) if (next() < 0.8) attendees.push({ role: professional.role, professionalId: professional.id });
      const event = { type: "core-group", date: fromDayNumber(meeting), chair: { role: next() < 0.9 ? "lead-social-worker" : "team-manager" }, attendees };
      if (attendees.length < 3 && next() < 0.6) event.absentFamilyToldMayContributeInWriting = true;
      event.recordEnteredDate = fromDayNumber(meeting + int(0, 5));
      event.minutesCirculatedDate = fromDayNumber(meeting + int(2, 18));
      events.push(event);
      meeting += int(25, 40);
    }
    const endsAtReview = next() < 0.7;
    reviews.forEach((date, index) => {
      events.push({
        type: "review-conference",
        date: fromDayNumber(date),
        outcome: index === 2 && endsAtReview ? "plan-ends" : "plan-continues",
        reportSharedDate: fromDayNumber(date - int(2, 10)),
        reportSharedWith: ["family", "professionals", "reviewing-officer"],
      });
    });
    if (!endsAtReview) events.push({ type: "plan-end", date: fromDayNumber(reviews[2] + int(10, 40)), reason: "moved-permanently" });
    events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const timeline = { id: `BENCH-${String(n).padStart(4, "0")}`, team: "Bench Safeguarding", worker: "SW-001", professionals, events };
    timelines.push(JSON.parse(JSON.stringify(timeline)));
  }
  return timelines;
}

/** One timeline with BIG_EVENTS events (see the description). */
function bigTimeline({ fromDayNumber, toDayNumber }) {
  const next = random(100_000);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const professionals = [
    { id: "hv-1", role: "health-visitor", directRegularContact: true },
    { id: "t-1", role: "teacher", directRegularContact: true },
  ];
  const ruleIds = ["working-together.first-core-group", "working-together.later-reviews"];
  const events = [];
  let day = toDayNumber("1990-01-08");
  while (events.length < BIG_EVENTS) {
    events.push({ type: "strategy-discussion", date: fromDayNumber(day) }, { type: "initial-conference", date: fromDayNumber(day + 10), outcome: "plan" });
    const end = day + 10 + int(60, 1800);
    let nextReview = day + 10 + 90;
    for (let d = day + 11; d < end && events.length < BIG_EVENTS; d++) {
      const date = fromDayNumber(d);
      events.push(
        {
          type: "core-group",
          date,
          chair: { role: "lead-social-worker" },
          attendees: [{ role: "parent" }, { role: "health-visitor", professionalId: "hv-1" }],
          recordEnteredDate: fromDayNumber(d + int(0, 3)),
          minutesCirculatedDate: fromDayNumber(d + int(1, 12)),
        },
        { type: "core-group", date, status: "cancelled" },
      );
      if (d === nextReview) {
        events.push({ type: "review-conference", date, outcome: "plan-continues", reportSharedDate: fromDayNumber(d - int(1, 8)) });
        nextReview = d + 180;
      } else if (next() < 0.25) {
        events.push({ type: "exception", date, ruleId: ruleIds[int(0, 1)], reason: "Family unavailable", approvedBy: "Team manager" });
      } else {
        events.push({ type: "core-group", date, status: "not-held" });
      }
    }
    events.push({ type: "review-conference", date: fromDayNumber(end), outcome: "plan-ends" });
    day = end + 20;
  }
  return JSON.parse(JSON.stringify({ id: "BIG", professionals, events: events.slice(0, BIG_EVENTS) }));
}

/** Folds the keys and values of one object into a number: strings by length, anything else as 1. */
function readFields(object) {
  let weight = 0;
  for (const key in object) {
    const value = object[key];
    weight += key.length + (typeof value === "string" ? value.length : 1);
  }
  return weight;
}

/**
 * Reads every key and value of a timeline once, checking nothing: the least any evaluateCase that
 * validates its input must do (it has to look at every field to accept it or say what is wrong).
 * It knows where the timelines keep their nested records, as a validator does, so it needs no
 * type tests to find them.
 */
function readTimeline(timeline) {
  let weight = readFields(timeline);
  for (const professional of timeline.professionals) weight += readFields(professional);
  for (const event of timeline.events) {
    weight += readFields(event);
    if (event.chair !== undefined) weight += readFields(event.chair);
    if (event.attendees !== undefined) for (const attendee of event.attendees) weight += readFields(attendee);
    if (event.reportSharedWith !== undefined) for (const party of event.reportSharedWith) weight += party.length;
  }
  return weight;
}

/**
 * A working-day calendar that asks date-holidays about each day it steps over: the design the
 * precomputed index replaces. Only what the engine calls needs to be fast-or-slow; the rest is
 * the same walk.
 */
function naiveCalendar({ fromDayNumber, toDayNumber }, profile) {
  const Holidays = createRequire(import.meta.url)("date-holidays");
  const holidays = new Holidays("GB", "ENG");
  const closures = new Set(profile.closureDays.map(toDayNumber));
  const isWorkingDayNumber = (dayNumber) => {
    const weekday = (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    if (weekday === 0 || weekday === 6 || closures.has(dayNumber)) return false;
    const [year, month, day] = fromDayNumber(dayNumber).split("-").map(Number);
    const found = holidays.isHoliday(new Date(year, month - 1, day, 12));
    return !(found && found.some((holiday) => holiday.type === "public" || holiday.type === "bank"));
  };
  const addWorkingDaysToDayNumber = (dayNumber, n, counting) => {
    let left = Math.abs(n);
    if (counting === "inclusive" && n !== 0 && isWorkingDayNumber(dayNumber)) left--;
    const step = n < 0 ? -1 : 1;
    let day = dayNumber;
    while (left > 0) {
      day += step;
      if (isWorkingDayNumber(day)) left--;
    }
    return day;
  };
  const workingDaysBetweenDayNumbers = (a, b, counting) => {
    const inclusive = counting === "inclusive";
    let count = 0;
    if (b >= a) for (let day = inclusive ? a : a + 1; day <= b; day++) count += isWorkingDayNumber(day) ? 1 : 0;
    else for (let day = b; inclusive ? day <= a : day < a; day++) count -= isWorkingDayNumber(day) ? 1 : 0;
    return count;
  };
  const onDate = (operation) => (date, ...rest) => operation(toDayNumber(date), ...rest);
  const toDate = (operation) => (...args) => fromDayNumber(operation(...args));
  return {
    region: "england-and-wales",
    closureDays: profile.closureDays,
    isWorkingDay: onDate(isWorkingDayNumber),
    addWorkingDays: (date, n, options) => fromDayNumber(addWorkingDaysToDayNumber(toDayNumber(date), n, options?.counting)),
    workingDaysBetween: (a, b, options) => workingDaysBetweenDayNumbers(toDayNumber(a), toDayNumber(b), options?.counting),
    nextWorkingDay: toDate(onDate((day) => addWorkingDaysToDayNumber(day, 1))),
    previousWorkingDay: toDate(onDate((day) => addWorkingDaysToDayNumber(day, -1))),
    workingDayOnOrBefore: toDate(onDate((day) => (isWorkingDayNumber(day) ? day : addWorkingDaysToDayNumber(day, -1)))),
    workingDayOnOrAfter: toDate(onDate((day) => (isWorkingDayNumber(day) ? day : addWorkingDaysToDayNumber(day, 1)))),
    isWorkingDayNumber,
    addWorkingDaysToDayNumber,
    workingDaysBetweenDayNumbers,
  };
}

/** A string as the engine makes it, from two halves: one concatenation (see {@link resultParts}). */
function halves(text) {
  const middle = text.length >> 1;
  return [text.slice(0, middle), text.slice(middle)];
}

/**
 * What {@link assembleResult} needs to rebuild `result`: the result itself (every value, shared
 * reference and constant string is taken from it) and, for each string the engine builds per
 * case (explanations, due rules, check evidence), its two halves.
 */
function resultParts(result) {
  return {
    result,
    obligations: result.obligations.map((obligation) => ({ obligation, explanation: halves(obligation.explanation), dueRule: halves(obligation.facts.dueRule) })),
    checks: result.checks.map((check) => ({ check, evidence: halves(check.evidence) })),
    breaches: result.breaches.map((breach) => ({
      breach,
      at: breach.kind === "obligation" ? result.obligations.indexOf(breach.obligation) : result.checks.indexOf(breach.check),
    })),
  };
}

/**
 * A fresh result equal to the one `parts` came from, built with no rule logic, no date
 * arithmetic and no validation: only the objects, arrays and per-case strings that an evaluation
 * returns (each object written as one literal, each built string one concatenation, event
 * references, readings and citations shared). It bounds evaluateCase from above: no evaluation
 * that returns this result can be faster than building it.
 */
function assembleResult(parts) {
  const { result } = parts;
  const obligations = parts.obligations.map(({ obligation: o, explanation, dueRule }) => {
    const built = {
      ruleId: o.ruleId,
      ruleKind: o.ruleKind,
      title: o.title,
      status: o.status,
      episode: o.episode,
      anchor: o.anchor,
      dueDate: o.dueDate,
      actualDate: o.actualDate,
      satisfiedBy: o.satisfiedBy,
      daysLate: o.daysLate,
      workingDaysLate: o.workingDaysLate,
      exception: o.exception,
      reading: o.reading,
      citation: o.citation,
      explanation: explanation[0] + explanation[1],
      facts: {
        anchorType: o.facts.anchorType,
        anchorDate: o.facts.anchorDate,
        dueRule: dueRule[0] + dueRule[1],
        counting: o.facts.counting,
        dueDateRoll: o.facts.dueDateRoll,
        asOf: o.facts.asOf,
        planEnd: o.facts.planEnd,
        missingFact: o.facts.missingFact,
      },
    };
    if (o.facts.statusBeforeException !== undefined) built.facts.statusBeforeException = o.facts.statusBeforeException;
    return built;
  });
  const checks = parts.checks.map(({ check: c, evidence }) => ({
    ruleId: c.ruleId,
    title: c.title,
    episode: c.episode,
    meeting: c.meeting,
    answer: c.answer,
    severity: c.severity,
    evidence: evidence[0] + evidence[1],
    reading: c.reading,
    citation: c.citation,
  }));
  const breaches = parts.breaches.map(({ breach: b, at }) =>
    b.kind === "obligation"
      ? { kind: b.kind, ruleId: b.ruleId, date: b.date, obligation: obligations[at] }
      : { kind: b.kind, ruleId: b.ruleId, date: b.date, check: checks[at] },
  );
  return {
    ok: true,
    caseId: result.caseId,
    profile: result.profile,
    asOf: result.asOf,
    team: result.team,
    episodes: result.episodes.map((e) => ({ number: e.number, start: e.start, startedBy: e.startedBy, end: e.end, endReason: e.endReason })),
    obligations,
    checks,
    breaches,
    nextDue: result.nextDue,
    checklist: result.checklist.map((a) => ({
      itemId: a.itemId,
      section: a.section,
      text: a.text,
      episode: a.episode,
      meeting: a.meeting,
      answer: a.answer,
      evidence: a.evidence,
      source: a.source,
    })),
    dataQuality: result.dataQuality.map((finding) => ({ ...finding })),
  };
}

/**
 * Everything measured for one profile, in the thread it runs in: evaluateCase on the realistic
 * timelines (and, for a profile with a checklist, with `checklist: false`), JSON.stringify of its
 * results, the naive calendar, and the 100,000-event case.
 */
async function measureProfile(distUrl, profileId, log) {
  const library = await import(distUrl);
  const { evaluateCase, profiles } = library;
  const timelines = realisticTimelines(library);
  const big = bigTimeline(library);
  const options = { profile: profileId, asOf: AS_OF };
  const answers = timelines.reduce((sum, timeline) => sum + weigh(evaluateCase(timeline, options)), 0);
  const evaluating = (evaluateOptions) => (reps, count) => {
    let local = 0;
    for (let r = 0; r < reps; r++) for (let i = 0; i < count; i++) local += weigh(evaluateCase(timelines[i], evaluateOptions));
    return local;
  };

  // The naive calendar comes last: once the engine has called a second kind of calendar, V8's
  // code for those calls serves both, and every later measurement would run slower.
  log(`${profileId}: evaluateCase ...`);
  const fast = throughput(evaluating(options), { count: CASES });
  let withoutChecklist;
  if (profiles[profileId].checklist !== null) {
    log(`${profileId}: evaluateCase with checklist: false ...`);
    withoutChecklist = throughput(evaluating({ ...options, checklist: false }), { count: CASES });
  }
  const results = timelines.map((timeline) => evaluateCase(timeline, options));
  log(`${profileId}: JSON.stringify of the results ...`);
  const stringifyResult = throughput(
    (reps, count) => {
      let local = 0;
      for (let r = 0; r < reps; r++) for (let i = 0; i < count; i++) local += JSON.stringify(results[i]).length;
      return local;
    },
    { count: CASES },
  );
  log(`${profileId}: assembling the results only ...`);
  const partsOf = (someResults) =>
    someResults.map((result) => {
      const part = resultParts(result);
      if (JSON.stringify(assembleResult(part)) !== JSON.stringify(result)) throw new Error(`the assembled result of ${result.caseId} differs from it`);
      return part;
    });
  const assembling = (someParts) => (reps, count) => {
    let local = 0;
    for (let r = 0; r < reps; r++) for (let i = 0; i < count; i++) local += weigh(assembleResult(someParts[i]));
    return local;
  };
  const assembleOnly = throughput(assembling(partsOf(results)), { count: CASES });
  let assembleWithoutChecklist;
  if (withoutChecklist !== undefined) {
    const partsWithout = partsOf(timelines.map((timeline) => evaluateCase(timeline, { ...options, checklist: false })));
    assembleWithoutChecklist = throughput(assembling(partsWithout), { count: CASES });
  }
  log(`${profileId}: ${BIG_EVENTS.toLocaleString("en-GB")}-event case ...`);
  const bigTimes = [];
  let bigWeight = 0;
  for (let run = 0; run <= BIG_RUNS; run++) {
    const start = performance.now();
    bigWeight = weigh(evaluateCase(big, { profile: profileId, asOf: "2099-12-31" }));
    const elapsed = performance.now() - start;
    if (run > 0) bigTimes.push(elapsed);
  }
  consume(bigWeight);
  // Kept results are measured after everything else the engine does alone: keeping them tells V8
  // its allocation sites' objects live long, and it may then allocate them straight in the old
  // generation for every later call in this thread.
  log(`${profileId}: evaluateCase, results kept ...`);
  const kept = throughput(
    (reps, count) => {
      let local = 0;
      for (let r = 0; r < reps; r++) {
        const passResults = timelines.map((timeline) => evaluateCase(timeline, options)); // count is timelines.length
        for (const result of passResults) local += weigh(result);
      }
      return local;
    },
    { count: CASES },
  );
  log(`${profileId}: naive calendar ...`);
  const naiveOptions = { ...options, calendar: naiveCalendar(library, profiles[profileId]) };
  const naiveDiffer = results
    .slice(0, NAIVE_CASES)
    .filter((ours, index) => JSON.stringify(ours) !== JSON.stringify(evaluateCase(timelines[index], naiveOptions))).length;
  const naive = throughput(evaluating(naiveOptions), { count: NAIVE_CASES, rounds: 3, warmup: 0, roundMs: 300 });
  checkSink();
  return { answersPerCase: answers / CASES, naiveDiffer, fast, kept, withoutChecklist, stringifyResult, assembleOnly, assembleWithoutChecklist, naive, bigMs: median(bigTimes), bigWeight };
}

/** Runs `measureProfile` in a worker thread of its own, relaying its progress lines. */
function measureInWorker(distUrl, profileId, log) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { engineBenchProfile: profileId, distUrl } });
    worker.on("message", (message) => (message.log === undefined ? resolve(message.result) : log(message.log)));
    worker.on("error", reject);
    worker.on("exit", (code) => (code === 0 ? undefined : reject(new Error(`the ${profileId} worker exited with code ${code}`))));
  });
}

if (!isMainThread && workerData?.engineBenchProfile !== undefined) {
  const { engineBenchProfile, distUrl } = workerData;
  const result = await measureProfile(distUrl, engineBenchProfile, (text) => parentPort.postMessage({ log: text }));
  parentPort.postMessage({ result });
}

export default async function run({ distUrl, log }) {
  const library = await import(distUrl);
  const timelineTexts = realisticTimelines(library).map((timeline) => JSON.stringify(timeline));
  log("JSON.parse of the timelines ...");
  const parseInput = throughput(
    (reps, count) => {
      let local = 0;
      for (let r = 0; r < reps; r++) for (let i = 0; i < count; i++) local += JSON.parse(timelineTexts[i]).events.length;
      return local;
    },
    { count: CASES },
  );
  log("reading every field of the timelines ...");
  const timelines = timelineTexts.map((text) => JSON.parse(text));
  const readInput = throughput(
    (reps, count) => {
      let local = 0;
      for (let r = 0; r < reps; r++) for (let i = 0; i < count; i++) local += readTimeline(timelines[i]);
      return local;
    },
    { count: CASES },
  );
  checkSink();
  /** Cases/s of doing both `a` and `b` (cases/s each) for every case: the times add up. */
  const both = (a, b) => 1 / (1 / a + 1 / b);

  const rows = [];
  const checks = [];
  const rate = (value) => `${Math.round(value).toLocaleString("en-GB")} cases/s`;
  const range = ({ min, max }) => `${Math.round(min).toLocaleString("en-GB")}..${Math.round(max).toLocaleString("en-GB")}`;
  const keptRows = [];
  const withoutChecklistRows = [];
  for (const profileId of library.BUILT_IN_PROFILE_IDS) {
    const measured = await measureInWorker(distUrl, profileId, log);
    const { fast, naive, bigMs, bigWeight } = measured;
    rows.push({
      profile: profileId,
      "cases/s (median)": Math.round(fast.opsPerSecond),
      "min..max of rounds": range(fast),
      "dropping is x times faster": "",
      "results per case": Number(measured.answersPerCase.toFixed(1)),
      "JSON.parse input: cases/s": Math.round(parseInput.opsPerSecond),
      "reading the input only: cases/s": Math.round(readInput.opsPerSecond),
      "assembling the result only: cases/s": Math.round(measured.assembleOnly.opsPerSecond),
      "bound: reading + assembling": Math.round(both(readInput.opsPerSecond, measured.assembleOnly.opsPerSecond)),
      "JSON.stringify result: cases/s": Math.round(measured.stringifyResult.opsPerSecond),
      "naive calendar: cases/s": Number(naive.opsPerSecond.toFixed(1)),
      "ours is x times faster": Math.round(fast.opsPerSecond / naive.opsPerSecond),
      "naive results that differ": `${measured.naiveDiffer} of ${NAIVE_CASES}`,
      [`${BIG_EVENTS.toLocaleString("en-GB")}-event case`]: `${Math.round(bigMs).toLocaleString("en-GB")} ms (${bigWeight.toLocaleString("en-GB")} results)`,
    });
    keptRows.push({
      profile: `${profileId}, results kept`,
      "cases/s (median)": Math.round(measured.kept.opsPerSecond),
      "min..max of rounds": range(measured.kept),
      "dropping is x times faster": Number((fast.opsPerSecond / measured.kept.opsPerSecond).toFixed(2)),
    });
    if (measured.withoutChecklist !== undefined) {
      withoutChecklistRows.push({
        profile: `${profileId}, checklist: false`,
        "cases/s (median)": Math.round(measured.withoutChecklist.opsPerSecond),
        "min..max of rounds": range(measured.withoutChecklist),
        "assembling the result only: cases/s": Math.round(measured.assembleWithoutChecklist.opsPerSecond),
        "bound: reading + assembling": Math.round(both(readInput.opsPerSecond, measured.assembleWithoutChecklist.opsPerSecond)),
      });
    }
    checks.push(
      {
        check: `${profileId}: evaluateCase >= ${FLOOR_CASES_PER_SECOND.toLocaleString("en-GB")} cases/s`,
        measured: `${rate(fast.opsPerSecond)} (bound: ${rate(both(readInput.opsPerSecond, measured.assembleOnly.opsPerSecond))})`,
        pass: fast.opsPerSecond >= FLOOR_CASES_PER_SECOND,
      },
      {
        check: `${profileId}: one ${BIG_EVENTS.toLocaleString("en-GB")}-event case < ${FLOOR_BIG_MS.toLocaleString("en-GB")} ms`,
        measured: `${Math.round(bigMs).toLocaleString("en-GB")} ms`,
        pass: bigMs < FLOOR_BIG_MS,
      },
    );
  }
  rows.push(...keptRows, ...withoutChecklistRows);
  const notes = [
    "\"results per case\" counts obligations, meeting checks, checklist answers and breaches of one evaluation (the sink).",
    "The two JSON columns are reference points measured in the same run: `JSON.parse` of the same timelines as text (what reading a JSON Lines file costs at the least) and `JSON.stringify` of the evaluation (what writing it as JSON costs at the least).",
    "\"assembling the result only\" is a bound, not a baseline: it builds a result equal to each evaluation's (checked, untimed) from the evaluation's own values, with no validation, no rule logic and no date arithmetic: only its objects, arrays and per-case strings, one literal and one concatenation each, sharing what the engine shares. No evaluateCase that returns that result can run faster; what lies between the two columns is validation, rule logic and date arithmetic.",
    "\"reading the input only\" is the other half of the bound: it reads every key and every value of each timeline once (strings by length) and checks nothing, the least any evaluateCase that validates its input must do. \"bound: reading + assembling\" adds the two times per case: no evaluateCase that validates its input and returns the same result can beat it on this machine, whatever its design. It is the figure in brackets in the floors table; where it is under the floor, the floor cannot be met without changing what a result holds.",
    "A naive result that differs from ours comes from date-holidays' data (e.g. an uncorrected one-off bank holiday), not from the engine.",
    "A `results kept` row keeps every result of a pass over the cases until the pass ends (`timelines.map(evaluateCase)`) instead of dropping each one; \"dropping is x times faster\" is the profile's plain row divided by it. The floors are checked on the plain rows.",
    "A `checklist: false` row is the same profile evaluated with that option (no checklist answers: what the CLI asks for when it writes CSV or HTML), for comparison; the floor is checked on the default, which answers the checklist.",
  ];
  return { rows, checks, notes };
}
