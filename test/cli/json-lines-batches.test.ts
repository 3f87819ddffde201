import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readJsonLinesPart, readJsonLinesUpTo } from "../../src/audit/adapters/json-lines.js";
import type { InputRecord } from "../../src/index.js";
import type { LineBatch } from "../../src/cli/audit-worker-protocol.js";
import { jsonLinesBatches } from "../../src/cli/json-lines-batches.js";
import { collect } from "../audit/adapters/helpers.js";

const LIMIT = 1_000_000;

/** The batches of a JSON Lines file, cut as the CLI cuts it for workers, with a line limit of LIMIT characters. */
async function batchesOf(path: string): Promise<LineBatch[]> {
  const batches: LineBatch[] = [];
  for await (const batch of jsonLinesBatches(path, 128 * 1024, undefined, LIMIT)) batches.push(batch);
  return batches;
}

/** The records of each batch read apart, as a worker reads them, in order. */
function partRecords(batches: readonly LineBatch[]): InputRecord[] {
  const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  return batches.flatMap((batch) => [...readJsonLinesPart(utf8.decode(batch.bytes), batch, batch.file, LIMIT)]);
}

describe("jsonLinesBatches and readJsonLinesPart with lines too long to read", () => {
  it("give the records of the whole file: a line of over three times the limit in bytes goes out marked, without its bytes", async () => {
    const line = (id: string, team: string): string => JSON.stringify({ id, team, events: [] });
    // The file is read 1 MiB at a time.
    const lines = [
      line("a", "first"),
      line("tb", "b".repeat(1_200_000)), // 1.2 MB: handed to a worker whole, which rejects it
      line("ok-euro", "€".repeat(900_000)), // 2.7 MB but 900,000 characters: read
      line("te", "€".repeat(1_400_000)), // 4.2 MB: too long, dropped as read
      line("huge", "h".repeat(4_200_000)), // too long, dropped as read
      " ".repeat(4_200_000), // blank: skipped, however long
      line("z", "last"),
    ];
    const path = join(mkdtempSync(join(tmpdir(), "cgr-jsonl-batches-")), "long.jsonl");
    const text = `${lines.join("\n")}\n${line("u", "u".repeat(4_200_000))}`; // and one that the file ends in
    writeFileSync(path, text);
    const batches = await batchesOf(path);
    expect(batches.filter((batch) => batch.overlong === true).map((batch) => [batch.firstLine, batch.firstRecordNumber, batch.bytes.length])).toEqual([
      [4, 4, 0],
      [5, 5, 0],
      [8, 7, 0],
    ]);
    expect(Math.max(...batches.map((batch) => batch.bytes.length))).toBeLessThan(3_000_000);
    const records = partRecords(batches);
    expect(records).toEqual(await collect(readJsonLinesUpTo([text], { file: path }, LIMIT)));
    expect(records.map((record) => [record.kind, record.source.line, record.source.caseId])).toEqual([
      ["case", 1, "a"],
      ["rejected", 2, undefined],
      ["case", 3, "ok-euro"],
      ["rejected", 4, undefined],
      ["rejected", 5, undefined],
      ["case", 7, "z"],
      ["rejected", 8, undefined],
    ]);
  });
});
