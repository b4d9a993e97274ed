/**
 * @complaint-code/sdk — the UK housing complaint-handling rules as data and functions: working-day
 * deadlines with UK bank holidays, complaint timelines with findings, and CH01/CH02 reports.
 *
 * Explicit named re-exports keep the public surface deliberate and tree-shakable.
 */

// the one family of input errors
export { ComplaintCodeInputError, type InputIssue } from './errors/index.js';

// dates
export {
  IsoDate, isIsoDate, InvalidDateError, formatDay, todayInLondon, londonOffsetMinutes, parseUkDate, compileDateFormat, parseIsoDate, isRelativeTime,
  type FormatDayOptions, type ParsedUkDate, type ParseUkDateOptions, type DateFormat,
} from './dates/index.js';

// calendar
export {
  createCalendar,
  englandAndWales,
  BankHolidaysJson,
  BankHolidayEvent,
  Division,
  divisions,
  bankHolidaysData,
  CalendarRangeError,
  CalendarDataError,
  type Calendar,
  type CalendarOptions,
  type NonWorkingDay,
} from './calendar/index.js';

// rule sets
export {
  ruleSetIds,
  ruleSets,
  getRuleSet,
  selectRuleSet,
  citeProvision,
  evidenceProvisions,
  type EvidenceProvisionKey,
  ho2024,
  ho2022,
  jointDraft2023,
  lgsco2024,
  type Provision,
  type ProvisionKey,
  type RuleSet,
  type RuleSetId,
  type StageRules,
  type SelectRuleSetOptions,
} from './rules/index.js';

// landlord policy
export { LandlordPolicy } from './policy/LandlordPolicy.js';

// complaint timelines
export {
  ComplaintRecord,
  Extension,
  deadlineIds,
  InvalidComplaintError,
  complaintTimeline,
  safeComplaintTimeline,
  type ComplaintRecordInput,
  type Deadline,
  type DeadlineId,
  type DeadlineState,
  type Finding,
  type FindingCode,
  type Timeline,
  type ComplaintIssue,
  type ComplaintTimelineOptions,
  type SafeTimelineResult,
  ComplaintPoint,
  StageOutcome,
  Remedy,
  KeepInformed,
  RefusedToAccept,
  RefusedToEscalate,
  ComplaintEvidence,
  refusalGrounds,
  defaultCategories,
  normaliseOutcome,
  deadlineStateWords,
  workingDaysWords,
  type RefusalGrounds,
  type NormalisedOutcome,
} from './timeline/index.js';

// reports (CH01 / CH02)
export {
  codePerformance,
  createCodePerformanceAccumulator,
  type CodePerformanceAccumulator,
  type CodePerformancePartial,
  type CodePerformanceOptions,
  type CodePerformanceReport,
  type StagePerformance,
  type WeeklyResponses,
  annualReport,
  createAnnualReportAccumulator,
  type AnnualReportAccumulator,
  type AnnualReport,
  type AnnualReportOptions,
  type AnnualReportLine,
  type AnnualStageFigures,
  type ExtensionCounts,
  type FindingsByProvision,
  type LandlordSections,
  type OutcomeCounts,
  type SelfDeclaredGoodReason,
  renderAnnualReportHtml,
  renderAnnualReportCsv,
  type AnnualReportHtmlOptions,
  selfAssessment,
  type MeasuredProvision,
  type SelfAssessmentEvidence,
  caseEvidencePack,
  renderCaseEvidencePackHtml,
  type CaseEvidencePack,
  type FactSource,
  type PackEvent,
  type PackLetter,
} from './report/index.js';

// CSV (RFC 4180, streaming; used by the CLI report and the extension's CSV import)
export {
  createCsvParser, parseCsvText, csvColumns, csvColumnFor, squashHeader, type CsvParser, type CsvRecord, type CsvColumn,
} from './csv/index.js';

export * from './letters/index.js';
// The CSV evidence columns `complaint-code report` and `annual-report` read, for importers that must read them the same way.
export {
  EVIDENCE_COLUMNS as csvEvidenceColumns,
  evidenceColumnIndex as csvEvidenceColumnIndex,
  addEvidence as addCsvEvidence,
  type EvidenceColumnIndex as CsvEvidenceColumnIndex,
} from './cli/report/csv-evidence-columns.js';
