import type { CaseEvaluation } from "../case/evaluation-types.js";
import type { InputIssue } from "../model/input-issue.js";
import type { RecordSource, Rejection } from "./input-record.js";

/**
 * One result of an audit, yielded as soon as its record is read: an evaluated case, or a rejected
 * record that says which record (`source.line` or `source.caseId`), which field and why.
 *
 * `stage` of a rejection: `input` (the adapter could not read the record), `validation` (the
 * timeline failed the schema: `issues` holds zod-shaped issues, mirrored in `rejections`), or
 * `error` (evaluation threw: reported, never fatal to the batch).
 *
 * @example
 * ```ts
 * for await (const item of auditCases(records, { profile: "medway", asOf: "2025-03-31" })) {
 *   if (item.kind === "evaluated") console.log(item.evaluation.caseId, item.evaluation.breaches.length);
 *   else console.log(item.source.line, item.rejections[0]?.field, item.rejections[0]?.reason);
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
      readonly issues?: readonly InputIssue[];
    };
