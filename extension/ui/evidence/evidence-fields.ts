/**
 * @module extension/ui/evidence/evidence-fields
 *
 * Reading what the officer typed into the evidence forms: dates never guessed (as corrections), the
 * points of the complaint one a line, and the refusal grounds in plain words.
 */
import type { RefusalGrounds } from '@complaint-code/sdk';
import { parseUkDate } from '@complaint-code/sdk/words';

/** A date field read: the ISO date, nothing when optional and empty, or the problem in words. */
export type DateField = { ok: true; date: string | undefined } | { ok: false; message: string };

/**
 * @example
 * readDate('Due by', '12/02/2027', false); //=> { ok: true, date: '2027-02-12' }
 */
export function readDate(label: string, text: string, optional: boolean): DateField {
  if (optional && text.trim() === '') return { ok: true, date: undefined };
  const parsed = parseUkDate(text);
  return parsed.ok ? { ok: true, date: parsed.date } : { ok: false, message: `${label}: ${parsed.message}` };
}

/**
 * Points of the complaint, one a line, each optionally followed by a colon and its outcome.
 *
 * @example
 * readPoints('Mould in the bedroom: Upheld\nLate repair'); //=> [{ point: 'Mould in the bedroom', outcome: 'Upheld' }, { point: 'Late repair' }]
 */
export function readPoints(text: string): { point: string; outcome?: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.lastIndexOf(':');
      const point = (colon > 0 ? line.slice(0, colon) : line).trim();
      const outcome = colon > 0 ? line.slice(colon + 1).trim() : '';
      return outcome ? { point, outcome } : { point };
    });
}

/** The points written back one a line, for editing. @example writePoints([{ point: 'Leak', outcome: 'Upheld' }]); //=> 'Leak: Upheld' */
export function writePoints(points: readonly { point: string; outcome?: string | undefined }[] = []): string {
  return points.map((p) => (p.outcome ? `${p.point}: ${p.outcome}` : p.point)).join('\n');
}

/** Outcomes offered (the landlord's own words are kept as typed in the points). */
export const outcomeChoices = ['Upheld', 'Partly upheld', 'Not upheld', 'Resolved', 'Withdrawn'] as const;

/** The refusal grounds in plain words, with the provision. */
export const groundsWords: Record<RefusalGrounds, string> = {
  'over-12-months': 'Raised more than 12 months after the issue (2.2, 2.3)',
  'legal-proceedings': 'Legal proceedings have started (2.2)',
  'previously-considered': 'Already considered under the complaints process (2.2)',
  'not-a-complaint': 'Not a complaint, for example a service request (1.2, 1.3)',
  other: 'Other reason (2.1)',
};
