import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT, runCli } from "./cli-support.js";
import { cliWorkspace } from "./cli-workspace.js";

// Outputs go to temporary files beside their targets, renamed into place only when the run
// succeeds; an --out that would overwrite an input is refused; a file given twice is read once.

let dir: string;
let cases: string;

beforeAll(() => {
  ({ dir, cases } = cliWorkspace());
}, 120_000);

const AUDIT = ["--profile", "medway", "--as-of", "2025-03-31"];
/** A regular file to `stat` whose every read fails (EIO), even for root (chmod 000 does not stop root). */
const UNREADABLE = "/proc/self/mem";
const EXAMPLE_PROFILE = join(ROOT, "examples/profiles/example-council.json");

/** A new empty directory holding a copy of the sample cases as `cases.jsonl`. */
function folderWithCases(): { folder: string; input: string } {
  const folder = mkdtempSync(join(dir, "run-"));
  const input = join(folder, "cases.jsonl");
  copyFileSync(cases, input);
  return { folder, input };
}

/** Every file of a directory with its bytes (base64), to show that nothing in it changed. */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(join(folder, name)).toString("base64")]),
  );
}

function expectOneErrorLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^core-group-rules: /);
  expect(lines[0]).toMatch(pattern);
}

describe("audit refuses an output that is an input or the profile file", () => {
  it("refuses --out naming the input itself, and leaves it whole", () => {
    const { folder, input } = folderWithCases();
    const before = snapshot(folder);
    const r = runCli(["audit", input, ...AUDIT, "--format", "jsonl", "--out", input]);
    expect(r.code).toBe(2);
    expectOneErrorLine(r.stderr, /refusing to write .*cases\.jsonl: it is the input file/);
    expect(snapshot(folder)).toEqual(before);
  });

  it("refuses --out reaching an input through a symlink or a hard link", () => {
    const { folder, input } = folderWithCases();
    symlinkSync(input, join(folder, "link.jsonl"));
    linkSync(input, join(folder, "hard.jsonl"));
    const before = snapshot(folder);
    for (const out of ["link.jsonl", "hard.jsonl"]) {
      const r = runCli(["audit", input, ...AUDIT, "--out", join(folder, out)]);
      expect(r.code, out).toBe(2);
      expectOneErrorLine(r.stderr, new RegExp(`refusing to write .*${out}: it is the input file \\(.*cases\\.jsonl, the same file\\)`));
    }
    // and the other way round: the input given through the link, --out naming the file itself
    const r = runCli(["audit", join(folder, "hard.jsonl"), ...AUDIT, "--out", input]);
    expect(r.code).toBe(2);
    expect(snapshot(folder)).toEqual(before);
  });

  it("refuses a summary or rejected-records file beside a CSV --out that is an input or the profile file", () => {
    const { folder, input } = folderWithCases();
    const events = join(folder, "audit.summary.csv"); // a CSV event log named like the summary of --out audit.csv
    copyFileSync(join(ROOT, "examples/data/events.csv"), events);
    const profile = join(folder, "audit.rejected.csv"); // a profile file (JSON, whatever its name)
    copyFileSync(EXAMPLE_PROFILE, profile);
    const before = snapshot(folder);
    const onEvents = runCli(["audit", events, "--as-of", "2025-03-31", "--format", "csv", "--out", join(folder, "audit.csv")]);
    expect(onEvents.code).toBe(2);
    expectOneErrorLine(onEvents.stderr, /refusing to write .*audit\.summary\.csv: it is the input file/);
    const onProfile = runCli(["audit", input, "--profile-file", profile, "--as-of", "2025-03-31", "--format", "csv", "--out", join(folder, "audit.csv")]);
    expect(onProfile.code).toBe(2);
    expectOneErrorLine(onProfile.stderr, /refusing to write .*audit\.rejected\.csv: it is the profile file/);
    const onProfileMain = runCli(["audit", input, "--profile-file", profile, "--as-of", "2025-03-31", "--format", "json", "--out", profile]);
    expect(onProfileMain.code).toBe(2);
    expect(snapshot(folder)).toEqual(before);
  });

  it("still writes through a symlinked --out that is not an input, keeping the link", () => {
    const { folder, input } = folderWithCases();
    const real = join(folder, "real.json");
    writeFileSync(real, "old");
    symlinkSync(real, join(folder, "report.json"));
    const r = runCli(["audit", input, ...AUDIT, "--out", join(folder, "report.json")]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(real, "utf8")).format).toBe("core-group-rules/audit@1");
    expect(readFileSync(join(folder, "report.json"), "utf8")).toBe(readFileSync(real, "utf8"));
    expect(readdirSync(folder).sort()).toEqual(["cases.jsonl", "real.json", "report.json"]);
  });
});

describe("audit writes its outputs whole or not at all", () => {
  it.skipIf(!existsSync(UNREADABLE))("leaves an earlier report byte for byte as it was when a second input cannot be read", () => {
    const { folder, input } = folderWithCases();
    const out = join(folder, "audit.csv");
    writeFileSync(out, "earlier report\r\n");
    writeFileSync(join(folder, "audit.summary.csv"), "earlier summary\r\n");
    writeFileSync(join(folder, "audit.rejected.csv"), "earlier rejections\r\n");
    const before = snapshot(folder);
    const r = runCli(["audit", input, UNREADABLE, "--input", "jsonl", ...AUDIT, "--format", "csv", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(snapshot(folder)).toEqual(before); // no temporary file left either
  });

  it.skipIf(!existsSync(UNREADABLE))("creates no file, finished-looking or temporary, when an error comes part-way", () => {
    const { folder } = folderWithCases();
    // More than 1 MB of output is written (to the temporary file) before the second file fails.
    const first = join(ROOT, "examples/data/medway.jsonl");
    const r = runCli(["audit", first, UNREADABLE, "--input", "jsonl", ...AUDIT, "--format", "jsonl", "--out", join(folder, "audit.jsonl")]);
    expect(r.code).toBe(2);
    expect(readdirSync(folder)).toEqual(["cases.jsonl"]);
  });

  describe("on a full disk", () => {
    // A 256 KB file system (tmpfs, mounted when the tests run as root and may mount; else skipped).
    let small: string | undefined;
    beforeAll(() => {
      const folder = mkdtempSync(join(dir, "small-"));
      if (process.platform === "linux" && spawnSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", folder]).status === 0) small = folder;
    });
    afterAll(() => {
      if (small !== undefined) spawnSync("umount", [small]);
    });

    it("fails with exit 2 naming the file, and leaves the earlier report and nothing else", (context) => {
      if (small === undefined) return context.skip();
      const out = join(small, "audit.csv");
      writeFileSync(out, "earlier report\r\n");
      const before = snapshot(small);
      const r = runCli(["audit", join(ROOT, "examples/data/medway.jsonl"), ...AUDIT, "--format", "csv", "--out", out]);
      expect(r.code).toBe(2);
      expectOneErrorLine(r.stderr, /cannot write .*audit\.csv: ENOSPC/);
      expect(snapshot(small)).toEqual(before);
    });
  });

  it("replaces an earlier report only once the new one is complete", () => {
    const { folder, input } = folderWithCases();
    const out = join(folder, "audit.csv");
    writeFileSync(out, "earlier report\r\n");
    const r = runCli(["audit", input, ...AUDIT, "--format", "csv", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^\uFEFFcase_id,/);
    expect(readdirSync(folder).sort()).toEqual(["audit.csv", "audit.rejected.csv", "audit.summary.csv", "cases.jsonl"]);
  });
});

describe("audit stopped by a signal", () => {
  /** About 8.6 MB of JSON Lines: several seconds of auditing, so the signal lands mid-run. */
  function bigInput(folder: string): string {
    const path = join(folder, "big.jsonl");
    writeFileSync(path, readFileSync(join(ROOT, "examples/data/pan-sussex.jsonl"), "utf8").repeat(4));
    return path;
  }

  /** Whether the folder holds a temporary output file of more than `bytes` bytes. */
  function temporaryOver(folder: string, bytes: number): boolean {
    return readdirSync(folder).some((name) => {
      try {
        return name.endsWith(".tmp") && statSync(join(folder, name)).size > bytes;
      } catch {
        return false; // renamed or removed in between
      }
    });
  }

  /**
   * Runs the CLI, waits until it has written more than `bytes` bytes to a temporary output file
   * (so it is mid-run however busy the machine is), signals it and resolves with its exit.
   */
  function signalMidRun(args: string[], folder: string, signal: NodeJS.Signals, bytes: number) {
    return new Promise<{ code: number | null; stderr: string; sawTemporary: boolean }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      let sawTemporary = false;
      child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
      const poll = setInterval(() => {
        if (!temporaryOver(folder, bytes)) return;
        clearInterval(poll);
        sawTemporary = true;
        child.kill(signal);
      }, 10);
      child.on("error", reject);
      child.on("exit", (code) => {
        clearInterval(poll);
        resolve({ code, stderr, sawTemporary });
      });
    });
  }

  it("exits 130 on SIGINT with worker threads, removing its temporary files and leaving earlier files as they were", async () => {
    const { folder } = folderWithCases();
    const input = bigInput(folder);
    writeFileSync(join(folder, "audit.csv"), "earlier report\r\n");
    writeFileSync(join(folder, "audit.summary.csv"), "earlier summary\r\n");
    const before = snapshot(folder);
    const r = await signalMidRun(["audit", input, "--profile", "pan-sussex", "--as-of", "2025-03-31", "--format", "csv", "--workers", "2", "--out", join(folder, "audit.csv")], folder, "SIGINT", 0); // bytes written: the workers' results are coming in
    expect(r.sawTemporary).toBe(true);
    expect(r.code, r.stderr).toBe(130);
    expectOneErrorLine(r.stderr, /stopped by SIGINT/);
    expect(snapshot(folder)).toEqual(before);
  }, 60_000);

  it("exits 143 on SIGTERM in one thread, leaving no output", async () => {
    const { folder } = folderWithCases();
    const input = bigInput(folder);
    const before = snapshot(folder);
    const r = await signalMidRun(["audit", input, "--profile", "pan-sussex", "--as-of", "2025-03-31", "--format", "html", "--out", join(folder, "report.html")], folder, "SIGTERM", -1); // the report is written at the end: signalled as soon as its file is created
    expect(r.sawTemporary).toBe(true);
    expect(r.code, r.stderr).toBe(143);
    expectOneErrorLine(r.stderr, /stopped by SIGTERM/);
    expect(snapshot(folder)).toEqual(before);
  }, 60_000);
});

describe("the same input file given twice", () => {
  it("is read once, with a one-line warning, whether named twice, through a symlink or a hard link", () => {
    const { folder, input } = folderWithCases();
    symlinkSync(input, join(folder, "link.jsonl"));
    linkSync(input, join(folder, "hard.jsonl"));
    const once = runCli(["audit", input, ...AUDIT, "--format", "jsonl"]);
    expect(once.code).toBe(0);
    const records = (stdout: string) => JSON.parse(stdout.trimEnd().split("\n").at(-1)!).summary.records;
    for (const [twin, how] of [
      [input, "given twice"],
      [join(folder, "link.jsonl"), "the same file as"],
      [join(folder, "hard.jsonl"), "the same file as"],
    ] as const) {
      const r = runCli(["audit", input, twin, ...AUDIT, "--format", "jsonl"]);
      expect(r.code, twin).toBe(0);
      expect(records(r.stdout)).toEqual(records(once.stdout));
      const warnings = r.stderr.split("\n").filter((line) => line.startsWith("core-group-rules:"));
      expect(warnings, twin).toEqual([expect.stringMatching(new RegExp(`^core-group-rules: warning: .*${how}.*: read once$`))]);
    }
    const due = runCli(["due", input, join(folder, "hard.jsonl"), ...AUDIT, "--format", "json"]);
    expect(JSON.parse(due.stdout).openCases).toBe(JSON.parse(runCli(["due", input, ...AUDIT, "--format", "json"]).stdout).openCases);
  });
});
