import { fc } from "@fast-check/vitest";
import type { InputRecord } from "../../../src/index.js";

export async function collect(records: AsyncIterable<InputRecord>): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const record of records) out.push(record);
  return out;
}

/** Splits text at the given positions (sorted, deduplicated) into chunks. */
export function splitAt(text: string, positions: readonly number[]): string[] {
  const points = [...new Set(positions.map((p) => Math.max(0, Math.min(text.length, p))))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(text.slice(from, point));
    from = point;
  }
  chunks.push(text.slice(from));
  return chunks;
}

/** Async chunks, to check adapters accept async iterables too. */
export async function* asyncChunks(chunks: readonly string[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield chunk;
}

export const splitPointsArbitrary = fc.array(fc.nat(), { maxLength: 12 });

export function rejectedFields(records: readonly InputRecord[]): string[] {
  return records.flatMap((record) => (record.kind === "rejected" ? record.rejections.map((r) => `${r.line}:${r.path.length === 0 ? `(${r.code})` : r.path.join(".")}`) : []));
}
