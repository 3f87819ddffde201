import { defineConfig } from "vitest/config";

// `npm run test:timing`: the wall-clock checks (test/**/*.timing.test.ts), left out of `npm test`
// because a busy machine can fail them. One file at a time, so that they disturb each other less;
// run them on an otherwise idle machine.
export default defineConfig({
  test: {
    include: ["test/**/*.timing.test.ts"],
    exclude: ["node_modules/**"],
    setupFiles: ["test/setup/no-console.ts"],
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
