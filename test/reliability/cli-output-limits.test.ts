// (Named cli-* because it runs the built CLI: the time-zone matrix leaves it out.)
// Outputs that grow with the data end in a bounded report, never a crash: the HTML report's team
// table with 130,000 teams, a case timeline with more than 100,000 dates, record sources with
// 1 MB case ids, and `due` with 130,000 open cases. Before, each threw "Maximum call stack size
// exceeded" (Math.max(...list), push(...list)) or made outputs as long as the ids.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { auditCases, createHtmlReport, evaluateCase, type AuditItem, type CaseEvaluation } from "../../src/index.js";
import { caseTimelineSvg } from "../../src/audit/writers/svg-case-timeline.js";
import { runCli, tempDir } from "../cli/cli-support.js";
import { ensureBuilt, expectExit } from "./support/cli-harness.js";

const AS_OF = "2024-06-01";
const TEAMS = 130_000;

/** A case that breaches (no core group after the plan), in team `team`. */
const breachingCase = (id: string, team: string) => ({
  id,
  team,
  events: [{ type: "initial-conference", date: "2024-01-02", outcome: "plan" }],
});

describe("the HTML report at scale", () => {
  it(`${TEAMS.toLocaleString("en-GB")} teams: the 100 with the most breaches, and a note counting the rest`, () => {
    // Teams T000000..T129999, one case each; teams B0..B9 have two cases each, so the most breaches.
    const timelines = [
      ...Array.from({ length: TEAMS }, (_, i) => breachingCase(`C${i}`, `T${String(i).padStart(6, "0")}`)),
      ...Array.from({ length: 20 }, (_, i) => breachingCase(`B${i}`, `B${i % 10}`)),
    ];
    const audit = auditCases(timelines, { profile: "working-together", asOf: AS_OF, checklist: false });
    const report = createHtmlReport();
    for (const item of audit) report.add(item);
    const html = report.render(audit.summary());
    const teamTable = /<table id="teams">.*?<\/table>/s.exec(html)![0];
    const rows = [...teamTable.matchAll(/<tr><td>([^<]*)<\/td>/g)].map((match) => match[1]);
    expect(rows).toHaveLength(100);
    expect(rows.slice(0, 10)).toEqual(["B0", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9"]);
    expect(rows.slice(10, 12)).toEqual(["T000000", "T000001"]);
    expect(html).toContain(
      `Showing the 100 teams with the most breaches, of ${TEAMS + 10}; ${TEAMS - 90} more teams are not shown. The JSON output and the summary CSV (<code>--format csv</code>) list every team.`,
    );
  });

  it("a case timeline with more than 100,000 dates is drawn", () => {
    const result = evaluateCase(
      {
        id: "many",
        events: [
          { type: "initial-conference", date: "2024-01-02", outcome: "plan" },
          { type: "core-group", date: "2024-01-10", attendees: [{ role: "parent" }] },
        ],
      },
      { profile: "pan-sussex", asOf: AS_OF },
    );
    if (!result.ok) throw new Error("expected an evaluation");
    const check = result.checks[0]!;
    // 130,000 checks, each on its own meeting (the drawing collects each meeting's date).
    const checks = Array.from({ length: 130_000 }, (_, index) => ({ ...check, meeting: { ...check.meeting, index } }));
    const evaluation: CaseEvaluation = { ...result, checks };
    expect(caseTimelineSvg(evaluation)).toMatch(/^<svg/);
  });

  it("a 1 MB case id is cut to 200 characters in the record's source, so the report stays small", () => {
    const longId = "L".repeat(1_000_000);
    const records = [
      { kind: "rejected" as const, source: { format: "csv" as const, recordNumber: 1, line: 2, caseId: `${longId}-a` }, rejections: [{ path: ["date"], message: "bad", line: 2 }] },
      { id: `${longId}-b`, events: [] },
    ];
    const items: AuditItem[] = [...auditCases(records, { profile: "working-together", asOf: AS_OF })];
    expect(items.map((item) => item.source.caseId)).toEqual([`${"L".repeat(200)}...`, `${"L".repeat(200)}...`]);
    const report = createHtmlReport();
    const audit = auditCases(records, { profile: "working-together", asOf: AS_OF });
    for (const item of audit) report.add(item);
    expect(report.render(audit.summary()).length).toBeLessThan(100_000);
  });
});

describe("due at scale", () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it("130,000 open cases: every one listed, soonest first", () => {
    const dir = tempDir();
    const file = join(dir, "open.jsonl");
    const lines: string[] = [];
    for (let i = 0; i < TEAMS; i++) lines.push(JSON.stringify(breachingCase(`C${String(i).padStart(6, "0")}`, "T")));
    writeFileSync(file, `${lines.join("\n")}\n`);
    const run = runCli(["due", file, "--profile", "working-together", "--as-of", "2024-01-03"]);
    expectExit(run, 0);
    const text = run.stdout.split("\n");
    expect(text[0]).toBe(`What is due next as of 2024-01-03 (profile working-together): ${TEAMS} open cases`);
    const caseLines = text.filter((line) => / C\d{6} /.test(line));
    expect(caseLines).toHaveLength(readFileSync(file, "utf8").split("\n").filter(Boolean).length);
    // All due the same day, so in case id order.
    const ids = caseLines.map((line) => / (C\d{6}) /.exec(line)![1]!);
    expect(ids).toEqual([...ids].sort());
  });
});
