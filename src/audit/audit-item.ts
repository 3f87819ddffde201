import type { CaseEvaluation } from "../case/evaluation-types.js";
import type { RecordSource, Rejection } from "./input-record.js";

/**
 * One result of an audit, yielded as soon as its record is read: an evaluated case, or a rejected
 * record that says which record (`source.line` or `source.caseId`) and, per problem, an issue:
 * its code, path, message and line.
 *
 * `stage` of a rejection: `input` (the adapter could not read the record), `validation` (the
 * timeline failed the schema: its validation issues are the rejections), or `error` (evaluation
 * threw: reported, never fatal to the batch).
 *
 * @example
 * ```ts
 * for await (const item of auditCases(records, { profile: "medway", asOf: "2025-03-31" })) {
 *   if (item.kind === "evaluated") console.log(item.evaluation.caseId, item.evaluation.breaches.length);
 *   else console.log(item.source.line, item.rejections[0]?.code, item.rejections[0]?.path, item.rejections[0]?.message);
 * }
 * ```
 */
export type AuditItem =
  | { readonly kind: "evaluated"; readonly source: RecordSource; readonly evaluation: CaseEvaluation }
  | {
      readonly kind: "rejected";
      readonly source: RecordSource;
      readonly stage: "input" | "validation" | "error";
      readonly rejections: readonly Rejection[];
    };
