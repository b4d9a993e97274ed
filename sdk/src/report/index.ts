export type { CodePerformanceOptions, CodePerformanceReport, StagePerformance, WeeklyResponses } from './CodePerformanceReport.js';
export { createCodePerformanceAccumulator, type CodePerformanceAccumulator } from './createCodePerformanceAccumulator.js';
export { codePerformance } from './codePerformance.js';
export type { AnnualReport, AnnualReportOptions, AnnualReportLine, AnnualStageFigures, ExtensionCounts, FindingsByProvision, LandlordSections, OutcomeCounts, SelfDeclaredGoodReason } from './AnnualPerformanceReport.js';
export { createAnnualReportAccumulator, type AnnualReportAccumulator } from './createAnnualReportAccumulator.js';
export { annualReport } from './annualReport.js';
export { renderAnnualReportHtml, escapeHtml, type AnnualReportHtmlOptions } from './renderAnnualReportHtml.js';
export { renderAnnualReportCsv, LANDLORD_PARTS } from './renderAnnualReportCsv.js';
export { selfAssessment, type MeasuredProvision, type SelfAssessmentEvidence } from './selfAssessment.js';
