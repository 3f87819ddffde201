import type { Duration, Rule } from "./profile-schema.js";

type DeadlineRule = Extract<Rule, { kind: "deadline-after-event" }>;

const UNIT_NAMES: Readonly<Record<Duration["unit"], readonly [string, string]>> = {
  "working-days": ["working day", "working days"],
  days: ["day", "days"],
  weeks: ["week", "weeks"],
  months: ["month", "months"],
};

/**
 * A duration in words: `{ n: 10, unit: "working-days" }` is "10 working days".
 *
 * @example
 * ```ts
 * formatDuration({ n: 1, unit: "days" }); // "1 day"
 * formatDuration({ n: 6, unit: "weeks" }); // "6 weeks"
 * ```
 */
export function formatDuration(duration: Duration): string {
  const [one, many] = UNIT_NAMES[duration.unit];
  return `${duration.n} ${duration.n === 1 ? one : many}`;
}

const ANCHOR_PHRASES: Readonly<Record<DeadlineRule["anchor"], string>> = {
  "strategy-discussion": "the strategy discussion that started the section 47 enquiry",
  "plan-start": "an initial or transfer-in conference that made a plan",
  "core-group": "each core group meeting held",
  "continuing-review-conference": "each review conference that keeps the plan",
};

const TARGET_PHRASES: Readonly<Record<DeadlineRule["target"], string>> = {
  "initial-conference": "An initial child protection conference must be held",
  "core-group": "A core group must meet",
  "review-conference": "A review conference must be held",
  "core-group-record-entered": "The record of each core group meeting must be entered on the case system",
  "core-group-minutes-circulated": "The minutes of each core group meeting must be circulated to its members",
};

function countingClause(rule: Rule): string {
  if (rule.counting !== "inclusive") return "";
  return " (counting inclusively: the starting day is day 1 when it is a working day)";
}

function rollSentence(rule: Rule): string {
  return rule.dueDateRoll === "previous-working-day"
    ? " A due date on a non-working day moves back to the previous working day."
    : "";
}

function describeDeadline(rule: DeadlineRule): string {
  const after = rule.anchor === "core-group" && rule.target !== "core-group" ? "the meeting" : ANCHOR_PHRASES[rule.anchor];
  return `${TARGET_PHRASES[rule.target]} within ${formatDuration(rule.within)} after ${after}${countingClause(rule)}.`;
}

function roles(list: readonly string[] | undefined): string {
  const names = (list ?? []).map((role) => `the ${role.replaceAll("-", " ")}`);
  return names.length <= 1 ? (names[0] ?? "a named role") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

function describeCore(rule: Rule): string {
  switch (rule.kind) {
    case "deadline-after-event":
      return describeDeadline(rule);
    case "recurring-interval": {
      const subject =
        rule.event === "core-group"
          ? "the next core group must meet within"
          : "the next review conference must be held within";
      const previous = rule.event === "core-group" ? "the previous held core group" : "the previous review conference that kept the plan";
      const lookedAfter = rule.lookedAfterEvery
        ? ` For a looked-after child the interval is ${formatDuration(rule.lookedAfterEvery)}.`
        : "";
      return `While the plan lasts, ${subject} ${formatDuration(rule.every)} after ${previous}${countingClause(rule)}.${lookedAfter}`;
    }
    case "window-before-event": {
      const from =
        rule.earliest === "after-previous-conference"
          ? "after the previous conference"
          : `between ${formatDuration(rule.earliest)} before the conference`;
      const to = `${formatDuration(rule.latest)} before it`;
      const window = rule.earliest === "after-previous-conference" ? `${from} and no later than ${to}` : `${from} and ${to}`;
      return `Before each review conference, at least one core group must meet ${window}.`;
    }
    case "count-between-events": {
      const when = rule.whenGapMoreThan
        ? `When consecutive conferences are more than ${formatDuration(rule.whenGapMoreThan)} apart, at least`
        : "Between consecutive conferences, at least";
      const meetings = rule.minimum === 1 ? "1 core group" : `${rule.minimum} core groups`;
      const one = rule.oneSatisfying ? `, one of which must satisfy rule ${rule.oneSatisfying}` : "";
      return `${when} ${meetings} must meet strictly between them${one}.`;
    }
    case "lead-time-before-event":
      return `The social worker's report must be shared at least ${formatDuration(rule.atLeast)} before each review conference${countingClause(rule)}.`;
    case "meeting-check": {
      const consequence = rule.severity === "breach" ? "a \"no\" is a breach" : "a \"no\" is reported as a finding, not a breach";
      const checks: Record<typeof rule.check, string> = {
        chair: `Each core group meeting must be chaired by ${roles(rule.chairRoles)}`,
        "family-attendance":
          "Each core group meeting must include the parents or carers (and the child where appropriate), or those absent must have been told they may contribute in writing",
        "direct-contact-attendance":
          "Each core group meeting must include the professionals and foster carers in direct regular contact with the child",
        "plan-professionals-attendance":
          "Every professional named in the current child protection plan must attend each core group meeting",
      };
      return `${checks[rule.check]} (${consequence}).`;
    }
  }
}

/**
 * One plain-English sentence (or two) saying what a rule requires, from its parameters alone.
 *
 * @example
 * ```ts
 * describeRule(profiles["cumbria"].rules.find((r) => r.id === "working-together.first-core-group")!);
 * // "A core group must meet within 10 working days after an initial or transfer-in conference that made a plan."
 * ```
 */
export function describeRule(rule: Rule): string {
  return `${describeCore(rule)}${rollSentence(rule)}`;
}
