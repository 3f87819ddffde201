import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: true,
    sourcemap: false,
    target: "node20",
    treeshake: true,
    splitting: false,
  },
  {
    // The command-line tool: one ESM file, dist/cli.js (package.json "bin").
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: false,
    target: "node20",
    platform: "node",
    treeshake: true,
    splitting: false,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
