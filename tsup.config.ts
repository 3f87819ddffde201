import { defineConfig } from "tsup";

export default defineConfig([
  {
    // Two entries that share code: the main barrel and the zod-free calendar subpath. Splitting puts
    // the shared modules in one chunk, so both entries see the same classes (instanceof works).
    entry: { index: "src/index.ts", calendar: "src/calendar/index.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: true,
    sourcemap: false,
    target: "node20",
    treeshake: true,
    splitting: true,
    // zod/mini is bundled, so only the zod functions the schemas use are loaded; their English
    // messages are set by src/model/zod-english.ts.
    noExternal: [/^zod/],
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
    noExternal: [/^zod/],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
