export { ComplaintRecord, Extension, type ComplaintRecordInput } from './ComplaintRecord.js';
export { deadlineIds, type Deadline, type DeadlineId, type DeadlineState } from './Deadline.js';
export { deadlineStateWords } from './deadlineStateWords.js';
export { workingDaysWords } from './workingDaysWords.js';
export type { Finding, FindingCode } from './Finding.js';
export type { Timeline } from './Timeline.js';
export { InvalidComplaintError, type ComplaintIssue } from './InvalidComplaintError.js';
export { complaintTimeline, type ComplaintTimelineOptions } from './complaintTimeline.js';
export { safeComplaintTimeline, type SafeTimelineResult } from './safeComplaintTimeline.js';
export {
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
  type RefusalGrounds,
  type NormalisedOutcome,
} from './evidence.js';
