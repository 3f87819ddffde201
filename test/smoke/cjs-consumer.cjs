// Smoke consumer (CommonJS): require()s the installed tarball the way an application would.
"use strict";
const { caseTimelineSchema, createWorkingCalendar, evaluateCase, InvalidDateError } = require("core-group-rules");
const calendarEntry = require("core-group-rules/calendar");

const failures = [];
const check = (label, actual, expected) => {
  if (actual !== expected) failures.push(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
};

const calendar = createWorkingCalendar();
check('addWorkingDays("2022-12-15", 10)', calendar.addWorkingDays("2022-12-15", 10), "2023-01-03");
check('workingDaysBetween("2022-12-15", "2023-01-03")', calendar.workingDaysBetween("2022-12-15", "2023-01-03"), 10);
check('isWorkingDay("2022-12-26")', calendar.isWorkingDay("2022-12-26"), false);
let thrown;
try {
  calendar.addWorkingDays("2023-02-29", 1);
} catch (error) {
  thrown = error;
}
check("2023-02-29 throws InvalidDateError", thrown instanceof InvalidDateError, true);
// The zod-free subpath shares its modules with the main entry: same class, same answers.
check("calendar subpath: same InvalidDateError class", calendarEntry.InvalidDateError, InvalidDateError);
check("calendar subpath: addWorkingDays", calendarEntry.createWorkingCalendar().addWorkingDays("2022-12-15", 10), "2023-01-03");
// The schemas run on the zod/mini the build bundles, with zod's English messages.
const invalid = caseTimelineSchema.safeParse({ id: "", events: [{ type: "core-group", date: "2023-02-29" }] });
check("schema issues in English", invalid.error?.issues.map((issue) => issue.message).join(" | "), 'Too small: expected string to have >=1 characters | Invalid date "2023-02-29": 2023-02 has 28 days');
const evaluation = evaluateCase({ id: "c1", events: [{ type: "initial-conference", date: "2024-03-04", outcome: "plan" }] }, { profile: "working-together", asOf: "2024-03-29" });
check("evaluateCase: first core group due", evaluation.ok && evaluation.obligations.find((o) => o.ruleId === "working-together.first-core-group")?.dueDate, "2024-03-18");
const resolved = require.resolve("core-group-rules");
check("resolved entry", resolved.endsWith("/dist/index.cjs"), true);
const calendarResolved = require.resolve("core-group-rules/calendar");
check("resolved calendar entry", calendarResolved.endsWith("/dist/calendar.cjs"), true);

if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(`addWorkingDays("2022-12-15", 10) = ${calendar.addWorkingDays("2022-12-15", 10)} via ${resolved.slice(resolved.indexOf("core-group-rules/"))}`);
