import { describeRule, formatDuration } from "./describe-rule.js";
import type { Profile } from "./profile.js";
import type { Checklist, Citation, Duration, Rule } from "./profile-schema.js";

const DESCRIPTIVE_KEYS = new Set(["id", "title", "description", "citation", "reading", "kind", "counting", "dueDateRoll"]);

function isDuration(value: unknown): value is Duration {
  return typeof value === "object" && value !== null && "n" in value && "unit" in value;
}

/**
 * Text from a profile as Markdown that shows it as it is and can never become HTML or a link:
 * `<` is written as `&lt;` (no tag, comment or autolink can start), and `\`, `[` and `]` are
 * backslash-escaped (no link, image or link reference definition can form).
 */
function text(value: string): string {
  return value.replace(/[\\[\]]/g, "\\$&").replaceAll("<", "&lt;");
}

/** A code span of any text: its fence is one backtick longer than the longest run of backticks inside. */
function code(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = longest > 0 || value.startsWith(" ") || value.endsWith(" ") ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A link to a web page only (`http:` or `https:`); any other address (`javascript:`, `data:`, ...) is shown as text. */
function webLink(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : text(url);
}

function formatValue(value: unknown): string {
  if (isDuration(value)) return formatDuration(value);
  if (Array.isArray(value)) return value.map((item) => code(String(item))).join(", ");
  return code(String(value));
}

/** The rule's parameters as `name: value` pairs, with the counting defaults made explicit. */
function parameters(rule: Rule): string {
  const own = Object.entries(rule)
    .filter(([key]) => !DESCRIPTIVE_KEYS.has(key))
    .map(([key, value]) => `${key} ${formatValue(value)}`);
  const counting = rule.counting ? `\`${rule.counting}\`` : "`exclusive` (default)";
  const roll = rule.dueDateRoll ? `\`${rule.dueDateRoll}\`` : "`none` (default)";
  return [...own, `counting ${counting}`, `dueDateRoll ${roll}`].join("; ");
}

function blockquote(text: string): string {
  return text
    .split("\n")
    .map((line) => `> ${line}`.trimEnd())
    .join("\n");
}

function citationLines(citation: Citation): string[] {
  const source = citation.section ? `${citation.document}, ${citation.section}` : citation.document;
  return [`Source: ${text(source)}`, "", blockquote(text(citation.quote)), ...(citation.url ? ["", webLink(citation.url)] : [])];
}

function cell(value: string): string {
  return text(value).replaceAll("|", "\\|").replaceAll("\n", "<br>");
}

function renderRule(rule: Rule): string {
  return [
    `### \`${rule.id}\`: ${text(rule.title)}`,
    "",
    text(describeRule(rule)),
    "",
    text(rule.description),
    "",
    `- Kind: \`${rule.kind}\``,
    `- Parameters: ${parameters(rule)}`,
    `- Reading (${rule.reading.decisions.join(", ") || "no decision"}): ${text(rule.reading.text)}`,
    "",
    ...citationLines(rule.citation),
  ].join("\n");
}

function renderChecklist(checklist: Checklist): string {
  const rows = checklist.items.map((item, index) => {
    const answeredBy = item.answeredBy.source === "rule" ? `rule \`${item.answeredBy.ruleId}\`` : "recorded answer";
    return `| ${index + 1} | \`${item.id}\` | ${cell(item.section)} | ${cell(item.text)} | \`${item.scope}\` | ${answeredBy} |`;
  });
  return [
    `### Checklist: ${text(checklist.title)}`,
    "",
    ...citationLines(checklist.citation),
    "",
    "| # | Item | Section | Line | Scope | Answered by |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/**
 * A Markdown section describing one profile: its identity, then each rule (id, title, the
 * plain-English sentence, parameters, reading with decision ids, citation with the quote as a
 * blockquote and the URL), then its checklist as a table. The profile's text is shown as text:
 * it can never become HTML (`<` is written `&lt;`) or a link (`[` and `]` are escaped; only an
 * `http:` or `https:` citation URL is made a link), so a council's profile file cannot put a
 * script or a `javascript:` link in a page made from it.
 *
 * @example
 * ```ts
 * const markdown = renderProfileMarkdown(profiles["medway"]);
 * markdown.startsWith("## Medway (`medway`)"); // true
 * ```
 */
export function renderProfileMarkdown(profile: Profile): string {
  const parent = profile.lineage.length > 1 ? profile.lineage[profile.lineage.length - 2] : undefined;
  const header = [
    `## ${text(profile.name)} (\`${profile.id}\`)`,
    "",
    ...(profile.description ? [text(profile.description), ""] : []),
    "| Field | Value |",
    "|---|---|",
    `| Id | \`${profile.id}\` |`,
    `| Version | ${cell(profile.version)} |`,
    `| Extends | ${parent ? `\`${parent}\`` : "none"} |`,
    `| Lineage | ${profile.lineage.map((id) => `\`${id}\``).join(" > ")} |`,
    `| Region | \`${profile.region}\` |`,
    `| Closure days | ${profile.closureDays.join(", ") || "none"} |`,
    `| Rules | ${profile.rules.length} |`,
  ].join("\n");
  const sections = [header, ...profile.rules.map(renderRule)];
  if (profile.checklist) sections.push(renderChecklist(profile.checklist));
  return `${sections.join("\n\n")}\n`;
}

/**
 * The whole rules catalogue (docs/rules.md): a title, then `renderProfileMarkdown` of each profile.
 *
 * @example
 * ```ts
 * const catalogue = renderRulesCatalogue(Object.values(profiles));
 * ```
 */
export function renderRulesCatalogue(list: readonly Profile[]): string {
  const intro = [
    "# Rules catalogue",
    "",
    "Generated from the built-in profile data by `npm run docs:rules`; do not edit by hand",
    "(test/policy/rules-doc.test.ts fails when this file and the data differ).",
    "The readings (D1-D25) are explained in [interpretations.md](interpretations.md); how to write",
    "a council profile is in [profiles.md](profiles.md).",
    "",
    ...list.map((profile) => `- [${profile.name} (\`${profile.id}\`)](#${anchorOf(profile)})`),
  ].join("\n");
  return [intro, ...list.map(renderProfileMarkdown)].join("\n\n");
}

function anchorOf(profile: Profile): string {
  return `${profile.name} (${profile.id})`
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .replaceAll(" ", "-");
}
