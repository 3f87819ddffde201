// Opens the HTML report in Debian's Chromium (never a downloaded browser) with playwright-core.
// playwright-core launches it with a new empty profile directory of its own.
// In CI (CI=true) a missing /usr/bin/chromium FAILS this test; locally it is skipped with a message.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleJsonLines } from "../audit/support/sample-timelines.js";
import { ensureBuilt, ROOT, runCli, tempDir } from "../cli/cli-support.js";

const CHROMIUM = "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const inCi = process.env["CI"] === "true" || process.env["CI"] === "1";
const SCREENSHOT = join(ROOT, "test/browser/__screenshots__/report.png");

if (!available && !inCi) {
  process.stderr.write(`test/browser/report.test.ts: skipped: ${CHROMIUM} not found (apt-get install -y chromium); in CI this fails.\n`);
}

let reportPath: string;
let summary: Record<string, any>;

describe("HTML report in Chromium", () => {
  beforeAll(() => {
    if (!available && !inCi) return;
    ensureBuilt();
    const dir = tempDir();
    const cases = join(dir, "cases.jsonl");
    writeFileSync(cases, sampleJsonLines(80, 9, 0.05));
    reportPath = join(dir, "report.html");
    const html = runCli(["audit", cases, "--profile", "pan-sussex", "--as-of", "2025-03-31", "--format", "html", "--out", reportPath]);
    expect(html.code, html.stderr).toBe(0);
    const json = runCli(["audit", cases, "--profile", "pan-sussex", "--as-of", "2025-03-31", "--format", "json"]);
    summary = JSON.parse(json.stdout).summary;
  }, 120_000);

  it.skipIf(!available && !inCi)("renders with no console errors, no network, and the JSON output's figures", async () => {
    expect(available, `${CHROMIUM} is missing: install Debian's chromium (see .ci/run)`).toBe(true);
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("request", (request) => requests.push(request.url()));
      const url = pathToFileURL(reportPath).href;
      await page.goto(url, { waitUntil: "load" });

      const figure = async (name: string) => (await page.locator(`[data-figure="${name}"]`).first().textContent())?.trim();
      expect(await figure("records.read")).toBe(String(summary.records.read));
      expect(await figure("records.evaluated")).toBe(String(summary.records.evaluated));
      expect(await figure("records.rejected")).toBe(String(summary.records.rejected));
      expect(await figure("total")).toBe(String(summary.total));
      expect(await figure("casesWithBreaches")).toBe(String(summary.casesWithBreaches));
      expect(await figure("breachesAll")).toBe(String(summary.breaches + summary.checkBreaches));
      expect(await figure("percentMetOnTime")).toBe(`${summary.percentMetOnTime.toFixed(1)}%`);
      for (const rule of summary.rules) {
        for (const status of ["met", "late", "missing", "pending", "exception", "not-applicable"]) {
          expect(await figure(`rule.${rule.ruleId}.${status}`), `${rule.ruleId} ${status}`).toBe(String(rule.counts[status]));
        }
        const shown = await figure(`rule.${rule.ruleId}.percentMetOnTime`);
        expect(shown).toBe(rule.percentMetOnTime === null ? "–" : `${rule.percentMetOnTime.toFixed(1)}%`);
      }
      expect(await page.locator("svg.chart").count()).toBe(summary.rules.filter((r: { percentMetOnTime: number | null }) => r.percentMetOnTime !== null).length);
      expect(await page.locator("svg.timeline").count()).toBeGreaterThan(0);

      mkdirSync(join(ROOT, "test/browser/__screenshots__"), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
      expect(readFileSync(SCREENSHOT).length).toBeGreaterThan(10_000);

      expect(errors).toEqual([]);
      expect(requests).toEqual([url]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
