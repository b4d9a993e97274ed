export type { CodePerformanceOptions, CodePerformanceReport, StagePerformance, WeeklyResponses } from './CodePerformanceReport.js';
export { createCodePerformanceAccumulator, type CodePerformanceAccumulator } from './createCodePerformanceAccumulator.js';
export { codePerformance } from './codePerformance.js';
