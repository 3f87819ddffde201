#!/usr/bin/env node
// Synthetic (entirely made-up) child-protection case data, deterministic (fixed-seed PRNG, no clock).
//
// Run directly (`npm run examples:generate`), it writes the example data:
//   examples/data/<profile-id>.jsonl  one case timeline per line, per built-in profile
//   examples/data/events.csv          a CSV event log (pan-sussex) in the default header, with a few bad rows
//   examples/data/cin-census.xml      a DfE Children in Need census return (CIN schema 2024 shape)
// Imported, it writes nothing and exports the generators, which stream (one case at a time) so
// benchmarks can make millions of cases: `generateCases`, `csvEventLogLines`, `cinCensusXml`,
// and the PRNG `mulberry32`.
import { mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "data");
/** The audit date of the examples: no event is dated after it. */
export const AUDIT_END = "2025-03-31";

/** A small deterministic PRNG (mulberry32): a function returning numbers in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The PRNG of one seed with the helpers the generators draw from. */
function randomTools(seed) {
  const random = mulberry32(seed);
  return {
    chance: (p) => random() < p,
    int: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(random() * list.length)],
  };
}

// ---- civil dates as day numbers (UTC arithmetic only: no time zone dependence)
const MS = 86_400_000;
const day = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / MS;
const iso = (n) => new Date(n * MS).toISOString().slice(0, 10);
const addMonths = (n, months) => {
  const d = new Date(n * MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / MS;
};
// England and Wales bank holidays 2019-2026 (GOV.UK feed), weekday days off.
const HOLIDAYS = new Set(
  `2019-01-01 2019-04-19 2019-04-22 2019-05-06 2019-05-27 2019-08-26 2019-12-25 2019-12-26
  2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28
  2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28
  2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27
  2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26
  2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26
  2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
  2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28`
    .split(/\s+/)
    .filter(Boolean)
    .map(day),
);
const isWorking = (n) => {
  const weekday = (n + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(n);
};
const addWorkingDays = (n, k) => {
  let d = n;
  const step = k < 0 ? -1 : 1;
  for (let left = Math.abs(k); left > 0; ) {
    d += step;
    if (isWorking(d)) left--;
  }
  return d;
};
const nextWorking = (n) => (isWorking(n) ? n : addWorkingDays(n, 1));

// ---- the councils
const PROFILES = {
  "working-together": { prefix: "WT", teams: ["Northfield Safeguarding 1", "Northfield Safeguarding 2", "Southvale CP Team"], every: [35, 45] },
  cumbria: { prefix: "CU", teams: ["Carlisle Safeguarding", "Barrow Safeguarding", "Kendal Safeguarding", "Workington Safeguarding"], every: [21, 30] },
  "pan-sussex": {
    prefix: "PS",
    teams: ["Brighton & Hove, Central", "Hastings Safeguarding", "Crawley Safeguarding", "Worthing Safeguarding"],
    every: [35, 44],
  },
  cambridgeshire: { prefix: "CB", teams: ["Cambridge City Safeguarding", "Fenland Safeguarding", "Huntingdon Safeguarding"], every: [35, 45] },
  medway: { prefix: "MW", teams: ["Medway Safeguarding North", "Medway Safeguarding South"], every: [35, 43] },
};
const PROFESSIONAL_ROLES = [
  ["health-visitor", "NHS community health"],
  ["teacher", "Primary school"],
  ["school-nurse", "NHS school nursing"],
  ["police", "Police public protection"],
  ["gp", "GP practice"],
  ["family-support-worker", "Early help"],
  ["substance-misuse-worker", "Drug and alcohol service"],
];

/** The built-in profile ids the generator knows, in the order of the example files. */
export const PROFILE_IDS = Object.keys(PROFILES);

/**
 * A case maker drawing from its own PRNG: `makeCase(profileId, number)` returns one timeline whose
 * id is the profile's prefix and the number. Two makers of the same seed make the same cases.
 */
function caseMaker(seed) {
  const { chance, int, pick } = randomTools(seed);
  return function makeCase(profileId, number) {
    const profile = PROFILES[profileId];
    const id = `${profile.prefix}-${String(number).padStart(5, "0")}`;
    const events = [];
    const start = nextWorking(day("2019-01-02") + int(0, day("2024-12-20") - day("2019-01-02")));
    const dob = start - int(0, 16 * 365) - int(30, 300);
    const timeline = { id, child: { dateOfBirth: iso(dob) }, team: pick(profile.teams), worker: `SW-${String(int(1, 60)).padStart(3, "0")}` };
    if (chance(0.08)) timeline.child.lookedAfter = true;
    const transfer = chance(0.04);
    let icpc;
    if (transfer) {
      icpc = start;
      events.push({ type: "transfer-in-conference", date: iso(icpc), outcome: "plan" });
    } else {
      events.push({ type: "strategy-discussion", date: iso(start) });
      if (chance(0.03)) {
        events.push({ type: "strategy-discussion", date: iso(addWorkingDays(start, int(2, 5))), initiatedSection47: false });
      }
      icpc = addWorkingDays(start, chance(0.85) ? int(5, 15) : int(16, 24));
      const plan = chance(0.8);
      events.push({ type: "initial-conference", date: iso(icpc), outcome: plan ? "plan" : "no-plan" });
      if (!plan) return finish(timeline, events);
    }
    const professionals = [];
    for (const [role, agency] of PROFESSIONAL_ROLES) {
      if (professionals.length < 5 && chance(role === "health-visitor" || role === "teacher" ? 0.7 : 0.3)) {
        professionals.push({ id: `${role.split("-").map((w) => w[0]).join("")}-${int(100, 999)}`, role, agency, directRegularContact: role !== "police" && role !== "gp" });
      }
    }
    if (professionals.length > 0) timeline.professionals = professionals;
    const childAge = Math.floor((icpc - dob) / 365.25);

    // conferences: first review ~3 months, then ~6 months; the plan may end at a review
    const reviews = [];
    let previous = icpc;
    let endAt = null;
    let endReason = null;
    for (let k = 0; k < 6; k++) {
      const due = k === 0 ? addMonths(previous, 3) : addMonths(previous, 6);
      const date = nextWorking(due - int(2, 12) + (chance(0.08) ? int(10, 30) : 0));
      if (date > day(AUDIT_END)) break;
      const ends = chance(k === 0 ? 0.12 : 0.35);
      reviews.push({ date, ends });
      previous = date;
      if (ends) {
        endAt = date;
        break;
      }
    }
    if (endAt === null && chance(0.04)) {
      const last = reviews.length > 0 ? reviews[reviews.length - 1].date : icpc;
      endAt = last + int(20, 80);
      endReason = childAge >= 17 ? "eighteenth-birthday" : pick(["moved-permanently", "moved-permanently", "left-uk", "other"]);
      if (endAt > day(AUDIT_END)) {
        endAt = null;
        endReason = null;
      }
    }
    const planEnd = endAt ?? day(AUDIT_END);

    // core groups: the first within ~10 working days, then every few weeks, one shortly before each review
    const meetings = [];
    let meeting = addWorkingDays(icpc, chance(0.88) ? int(4, 10) : int(11, 16));
    if (chance(0.04)) meeting = addWorkingDays(icpc, int(12, 25)); // first one missing, next one much later
    let reviewIndex = 0;
    while (meeting < planEnd) {
      const review = reviews[reviewIndex];
      if (review !== undefined && meeting >= review.date) {
        reviewIndex++;
        continue;
      }
      if (review !== undefined && review.date - meeting < 24 && chance(0.85)) {
        meeting = nextWorking(review.date - int(4, 14));
        if (meetings.length > 0 && meeting <= meetings[meetings.length - 1]) meeting = meetings[meetings.length - 1] + 1;
        if (meeting >= review.date) {
          reviewIndex++;
          continue;
        }
      }
      meetings.push(meeting);
      let gap = int(profile.every[0], profile.every[1]);
      if (chance(0.1)) gap += int(7, 25); // late
      if (chance(0.03)) gap += int(30, 60); // one missing altogether
      meeting = nextWorking(meeting + gap);
    }
    for (const date of meetings) {
      if (chance(0.03)) {
        events.push({ type: "core-group", date: iso(date), status: "cancelled" });
        continue;
      }
      const attendees = [{ role: "lead-social-worker" }];
      const parentThere = chance(0.85);
      if (parentThere) attendees.push({ role: chance(0.8) ? "parent" : "carer" });
      if (childAge >= 10 && chance(0.35)) attendees.push({ role: "child" });
      for (const professional of professionals) if (chance(0.85)) attendees.push({ role: professional.role, professionalId: professional.id });
      const event = { type: "core-group", date: iso(date), chair: { role: chance(0.9) ? "lead-social-worker" : "team-manager" }, attendees };
      if (!parentThere && chance(0.6)) event.absentFamilyToldMayContributeInWriting = true;
      if (chance(0.95)) event.recordEnteredDate = iso(addWorkingDays(date, chance(0.9) ? int(0, 2) : int(3, 8)));
      if (chance(0.9)) event.minutesCirculatedDate = iso(addWorkingDays(date, chance(0.85) ? int(2, 10) : int(11, 20)));
      events.push(event);
    }
    for (const review of reviews) {
      const event = { type: "review-conference", date: iso(review.date), outcome: review.ends ? "plan-ends" : "plan-continues" };
      if (chance(0.9)) {
        event.reportSharedDate = iso(addWorkingDays(review.date, chance(0.85) ? -int(5, 8) : -int(1, 4)));
        event.reportSharedWith = chance(0.9) ? ["family", "professionals", "reviewing-officer"] : ["professionals", "reviewing-officer"];
      }
      events.push(event);
    }
    if (endReason !== null) events.push({ type: "plan-end", date: iso(endAt), reason: endReason });
    if (chance(0.04) && meetings.length > 0) {
      const first = meetings[0];
      events.push({
        type: "exception",
        date: iso(addWorkingDays(icpc, 3)),
        ruleId: "working-together.first-core-group",
        dueDate: iso(addWorkingDays(icpc, 10)),
        reason: pick(["Family isolating with infectious illness", "Parent in hospital", "Key agencies unavailable: agreed revised date"]),
        approvedBy: pick(["Team manager", "Service manager", "Child protection chair"]),
      });
      void first;
    }
    return finish(timeline, events);
  };
}

function finish(timeline, events) {
  const dated = events.filter((e) => e.date <= AUDIT_END).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...timeline, events: dated };
}

/**
 * Case timelines of one profile, one at a time: numbers `firstNumber`..`firstNumber + count - 1`
 * from the PRNG seeded with `seed`.
 */
export function* generateCases({ profileId, seed, count, firstNumber = 1 }) {
  const makeCase = caseMaker(seed);
  for (let number = firstNumber; number < firstNumber + count; number++) yield makeCase(profileId, number);
}

/** The header of the CSV event log (the adapter's default columns). */
export const CSV_EVENT_LOG_HEADER = [
  "case_id", "event_type", "date", "outcome", "status", "chair_role", "attendees", "family_told_may_contribute",
  "record_entered_date", "minutes_circulated_date", "report_shared_date", "report_shared_with", "reason", "rule_id",
  "approved_by", "due_date", "team", "worker", "child_dob", "looked_after", "professionals", "event_id",
  "initiated_s47", "conference_not_required",
];
const csvCell = (value) => {
  const text = value === undefined || value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const yn = (value) => (value === undefined ? "" : value ? "y" : "n");

/**
 * A CSV event log of pan-sussex cases 1..count (ids PS-50001, ...), one line at a time without
 * its line ending: the header first, then one row per event, with a few deliberately bad rows.
 */
export function* csvEventLogLines({ seed, count }) {
  const makeCase = caseMaker(seed);
  yield CSV_EVENT_LOG_HEADER.join(",");
  for (let number = 1; number <= count; number++) {
    const timeline = makeCase("pan-sussex", 50_000 + number);
    const last = timeline.events.length - 1;
    for (const [i, event] of timeline.events.entries()) {
      const row = Object.fromEntries(CSV_EVENT_LOG_HEADER.map((column) => [column, ""]));
      row.case_id = timeline.id;
      row.event_type = event.type;
      row.date = event.date;
      if (i === 0) {
        row.team = timeline.team;
        row.worker = timeline.worker;
        row.child_dob = timeline.child?.dateOfBirth;
        row.looked_after = yn(timeline.child?.lookedAfter);
        row.professionals = (timeline.professionals ?? [])
          .map((p) => `${p.id}:${p.role}:${p.agency}:${yn(p.directRegularContact)}`)
          .join(";");
      }
      row.outcome = event.outcome;
      row.status = event.status;
      row.chair_role = event.chair?.role;
      row.attendees = event.attendees?.map((a) => (a.professionalId ? `${a.role}:${a.professionalId}` : a.role)).join(";");
      row.family_told_may_contribute = yn(event.absentFamilyToldMayContributeInWriting);
      row.record_entered_date = event.recordEnteredDate;
      row.minutes_circulated_date = event.minutesCirculatedDate;
      row.report_shared_date = event.reportSharedDate;
      row.report_shared_with = event.reportSharedWith?.join(";");
      row.reason = event.reason;
      row.rule_id = event.ruleId;
      row.approved_by = event.approvedBy;
      row.due_date = event.dueDate;
      row.initiated_s47 = yn(event.initiatedSection47);
      // a few deliberately bad rows
      if (number === 137 && i === Math.min(1, last)) row.date = "31/02/2024"; // impossible (and not ISO)
      if (number === 402 && i === Math.min(2, last)) row.event_type = "core-group-meeting"; // unknown event type
      if (number === 655 && i === Math.min(3, last)) row.case_id = ""; // missing case id
      if (number === 811 && i === Math.min(1, last)) row.date = "2023-02-29"; // impossible date
      if (number === 903 && i === last) row.outcome = row.event_type === "initial-conference" ? "" : row.outcome; // missing ICPC outcome (when last)
      yield CSV_EVENT_LOG_HEADER.map((column) => csvCell(row[column])).join(",");
    }
  }
}

/** A DfE CIN census return (collection year 2024-25) of `count` children, as one XML string. */
export function cinCensusXml({ seed, count }) {
  const { chance, int, pick } = randomTools(seed);
  const CENSUS_START = day("2024-04-01");
  const esc = (text) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const tag = (name, value, pad) => (value === undefined ? "" : `${pad}<${name}>${esc(String(value))}</${name}>\n`);
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    "<!-- Synthetic Children in Need census return for the core-group-rules examples. Not real data. -->",
    "<Message>",
    "  <Header>",
    "    <CollectionDetails>",
    "      <Collection>CIN</Collection>",
    "      <Year>2025</Year>",
    `      <ReferenceDate>${AUDIT_END}</ReferenceDate>`,
    "    </CollectionDetails>",
    "    <Source>",
    "      <SourceLevel>L</SourceLevel>",
    "      <LEA>999</LEA>",
    "      <SoftwareCode>core-group-rules examples</SoftwareCode>",
    "      <Release>1</Release>",
    "      <SerialNo>001</SerialNo>",
    "      <DateTime>2025-05-01T09:00:00</DateTime>",
    "    </Source>",
    "  </Header>",
    "  <Children>",
  ];
  for (let number = 1; number <= count; number++) {
    const referral = nextWorking(CENSUS_START - int(0, 120) + int(0, 300));
    const dob = referral - int(60, 16 * 365);
    const s47Start = addWorkingDays(referral, int(0, 10));
    const held = !chance(0.06);
    const notRequired = !held && chance(0.5);
    const icpc = held ? addWorkingDays(s47Start, chance(0.82) ? int(6, 15) : int(16, 24)) : undefined;
    const plan = held && icpc <= day(AUDIT_END) && chance(0.8);
    const p = "        ";
    let details = "";
    details += tag("CINreferralDate", iso(referral), "      ");
    details += tag("ReferralSource", pick(["2A", "3A", "3B", "6", "1A", "5D"]), "      ");
    details += tag("PrimaryNeedCode", "N1", "      ");
    details += "      <Section47>\n";
    details += tag("S47ActualStartDate", iso(s47Start), p);
    details += tag("InitialCPCtarget", iso(addWorkingDays(s47Start, 15)), p);
    if (icpc !== undefined && icpc <= day(AUDIT_END)) details += tag("DateOfInitialCPC", iso(icpc), p);
    details += tag("ICPCnotRequired", notRequired ? "true" : "false", p);
    details += "      </Section47>\n";
    details += tag("ReferralNFA", "false", "      ");
    if (plan) {
      const category = pick(["NEG", "NEG", "EMO", "PHY", "SAB", "MUL"]);
      const reviews = [];
      let previous = icpc;
      let end;
      for (let k = 0; k < 3; k++) {
        const date = nextWorking((k === 0 ? addMonths(previous, 3) : addMonths(previous, 6)) - int(2, 10) + (chance(0.1) ? int(8, 30) : 0));
        if (date > day(AUDIT_END)) break;
        reviews.push(date);
        previous = date;
        if (chance(k === 0 ? 0.15 : 0.35)) {
          end = date;
          break;
        }
      }
      if (end === undefined && chance(0.03)) end = previous + int(15, 40) <= day(AUDIT_END) ? previous + int(15, 40) : undefined;
      details += "      <ChildProtectionPlans>\n";
      details += tag("CPPstartDate", iso(icpc), p);
      if (end !== undefined) details += tag("CPPendDate", iso(end), p);
      details += tag("InitialCategoryOfAbuse", category, p);
      details += tag("LatestCategoryOfAbuse", category, p);
      details += tag("NumberOfPreviousCPP", chance(0.8) ? 1 : int(2, 3), p);
      if (reviews.length > 0) details += `${p}<Reviews>\n${reviews.map((r) => tag("CPPreviewDate", iso(r), `${p}  `)).join("")}${p}</Reviews>\n`;
      details += "      </ChildProtectionPlans>\n";
    }
    xml.push(
      "    <Child>",
      "      <ChildIdentifiers>",
      `        <LAchildID>LA${String(number).padStart(6, "0")}</LAchildID>`,
      `        <PersonBirthDate>${iso(dob)}</PersonBirthDate>`,
      `        <GenderCurrent>${pick(["1", "2"])}</GenderCurrent>`,
      "      </ChildIdentifiers>",
      "      <ChildCharacteristics>",
      `        <Ethnicity>${pick(["WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "BAFR", "NOBT"])}</Ethnicity>`,
      "      </ChildCharacteristics>",
      "      <CINdetails>",
      details.trimEnd(),
      "      </CINdetails>",
      "    </Child>",
    );
  }
  xml.push("  </Children>", "</Message>", "");
  return xml.join("\n");
}

/** Writes examples/data (what `npm run examples:generate` does). */
function writeExamples() {
  mkdirSync(OUT, { recursive: true });
  const written = [];
  const write = (name, text) => {
    writeFileSync(join(OUT, name), text);
    written.push(`${name} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
  };

  // ---- JSON Lines, one file per profile
  for (const [index, profileId] of PROFILE_IDS.entries()) {
    const lines = [];
    for (const timeline of generateCases({ profileId, seed: 1000 + index, count: 600 })) lines.push(JSON.stringify(timeline));
    write(`${profileId}.jsonl`, `${lines.join("\n")}\n`);
  }

  // ---- CSV event log (pan-sussex), in the default header
  write("events.csv", `${[...csvEventLogLines({ seed: 2000, count: 1000 })].join("\r\n")}\r\n`);

  // ---- CIN census XML: collection year 2024-25
  write("cin-census.xml", cinCensusXml({ seed: 3000, count: 500 }));

  process.stdout.write(`wrote ${written.join(", ")}\n`);
}

if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) writeExamples();
