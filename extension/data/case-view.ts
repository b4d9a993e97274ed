/**
 * @module extension/data/case-view
 *
 * Work out what the overlay shows for a case: its timeline under the chosen Code, or the problems
 * that stop one being worked out. Runs in the background so the SDK stays out of the content script.
 */
import { defaultCategories, getRuleSet, safeComplaintTimeline } from '@complaint-code/sdk';
import type { CaseView, FieldProblem, Settings, TrackedCase } from '@complaint-code/shared';
import { calendarFor } from './calendar-for.js';
import { factsToRecord } from './facts-to-record.js';

/** Which fact an SDK validation issue is about, by its path in the ComplaintRecord. */
const FIELD_BY_PATH: Record<string, FieldProblem['field']> = {
  reference: 'reference',
  'stage1.receivedOn': 'stage1ReceivedOn',
  'stage1.acknowledgedOn': 'stage1AcknowledgedOn',
  'stage1.respondedOn': 'stage1RespondedOn',
  'stage2.requestedOn': 'stage2RequestedOn',
  'stage2.acknowledgedOn': 'stage2AcknowledgedOn',
  'stage2.respondedOn': 'stage2RespondedOn',
};

function fieldFor(path: string): FieldProblem['field'] {
  const exact = FIELD_BY_PATH[path];
  if (exact) return exact;
  return path.startsWith('stage2') ? 'stage2RequestedOn' : 'stage1ReceivedOn';
}

/**
 * @example
 * buildCaseView(trackedCase, settings, '2026-11-24');
 * //=> { case, timeline: { next: { title: 'Stage 1 response', dueOn: '2026-11-30', … } }, problems: [], today, ruleSetTitle }
 */
export function buildCaseView(tracked: TrackedCase, settings: Settings, today: string): CaseView {
  const base = { case: tracked, today, categories: settings.categories ?? defaultCategories };
  const built = factsToRecord(tracked.facts, tracked.corrections, settings);
  if (!built.ok) return { ...base, timeline: null, problems: built.problems, ruleSetTitle: null };

  const ruleSetTitle = getRuleSet(built.ruleSet).title;
  try {
    const result = safeComplaintTimeline(built.record, {
      today,
      calendar: calendarFor(settings.division),
      policy: { dueSoonWorkingDays: settings.dueSoonWorkingDays },
    });
    if (result.success) return { ...base, timeline: result.timeline, problems: [], ruleSetTitle };
    return {
      ...base,
      timeline: null,
      ruleSetTitle,
      problems: result.error.issues.map((issue) => ({
        field: fieldFor(issue.path),
        message: issue.message,
        howToFix: 'Check this date in the CRM, or correct it in the timeline below.',
      })),
    };
  } catch (error) {
    // e.g. a date beyond the bank-holiday data: say so rather than count weekends only.
    return {
      ...base,
      timeline: null,
      ruleSetTitle,
      problems: [
        {
          field: 'stage1ReceivedOn',
          message: error instanceof Error ? error.message : String(error),
          howToFix: 'Check the dates on this case; if they are right, update the extension for newer bank-holiday data.',
        },
      ],
    };
  }
}
