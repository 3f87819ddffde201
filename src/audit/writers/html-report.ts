import type { CaseEvaluation, Obligation } from "../../case/evaluation-types.js";
import type { AuditItem } from "../audit-item.js";
import type { RecordSource, Rejection } from "../input-record.js";
import type { AuditSummary, GroupSummary } from "../summary/summary-types.js";
import { escapeHtml } from "./html-escape.js";
import { indicatorsSectionHtml } from "./html-indicators.js";
import { caseTimelineSvg, STATUS_COLOURS } from "./svg-case-timeline.js";
import { monthChartSvg } from "./svg-month-chart.js";
import { issuePathText } from "../../model/issue.js";

/**
 * Caps that keep the HTML report bounded in size whatever the number of cases.
 *
 * @example
 * ```ts
 * const report = createHtmlReport({ maxBreaches: 500, maxCaseTimelines: 50 });
 * ```
 */
export interface HtmlReportOptions {
  /** Rows of the breach list. Default 1000. */
  readonly maxBreaches?: number;
  /** Cases with breaches drawn as timelines. Default 200. */
  readonly maxCaseTimelines?: number;
  /** Rows of the rejected-records list. Default 200. */
  readonly maxRejections?: number;
  /** Rows of the table by team: the teams with the most breaches. Default 100. */
  readonly maxTeams?: number;
  /** The report's title. Default "Child protection timescales audit". */
  readonly title?: string;
  /** Extra lines for the report's header (e.g. the input files), shown as given (escaped). */
  readonly notes?: readonly string[];
}

/**
 * Collects what the HTML report shows while an audit streams (bounded by the caps), then renders
 * one self-contained HTML document: inline CSS and SVG, no scripts, no external assets or fonts,
 * every piece of case data HTML-escaped.
 *
 * @example
 * ```ts
 * const report = createHtmlReport();
 * for await (const item of audit) report.add(item);
 * const html = report.render(audit.summary());
 * ```
 */
export interface HtmlReport {
  add(item: AuditItem): void;
  render(summary: AuditSummary): string;
}

interface BreachRow {
  readonly caseId: string;
  readonly team: string | null;
  readonly ruleId: string;
  readonly title: string;
  readonly status: string;
  readonly date: string;
  readonly actualDate: string | null;
  readonly workingDaysLate: number | null;
  readonly explanation: string;
}

const CSS = `
:root{--ink:#1d2430;--muted:#5b6472;--line:#d9dee5;--bg:#f5f7fa;--card:#fff;--accent:#1f4e79}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header{background:var(--accent);color:#fff;padding:20px 32px}
header h1{margin:0 0 4px;font-size:22px;font-weight:600}
header p{margin:2px 0;opacity:.9}
main{max-width:1200px;margin:0 auto;padding:20px 32px 48px}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:16px 0}
h2{font-size:17px;margin:0 0 12px;color:var(--accent)}
h3{font-size:15px;margin:16px 0 6px}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:12px}
.tile{border:1px solid var(--line);border-radius:6px;padding:10px 12px}
.tile .value{font-size:24px;font-weight:600}
.tile .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:#eef2f7;font-weight:600;position:sticky;top:0}
td.date{white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total td{font-weight:600;border-top:2px solid var(--ink)}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
.muted{color:var(--muted)}
.note{background:#fff8e1;border:1px solid #f0d78c;border-radius:6px;padding:8px 12px}
.status{display:inline-block;padding:1px 7px;border-radius:10px;color:#fff;font-size:12px;white-space:nowrap}
.chart,.timeline{width:100%;height:auto;display:block}
.chart .grid{stroke:#e3e7ed}.chart .tick{stroke:#9aa3af}
.axis{font-size:11px;fill:var(--muted)}
.panels{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:12px 24px}
.panel{margin:0}.panel figcaption{font-size:13px;margin-bottom:2px}
.legend{list-style:none;padding:0;margin:8px 0 0;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:12px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:-1px}
.timeline .lane-label{font-size:11px;fill:var(--ink)}
.timeline .axis-line{stroke:#9aa3af}
.timeline .span{stroke:#c3c9d2;stroke-width:2}
.timeline .due{stroke:var(--ink);stroke-width:1.5}
.timeline .year{stroke:#e3e7ed}
.timeline .as-of{stroke:#1f5fa8;stroke-dasharray:4 3}
.timeline .event{fill:#fff;stroke:var(--ink);stroke-width:1.5}
.timeline .event-label{font-size:10px;fill:var(--muted)}
details.case{border-top:1px solid var(--line);padding:8px 0}
details.case summary{cursor:pointer;font-weight:600}
.scroll{max-height:640px;overflow:auto;border:1px solid var(--line);border-radius:6px}
footer{color:var(--muted);font-size:12px;text-align:center;padding:16px}
@media print{.scroll{max-height:none;overflow:visible}header{background:#fff;color:var(--ink)}}
`;

function statusBadge(status: string): string {
  const colour = (STATUS_COLOURS as Record<string, string>)[status] ?? "#555";
  return `<span class="status" style="background:${colour}">${escapeHtml(status)}</span>`;
}

function num(value: number | null, figure?: string): string {
  const attr = figure === undefined ? "" : ` data-figure="${escapeHtml(figure)}"`;
  return `<td class="num"${attr}>${value === null ? "&ndash;" : escapeHtml(value)}</td>`;
}

function percent(value: number | null, figure?: string): string {
  const attr = figure === undefined ? "" : ` data-figure="${escapeHtml(figure)}"`;
  return `<td class="num"${attr}>${value === null ? "&ndash;" : `${escapeHtml(value.toFixed(1))}%`}</td>`;
}

function groupCells(group: GroupSummary, prefix?: string): string {
  const f = (name: string): string | undefined => (prefix === undefined ? undefined : `${prefix}.${name}`);
  const c = group.counts;
  return [
    num(c.met, f("met")),
    num(c.late, f("late")),
    num(c.missing, f("missing")),
    num(c.pending, f("pending")),
    num(c.exception, f("exception")),
    num(c["not-applicable"], f("not-applicable")),
    num(group.total, f("total")),
    percent(group.percentMetOnTime, f("percentMetOnTime")),
    num(group.lateness.medianWorkingDays, f("medianWorkingDays")),
    num(group.lateness.p90WorkingDays, f("p90WorkingDays")),
  ].join("");
}

const GROUP_HEAD =
  `<th class="num">Met</th><th class="num">Late</th><th class="num">Missing</th><th class="num">Pending</th>` +
  `<th class="num">Exception</th><th class="num">N/A</th><th class="num">Total</th><th class="num">Met on time</th>` +
  `<th class="num">Median WD late</th><th class="num">P90 WD late</th>`;

function sourceLabel(source: RecordSource): string {
  const where = [source.file, source.line === undefined ? `record ${source.recordNumber}` : `line ${source.line}`]
    .filter((part) => part !== undefined)
    .join(" ");
  return where;
}

/** Where an issue is, for the rejections table: its path, then its line and column when known. */
function issueWhere(issue: Rejection): string {
  const line = issue.line === undefined ? [] : [`line ${issue.line}`];
  const column = issue.column === undefined ? [] : [`column ${issue.column}`];
  return [issuePathText(issue.path), ...line, ...column].filter((part) => part !== "").join(", ");
}

function breachRow(caseId: string, team: string | null, o: Obligation): BreachRow {
  return {
    caseId,
    team,
    ruleId: o.ruleId,
    title: o.title,
    status: o.status,
    date: o.dueDate,
    actualDate: o.actualDate,
    workingDaysLate: o.workingDaysLate,
    explanation: o.explanation,
  };
}

/** The `count` teams with the most breaches (late + missing), most first, then by name. */
function teamsWithMostBreaches(teams: readonly (GroupSummary & { readonly key: string })[], count: number) {
  if (teams.length <= count) return teams;
  return [...teams].sort((a, b) => b.breaches - a.breaches || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, count);
}

/**
 * Makes an {@link HtmlReport} collector.
 *
 * @example
 * ```ts
 * const report = createHtmlReport({ title: "Medway audit, 2024-25" });
 * for await (const item of audit) report.add(item);
 * await writeFile("report.html", report.render(audit.summary()));
 * ```
 */
export function createHtmlReport(options: HtmlReportOptions = {}): HtmlReport {
  const maxBreaches = options.maxBreaches ?? 1000;
  const maxCases = options.maxCaseTimelines ?? 200;
  const maxRejections = options.maxRejections ?? 200;
  const maxTeams = options.maxTeams ?? 100;
  const breaches: BreachRow[] = [];
  const cases: CaseEvaluation[] = [];
  const rejections: { source: RecordSource; stage: string; rejection: Rejection }[] = [];
  let breachCount = 0;
  let rejectionCount = 0;

  return {
    add(item) {
      if (item.kind === "rejected") {
        for (const rejection of item.rejections) {
          rejectionCount += 1;
          if (rejections.length < maxRejections) rejections.push({ source: item.source, stage: item.stage, rejection });
        }
        return;
      }
      const evaluation = item.evaluation;
      if (evaluation.breaches.length === 0) return;
      for (const breach of evaluation.breaches) {
        breachCount += 1;
        if (breaches.length >= maxBreaches) continue;
        if (breach.kind === "obligation") breaches.push(breachRow(evaluation.caseId, evaluation.team, breach.obligation));
        else
          breaches.push({
            caseId: evaluation.caseId,
            team: evaluation.team,
            ruleId: breach.ruleId,
            title: breach.check.title,
            status: `check: ${breach.check.answer}`,
            date: breach.date,
            actualDate: breach.check.meeting.date,
            workingDaysLate: null,
            explanation: breach.check.evidence,
          });
      }
      if (cases.length < maxCases) cases.push(evaluation);
    },

    render(summary) {
      const title = options.title ?? "Child protection timescales audit";
      const out: string[] = [];
      out.push(
        `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">`,
        `<meta name="viewport" content="width=device-width, initial-scale=1">`,
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
        `<title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>`,
        `<header><h1>${escapeHtml(title)}</h1>`,
        `<p>Profile <strong>${escapeHtml(summary.profile.name)}</strong> <span>(${escapeHtml(summary.profile.id)}, version ${escapeHtml(summary.profile.version)})</span> &middot; audit date <strong data-figure="asOf">${escapeHtml(summary.asOf)}</strong></p>`,
      );
      for (const note of options.notes ?? []) out.push(`<p>${escapeHtml(note)}</p>`);
      out.push(`</header><main>`);
      out.push(indicatorsSectionHtml(summary.indicators, summary.unsupportedIndicators));

      // Headline figures.
      const tiles: [string, string, string][] = [
        ["Records read", String(summary.records.read), "records.read"],
        ["Cases evaluated", String(summary.records.evaluated), "records.evaluated"],
        ["Records rejected", String(summary.records.rejected), "records.rejected"],
        ["Obligations", String(summary.total), "total"],
        ["Met on time", summary.percentMetOnTime === null ? "–" : `${summary.percentMetOnTime.toFixed(1)}%`, "percentMetOnTime"],
        ["Breaches", String(summary.breaches + summary.checkBreaches), "breachesAll"],
        ["Cases with breaches", String(summary.casesWithBreaches), "casesWithBreaches"],
      ];
      out.push(
        `<section><h2>At a glance</h2><div class="tiles">`,
        ...tiles.map(
          ([label, value, figure]) =>
            `<div class="tile"><div class="value" data-figure="${figure}">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div></div>`,
        ),
        `</div><p class="muted">Met on time = met / (met + late + missing). Pending, exception and not-applicable obligations are left out of it. ` +
          `Lateness (median, 90th percentile) is in working days over late obligations only, nearest-rank. ` +
          `Breaches = obligations late or missing, plus breach-severity checks answered no.</p></section>`,
      );

      if (summary.unsupportedRules.length > 0) {
        out.push(
          `<section><h2>Rules this input cannot support</h2><p class="note">These rules were left out of the audit:</p><ul>`,
          ...summary.unsupportedRules.map(
            (rule) => `<li><strong>${escapeHtml(rule.title)}</strong> <code>${escapeHtml(rule.ruleId)}</code>: ${escapeHtml(rule.reason)}</li>`,
          ),
          `</ul></section>`,
        );
      }

      // Summary table.
      out.push(
        `<section><h2>Summary by rule</h2><table id="summary"><thead><tr><th>Rule</th>${GROUP_HEAD}</tr></thead><tbody>`,
        ...summary.rules.map(
          (rule) =>
            `<tr data-rule="${escapeHtml(rule.ruleId)}"><td>${escapeHtml(rule.title)}<br><code>${escapeHtml(rule.ruleId)}</code></td>${groupCells(rule, `rule.${rule.ruleId}`)}</tr>`,
        ),
        `<tr class="total"><td>All rules</td>${groupCells(summary, "all")}</tr></tbody></table></section>`,
      );

      if (summary.checks.length > 0) {
        out.push(
          `<section><h2>Meeting checks</h2><table id="checks"><thead><tr><th>Check</th><th>Severity</th><th class="num">Yes</th><th class="num">No</th><th class="num">Not recorded</th><th class="num">N/A</th><th class="num">Total</th></tr></thead><tbody>`,
          ...summary.checks.map(
            (check) =>
              `<tr><td>${escapeHtml(check.title)}<br><code>${escapeHtml(check.ruleId)}</code></td><td>${escapeHtml(check.severity)}</td>` +
              `${num(check.answers.yes)}${num(check.answers.no)}${num(check.answers["not-recorded"])}${num(check.answers["not-applicable"])}${num(check.total)}</tr>`,
          ),
          `</tbody></table></section>`,
        );
      }

      out.push(`<section><h2>Met on time by month of due date</h2>${monthChartSvg(summary.rules)}</section>`);

      if (summary.byTeam.length > 0) {
        const teams = teamsWithMostBreaches(summary.byTeam, maxTeams);
        out.push(`<section><h2>By team</h2>`);
        if (summary.byTeam.length > teams.length) {
          const more = summary.byTeam.length - teams.length;
          out.push(
            `<p class="note">Showing the ${teams.length} teams with the most breaches, of ${summary.byTeam.length}; ${more} more team${more === 1 ? " is" : "s are"} not shown. The JSON output and the summary CSV (<code>--format csv</code>) list every team.</p>`,
          );
        }
        out.push(`<table id="teams"><thead><tr><th>Team</th>${GROUP_HEAD}</tr></thead><tbody>`);
        for (const team of teams) out.push(`<tr><td>${escapeHtml(team.key)}</td>${groupCells(team)}</tr>`);
        out.push(`</tbody></table></section>`);
      }

      // Breach list.
      out.push(`<section><h2>Breaches</h2>`);
      if (breachCount === 0) out.push(`<p>No breaches.</p>`);
      else {
        if (breachCount > breaches.length) {
          out.push(
            `<p class="note">Showing the first ${breaches.length} of ${breachCount} breaches; ${breachCount - breaches.length} are not shown. The CSV or JSON output lists them all.</p>`,
          );
        }
        out.push(
          `<div class="scroll"><table id="breaches"><thead><tr><th>Case</th><th>Team</th><th>Rule</th><th>Status</th><th>Due</th><th>Done</th><th class="num">WD late</th><th>Why</th></tr></thead><tbody>`,
        );
        for (const b of breaches) {
          out.push(
            `<tr><td>${escapeHtml(b.caseId)}</td><td>${escapeHtml(b.team)}</td><td>${escapeHtml(b.title)}<br><code>${escapeHtml(b.ruleId)}</code></td>` +
              `<td>${statusBadge(b.status)}</td><td class="date">${escapeHtml(b.date)}</td><td class="date">${b.actualDate === null ? "&ndash;" : escapeHtml(b.actualDate)}</td>${num(b.workingDaysLate)}<td>${escapeHtml(b.explanation)}</td></tr>`,
          );
        }
        out.push(`</tbody></table></div>`);
      }
      out.push(`</section>`);

      // Case timelines.
      if (cases.length > 0) {
        out.push(
          `<section><h2>Cases with breaches</h2><p class="muted">Each drawing shows the case's events (top lane) and one lane per obligation: grey from its anchor to the due date (black tick); ` +
            `then, for a breach, a coloured bar to when it happened (dot) or to the audit date (diamond) when it has not. The dashed blue line is the audit date.</p>`,
        );
        if (summary.casesWithBreaches > cases.length) {
          out.push(
            `<p class="note">Showing the first ${cases.length} of ${summary.casesWithBreaches} cases with breaches; ${summary.casesWithBreaches - cases.length} are not shown.</p>`,
          );
        }
        out.push(
          `<p>${Object.entries(STATUS_COLOURS)
            .map(([status]) => statusBadge(status))
            .join(" ")}</p>`,
        );
        for (const evaluation of cases) {
          const team = evaluation.team === null ? "" : ` &middot; ${escapeHtml(evaluation.team)}`;
          out.push(
            `<details class="case" open><summary>Case ${escapeHtml(evaluation.caseId)}${team} &middot; ${evaluation.breaches.length} breach${evaluation.breaches.length === 1 ? "" : "es"}</summary>`,
            caseTimelineSvg(evaluation),
            `</details>`,
          );
        }
        out.push(`</section>`);
      }

      if (rejectionCount > 0) {
        out.push(`<section><h2>Rejected records</h2>`);
        if (rejectionCount > rejections.length) {
          out.push(`<p class="note">Showing the first ${rejections.length} of ${rejectionCount} reasons; ${rejectionCount - rejections.length} are not shown.</p>`);
        }
        out.push(
          `<div class="scroll"><table id="rejections"><thead><tr><th>Record</th><th>Case</th><th>Stage</th><th>Problem</th><th>Where</th><th>Why</th></tr></thead><tbody>`,
        );
        for (const { source, stage, rejection } of rejections) {
          out.push(
            `<tr><td>${escapeHtml(sourceLabel(source))}</td><td>${escapeHtml(source.caseId)}</td><td>${escapeHtml(stage)}</td><td><code>${escapeHtml(rejection.code)}</code></td><td><code>${escapeHtml(issueWhere(rejection))}</code></td><td>${escapeHtml(rejection.message)}</td></tr>`,
          );
        }
        out.push(`</tbody></table></div></section>`);
      }

      out.push(
        `</main><footer>Made by core-group-rules. Self-contained: no scripts, no external resources.</footer></body></html>\n`,
      );
      return out.join("");
    },
  };
}
