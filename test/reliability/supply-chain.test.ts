// Supply chain: the runtime dependencies stay within the three named in DESIGN.md (zod, date-fns,
// date-holidays; today only zod, which the build bundles), src/ imports nothing else but Node
// built-ins, and the lockfile is committed and matches package.json. (`npm audit --omit=dev` runs
// in .ci/run.)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanSource, ts } from "./support/source-scan.js";

const ROOT = join(import.meta.dirname, "../..");
const ALLOWED_RUNTIME = ["date-fns", "date-holidays", "zod"];
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { lockfileVersion: number; packages: Record<string, Record<string, Record<string, string> | undefined>> };

function moduleSpecifier(node: ts.Node): string | undefined {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
    return node.moduleSpecifier.text;
  }
  return undefined;
}

const packageOf = (specifier: string): string => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");

describe("supply chain", () => {
  it("runtime dependencies are a subset of zod, date-fns and date-holidays, with no install scripts of our own", () => {
    const runtime = Object.keys({ ...pkg["dependencies"], ...pkg["optionalDependencies"], ...pkg["peerDependencies"] });
    for (const name of runtime) expect(ALLOWED_RUNTIME).toContain(name);
    const scripts = pkg["scripts"] ?? {};
    for (const hook of ["preinstall", "install", "postinstall", "prepare"]) expect(scripts[hook], hook).toBeUndefined();
  });

  it("src/ imports only relative modules, Node built-ins and runtime dependencies", () => {
    const runtime = new Set(Object.keys(pkg["dependencies"] ?? {}));
    const builtins = new Set(builtinModules);
    const stray = scanSource(moduleSpecifier).filter(({ text }) => {
      if (text.startsWith(".")) return false;
      if (text.startsWith("node:") || builtins.has(text)) return false;
      return !runtime.has(packageOf(text));
    });
    expect(stray).toEqual([]);
  });

  it.skipIf(!existsSync(join(ROOT, ".git")))("package-lock.json is committed (in a git checkout)", () => {
    expect(execFileSync("git", ["ls-files", "--error-unmatch", "package-lock.json"], { cwd: ROOT, encoding: "utf8" }).trim()).toBe("package-lock.json");
  });

  it("package-lock.json pins exactly package.json's dependencies", () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    const root = lock.packages[""]!;
    expect(root["dependencies"] ?? {}).toEqual(pkg["dependencies"] ?? {});
    expect(root["devDependencies"] ?? {}).toEqual(pkg["devDependencies"] ?? {});
    for (const name of Object.keys(pkg["dependencies"] ?? {})) expect(lock.packages[`node_modules/${name}`]?.["version"], name).toBeTypeOf("string");
  });

  it("zod is pinned to the version the build bundles, so the published types describe the code that runs", () => {
    expect(pkg["dependencies"]?.["zod"]).toBe(lock.packages["node_modules/zod"]?.["version"]);
  });
});
