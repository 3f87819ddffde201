import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Wall-clock checks (*.timing.test.ts) fail on a busy machine however sound the code: they run
    // apart, one file at a time, with `npm run test:timing` (vitest.timing.config.ts).
    exclude: ["test/smoke/**", "node_modules/**", "test/**/*.timing.test.ts"],
    setupFiles: ["test/setup/no-console.ts"],
    testTimeout: 60_000,
    // One test file per core. Vitest's default leaves one core free (cores - 1), which on a
    // two-core CI machine ran one file at a time: 137 s per run of the time-zone matrix, 83 s
    // with two (the CI runs the suite seven times).
    maxWorkers: availableParallelism(),
  },
});
