import { detachedText } from "./detached-text.js";
import type { RecordSource, Rejection } from "./input-record.js";
import { rejection } from "./rejection.js";

/**
 * Answers, for a record of whole-timeline input, where a record with the same case id was read
 * before (undefined: nowhere, or the record is not one to check).
 *
 * @example
 * ```ts
 * const none: CaseIdLedger = { earlierRead: () => undefined };
 * ```
 */
export interface CaseIdLedger {
  earlierRead(source: RecordSource): string | undefined;
}

/**
 * The case ids read so far from whole-timeline input (JSON arrays, JSON Lines and plain
 * timelines; format `json` or `jsonl`), across every file of an audit, with where each was first
 * read. A case id read again is a second timeline for one case, which would be counted twice:
 * {@link CaseIdsRead.earlierRead} says where the first was (a CSV event log checks its own
 * case ids; a census makes its own). Memory: one entry per case id (the id, at most 200
 * characters from an adapter, and two numbers).
 *
 * @example
 * ```ts
 * const ids = new CaseIdsRead();
 * ids.earlierRead({ format: "jsonl", file: "a.jsonl", recordNumber: 1, line: 1, caseId: "C-1" }); // undefined
 * ids.earlierRead({ format: "jsonl", file: "b.jsonl", recordNumber: 4, line: 9, caseId: "C-1" }); // "a.jsonl:1"
 * ```
 */
export class CaseIdsRead implements CaseIdLedger {
  /** Case id to its entry in #files and #places. */
  readonly #first = new Map<string, number>();
  readonly #files: (string | undefined)[] = [];
  /** Per entry: the index of its file label in #files. */
  readonly #fileOf: number[] = [];
  /** Per entry: its line, or minus its record number when it has no line. */
  readonly #places: number[] = [];

  /** Where a record with this record's case id was read before; else undefined, and this record is noted as read. */
  earlierRead(source: RecordSource): string | undefined {
    if ((source.format !== "json" && source.format !== "jsonl") || source.caseId === undefined) return undefined;
    const entry = this.#first.get(source.caseId);
    if (entry !== undefined) return this.#where(entry);
    let file = this.#files.length - 1;
    if (file < 0 || this.#files[file] !== source.file) file = this.#files.push(source.file) - 1;
    this.#first.set(detachedText(source.caseId), this.#places.length);
    this.#fileOf.push(file);
    this.#places.push(source.line ?? -source.recordNumber);
    return undefined;
  }

  #where(entry: number): string {
    const file = this.#files[this.#fileOf[entry]!];
    const place = this.#places[entry]!;
    if (place < 0) return file === undefined ? `record ${-place}` : `${file} record ${-place}`;
    return file === undefined ? `line ${place}` : `${file}:${place}`;
  }
}

/**
 * The rejection of a record whose case id was read before, at `where` (see {@link CaseIdsRead}).
 *
 * @example
 * ```ts
 * repeatedCaseIdRejection({ format: "jsonl", recordNumber: 4, line: 9, caseId: "C-1" }, "a.jsonl:1");
 * // { code: "repeated-case-id", path: ["id"], message: 'case id "C-1" already read at a.jsonl:1: a case is one timeline, ...', line: 9 }
 * ```
 */
export function repeatedCaseIdRejection(source: RecordSource, where: string): Rejection {
  const id = source.caseId ?? "";
  const message = `case id ${JSON.stringify(id.length > 100 ? `${id.slice(0, 100)}...` : id)} already read at ${where}: a case is one timeline, so this one was not audited (merge the two, or give one another id)`;
  return rejection("repeated-case-id", ["id"], message, { line: source.line });
}
