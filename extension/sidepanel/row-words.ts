/**
 * @module extension/sidepanel/row-words
 *
 * A row's state and due date in the overlay's words (extension/ui/words.ts), so an officer reads
 * the same "Overdue" or "Due today" in the CRM and in the panel.
 */
import { deadlineStateWords, workingDaysWords } from '@complaint-code/sdk/words';
import { formatDay } from '../ui/words.js';
import type { PanelRow } from '../data/index.js';

/**
 * @example
 * rowStateWords({ state: 'overdue' }); //=> 'Overdue'
 */
export function rowStateWords(row: Pick<PanelRow, 'state'>): string {
  return row.state === 'problem' ? 'Cannot work out' : deadlineStateWords(row.state);
}

/**
 * The next step and its due date (the step's title names its stage), or when the case closed.
 *
 * @example
 * rowStepWords({ stage: 1, nextStep: 'Stage 1 response', dueOn: '2026-11-18' }); //=> 'Stage 1 response, due Wed 18 Nov 2026'
 * rowStepWords({ stage: 2, nextStep: 'Complaint closed', closedOn: '2026-10-09' }); //=> 'Stage 2: closed Fri 9 Oct 2026'
 */
export function rowStepWords(row: Pick<PanelRow, 'stage' | 'nextStep' | 'dueOn' | 'closedOn' | 'state'>): string {
  if (row.dueOn) return `${row.nextStep}, due ${formatDay(row.dueOn)}`;
  if (row.closedOn) return `Stage ${row.stage}: closed ${formatDay(row.closedOn)}`;
  return `Stage ${row.stage}: ${row.nextStep}`;
}

/**
 * Working days left (or late) in words; empty when there is no open deadline.
 *
 * @example
 * rowDaysWords({ workingDaysLeft: -4 }); //=> '4 working days late'
 */
export function rowDaysWords(row: Pick<PanelRow, 'workingDaysLeft'>): string {
  if (row.workingDaysLeft === undefined) return '';
  const words = workingDaysWords(row.workingDaysLeft);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
