// The public barrel (`core-group-rules`). The date and calendar part is also published alone as
// `core-group-rules/calendar` (src/calendar/index.ts), which loads no zod.
export * from "./calendar/index.js";
export {
  profileInputSchema,
  ruleSchema,
  type Rule,
  type ProfileInput,
  type Citation,
  type Reading,
  type Duration,
  type Checklist,
  type ChecklistItem,
} from "./policy/profile-schema.js";
export type { Profile } from "./policy/profile.js";
export { defineProfile, type DefineProfileOptions } from "./profiles/define-profile.js";
export { ProfileValidationError } from "./policy/profile-validation-error.js";
export { profiles, BUILT_IN_PROFILE_IDS, isBuiltInProfileId, type BuiltInProfileId } from "./profiles/index.js";
export { describeRule, formatDuration } from "./policy/describe-rule.js";
export { renderProfileMarkdown, renderRulesCatalogue } from "./policy/render-profile-markdown.js";
export {
  caseTimelineSchema,
  caseEventSchema,
  attendeeSchema,
  planProfessionalSchema,
  recordedAnswerSchema,
  planEndReasonSchema,
  type CaseTimeline,
  type CaseEvent,
  type Attendee,
  type PlanProfessional,
  type RecordedAnswer,
  type PlanEndReason,
  type StrategyDiscussion,
  type InitialConference,
  type TransferInConference,
  type CoreGroupMeeting,
  type ReviewConference,
  type PlanEnd,
  type ExceptionRecord,
} from "./model/timeline-schema.js";
export {
  CASE_EVENT_TYPES,
  CONFERENCE_OUTCOMES,
  REVIEW_OUTCOMES,
  MEETING_STATUSES,
  RECORDED_ANSWERS,
  REPORT_RECIPIENTS,
  PLAN_END_REASONS,
  TIMELINE_LIMITS,
  type CaseEventType,
  type ConferenceOutcome,
  type ReviewOutcome,
  type MeetingStatus,
  type RecordedAnswerValue,
  type ReportRecipient,
} from "./model/timeline-vocabulary.js";
export { evaluateCase, type EvaluateCaseOptions } from "./engine/evaluate-case.js";
export {
  OBLIGATION_STATUSES,
  type ObligationStatus,
  type Obligation,
  type EventRef,
  type AppliedException,
  type CheckAnswer,
  type CheckResult,
  type ChecklistAnswer,
  type Breach,
  type DataQualityCode,
  type DataQualityFinding,
  type PlanEpisode,
  type CaseEvaluation,
  type CaseEvaluationFailure,
  type CaseEvaluationResult,
} from "./case/evaluation-types.js";
export { issuePathText, type Issue } from "./model/issue.js";
export type { InputIssue } from "./model/input-issue.js";
export type { InputRecord, NotRead, ReadProblemCode, RecordSource, Rejection, TextChunks } from "./audit/input-record.js";
export { readJsonLines, type JsonLinesOptions } from "./audit/adapters/json-lines.js";
export { readJsonArray, type JsonArrayOptions } from "./audit/adapters/json-array.js";
export { readCsvEventLog, findSplitCsvCases } from "./audit/adapters/csv-event-log-reader.js";
export { CsvCasePlaces } from "./audit/adapters/csv-case-places.js";
export {
  CSV_EVENT_LOG_COLUMNS,
  CSV_EVENT_LOG_DEFAULT_HEADER,
  type CanonicalColumn,
  type CsvEventLogOptions,
} from "./audit/adapters/csv-event-log.js";
export { readDateText, type DateFormat, type DateReading } from "./audit/adapters/date-text.js";
export { readCinCensus, CIN_CENSUS_UNSUPPORTED_RULES_NOTE, type CinCensusOptions } from "./audit/adapters/cin-census.js";
export { detectInputFormat } from "./audit/adapters/detect-format.js";
export { auditCases, type AuditOptions, type CaseAudit } from "./audit/audit-cases.js";
export { createCaseAuditor, type CaseAuditor } from "./audit/case-auditor.js";
export type { AuditItem } from "./audit/audit-item.js";
export { resolveAuditProfile, type AuditProfile, type ExcludedRule } from "./audit/audit-profile.js";
export { cinCensusSupportsRule, indicatorsUnsupportedByCinCensus, rulesUnsupportedByCinCensus } from "./audit/cin-census-support.js";
export { LatenessHistogram } from "./audit/summary/lateness-histogram.js";
export { SummaryBuilder, type KnownRule, type SummarySnapshot } from "./audit/summary/summary-builder.js";
export type {
  AnswerCounts,
  AuditSummary,
  CheckSummary,
  GroupSummary,
  KeyedGroupSummary,
  LatenessSummary,
  NotReadCounts,
  RecordCounts,
  RuleSummary,
  StatusCounts,
  UnsupportedRule,
} from "./audit/summary/summary-types.js";
export { addCaseIndicators } from "./audit/indicators/case-indicators.js";
export { IndicatorAccumulator, type IndicatorSnapshot } from "./audit/indicators/indicator-accumulator.js";
export { YearCells, type EscalationPoint, type IndicatorCell, type YearCellsState } from "./audit/indicators/year-cells.js";
export { headlineYear } from "./audit/indicators/headline-year.js";
export { INDICATOR_DEFINITIONS } from "./audit/indicators/indicator-definitions.js";
export { PLAN_DURATION_BANDS, planDurationBand, type PlanDurationBand } from "./audit/indicators/duration-band.js";
export { ICPC_WORKING_DAY_BANDS, icpcWorkingDayBand, type IcpcWorkingDayBand } from "./audit/indicators/icpc-bands.js";
export { reportingYearEnd, reportingYearLabel, reportingYearOf, reportingYearStart } from "./audit/indicators/reporting-year.js";
export type {
  CountedCases,
  IcpcIndicator,
  IndicatorFigure,
  LongPlansIndicator,
  OpenPlansByDuration,
  RepeatPlansIndicator,
  ReportingYearIndicators,
  UnsupportedIndicator,
  UntimedReason,
} from "./audit/indicators/indicator-types.js";
export { CSV_BOM, csvCell, csvRow } from "./audit/writers/csv-cell.js";
export {
  OBLIGATION_CSV_COLUMNS,
  REJECTION_CSV_COLUMNS,
  SUMMARY_CSV_COLUMNS,
  obligationCsvHeader,
  obligationCsvRows,
  rejectionCsvHeader,
  rejectionCsvRows,
  summaryCsv,
} from "./audit/writers/csv-writer.js";
export { AUDIT_JSON_FORMAT, createJsonWriter, type AuditTextWriter, type JsonWriterOptions } from "./audit/writers/json-writer.js";
export { escapeHtml } from "./audit/writers/html-escape.js";
export { createHtmlReport, type HtmlReport, type HtmlReportOptions } from "./audit/writers/html-report.js";
export { monthChartSvg, SERIES_COLOURS } from "./audit/writers/svg-month-chart.js";
export { caseTimelineSvg, STATUS_COLOURS } from "./audit/writers/svg-case-timeline.js";
export { caseTimelineJsonSchema } from "./model/timeline-json-schema.js";
export { policyProfileJsonSchema } from "./policy/profile-json-schema.js";
