import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { CSV_WORKERS_MIN_BYTES, defaultWorkerCount, WORKERS_MIN_BYTES } from "../../src/cli/audit-worker-pool.js";

describe("defaultWorkerCount", () => {
  const threads = Math.min(availableParallelism(), 2);

  it("uses threads for JSON Lines from 8 MB, and with a CSV event log from 32 MB", () => {
    expect(defaultWorkerCount(["jsonl"], WORKERS_MIN_BYTES - 1)).toBe(1);
    expect(defaultWorkerCount(["jsonl"], WORKERS_MIN_BYTES)).toBe(threads);
    expect(defaultWorkerCount(["csv"], WORKERS_MIN_BYTES)).toBe(1);
    expect(defaultWorkerCount(["jsonl", "csv"], CSV_WORKERS_MIN_BYTES - 1)).toBe(1);
    expect(defaultWorkerCount(["csv"], CSV_WORKERS_MIN_BYTES)).toBe(threads);
    expect(defaultWorkerCount(["jsonl", "csv"], CSV_WORKERS_MIN_BYTES)).toBe(threads);
  });

  it("never for JSON arrays or CIN census files", () => {
    expect(defaultWorkerCount(["json"], 10 * CSV_WORKERS_MIN_BYTES)).toBe(1);
    expect(defaultWorkerCount(["cin-xml"], 10 * CSV_WORKERS_MIN_BYTES)).toBe(1);
    expect(defaultWorkerCount(["jsonl", "json"], 10 * CSV_WORKERS_MIN_BYTES)).toBe(1);
  });
});
