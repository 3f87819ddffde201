import { createReadStream } from "node:fs";
import { CaseIdsRead } from "../audit/case-ids-read.js";
import { JsonLinesCutter } from "../audit/adapters/json-lines-cutter.js";
import { TEXT_MAX_LINE_LENGTH } from "../audit/adapters/text-lines.js";
import type { LineBatch } from "./audit-worker-protocol.js";

/**
 * The JSON Lines file at `path` cut into batches of whole lines of about `batchBytes` each, in
 * order, each naming its file (see `JsonLinesCutter`, which does the cutting on the bytes as
 * read). Each batch's bytes are a buffer of their own, so they can be handed to a worker without
 * copying. `caseIds` is one for all the files of an audit, so that a batch lists the records
 * whose case id was read before (`repeats`), which the worker rejects as one thread does;
 * `maxLineLength` is smaller in tests.
 *
 * @example
 * ```ts
 * for await (const batch of jsonLinesBatches("cases.jsonl", 128 * 1024)) console.log(batch.firstLine, batch.bytes.length);
 * ```
 */
export async function* jsonLinesBatches(path: string, batchBytes: number, caseIds = new CaseIdsRead(), maxLineLength = TEXT_MAX_LINE_LENGTH): AsyncGenerator<LineBatch> {
  const cutter = new JsonLinesCutter(path, batchBytes, caseIds, maxLineLength);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (const cut of cutter.push(chunk)) yield { kind: "lines", file: path, ...cut };
  }
  for (const cut of cutter.end()) yield { kind: "lines", file: path, ...cut };
}
