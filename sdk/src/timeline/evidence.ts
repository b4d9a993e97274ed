import * as z from '../errors/zod.js';
import { IsoDate } from '../dates/isoDate.js';

const text = (max: number, empty: string) => z.trimmed(1, max, empty);

/**
 * One point of the complaint definition (HO Code 2024 5.6) with its outcome as the landlord records it
 * (6.7/6.18: "address all points raised in the complaint definition").
 *
 * @example
 * ```ts
 * ComplaintPoint.parse({ point: 'Mould in the back bedroom', outcome: 'Upheld' });
 * ```
 */
export const ComplaintPoint = z.object({
  /** The point, in the landlord's words. */
  point: text(2000, 'The point is empty'),
  /** The landlord's outcome for this point, free text (see {@link normaliseOutcome}). */
  outcome: z.optional(text(200, 'The outcome is empty')),
});
/** @example const point: ComplaintPoint = { point: 'Repair delayed', outcome: 'Not upheld' }; */
export type ComplaintPoint = z.infer<typeof ComplaintPoint>;

/**
 * What a stage's response decided: the outcome of the complaint and of each point, as the landlord records them.
 *
 * @example
 * ```ts
 * StageOutcome.parse({ outcome: 'Partly upheld', points: [{ point: 'Leak', outcome: 'Upheld' }] });
 * ```
 */
export const StageOutcome = z.object({
  /** The landlord's outcome for the stage, free text (`'Upheld'`, `'Partially upheld'`…). */
  outcome: z.optional(text(200, 'The outcome is empty')),
  /** The points of the complaint definition, with their outcomes. */
  points: z.optional(z.array(ComplaintPoint).check(z.maxLength(50))),
});

/**
 * A remedy or outstanding action (HO Code 2024 6.6/6.17, 7.1–7.3): what, due by, done on.
 *
 * @example
 * ```ts
 * Remedy.parse({ action: 'Treat mould and redecorate', dueOn: '2027-02-12', doneOn: '2027-02-10' });
 * ```
 */
export const Remedy = z.object({
  /** What will happen (an apology, a repair, a payment, a change of procedure…). */
  action: text(2000, 'Say what the remedy is'),
  /** The date it was promised by (7.3: "what will happen and by when"). */
  dueOn: z.optional(IsoDate),
  /** The date it was done. */
  doneOn: z.optional(IsoDate),
});
/** @example const remedy: Remedy = { action: '£150 for time and trouble', dueOn: '2027-01-29' }; */
export type Remedy = z.infer<typeof Remedy>;

/**
 * Keeping the resident informed when a response will fall outside the Code's timescales (HO Code 2024 5.9).
 *
 * @example
 * ```ts
 * KeepInformed.parse({ agreedOn: '2027-01-20', intervalDays: 7, updatesSentOn: ['2027-01-27'] });
 * ```
 */
export const KeepInformed = z.object({
  /** The day the interval was agreed with the resident. */
  agreedOn: z.optional(IsoDate),
  /** The agreed interval between updates, in calendar days. */
  intervalDays: z.optional(z.number().check(z.int('Give the interval as whole days'), z.minimum(1, 'The interval is at least 1 day'), z.maximum(366))),
  /** The days updates were sent. */
  updatesSentOn: z._default(z.array(IsoDate).check(z.maxLength(200)), []),
});
/** @example const informed: KeepInformed = { agreedOn: '2027-01-20', intervalDays: 7, updatesSentOn: [] }; */
export type KeepInformed = z.infer<typeof KeepInformed>;

/**
 * Grounds for refusing a complaint or an escalation: the exclusions HO Code 2024 2.2 names, plus
 * "not a complaint" (a service request) and "other".
 *
 * @example
 * ```ts
 * refusalGrounds[0]; //=> 'over-12-months'
 * ```
 */
export const refusalGrounds = ['over-12-months', 'legal-proceedings', 'previously-considered', 'not-a-complaint', 'other'] as const;
/** @example const grounds: RefusalGrounds = 'legal-proceedings'; */
export type RefusalGrounds = (typeof refusalGrounds)[number];

const refusalFields = {
  /** The day the landlord decided. */
  decidedOn: IsoDate,
  /** Which of the usual grounds (default `'other'` when counting). */
  grounds: z.optional(z.enum(refusalGrounds)),
  /** The landlord's reasoning (2.1: "must be able to evidence their reasoning"). */
  reason: text(2000, 'Give the reason for the refusal'),
  /** The day the explanation was sent to the resident (2.4, 5.11). */
  explainedOn: z.optional(IsoDate),
  /** Whether the explanation told the resident of their right to take the decision to the Ombudsman (2.4). */
  ombudsmanRightGiven: z.optional(z.boolean()),
};

/**
 * A decision not to accept a complaint (HO Code 2024 2.1–2.5).
 *
 * @example
 * ```ts
 * RefusedToAccept.parse({ decidedOn: '2027-01-05', grounds: 'legal-proceedings', reason: 'Claim filed at court', explainedOn: '2027-01-05', ombudsmanRightGiven: true });
 * ```
 */
export const RefusedToAccept = z.object({
  ...refusalFields,
  /** Over 12 months old: whether discretion to accept it was considered (2.3). */
  discretionConsidered: z.optional(z.boolean()),
});
/** @example const refusal: RefusedToAccept = { decidedOn: '2027-01-05', reason: 'Service request' }; */
export type RefusedToAccept = z.infer<typeof RefusedToAccept>;

/**
 * A decision not to escalate a complaint to stage 2 (HO Code 2024 5.11).
 *
 * @example
 * ```ts
 * RefusedToEscalate.parse({ requestedOn: '2027-03-01', decidedOn: '2027-03-03', reason: 'Asked 14 months after the stage 1 response' });
 * ```
 */
export const RefusedToEscalate = z.object({
  /** The day the resident asked for stage 2. */
  requestedOn: IsoDate,
  ...refusalFields,
});
/** @example const refusal: RefusedToEscalate = { requestedOn: '2027-03-01', decidedOn: '2027-03-03', reason: '…' }; */
export type RefusedToEscalate = z.infer<typeof RefusedToEscalate>;

/**
 * The evidence fields of a complaint record (beside its dates): category, remedies, keeping informed, refusals.
 *
 * @example
 * ```ts
 * ComplaintEvidence.parse({ category: 'Damp and mould', remedies: [{ action: 'Mould wash', dueOn: '2027-02-01' }] });
 * ```
 */
export const ComplaintEvidence = z.object({
  /** The landlord's category for the complaint (see {@link defaultCategories}). */
  category: z.optional(text(200, 'The category is empty')),
  /** Remedies offered and outstanding actions (6.6/6.17, 7.1–7.3). */
  remedies: z.optional(z.array(Remedy).check(z.maxLength(50))),
  /** The interval agreed for keeping the resident informed, and the updates sent (5.9). */
  keepInformed: z.optional(KeepInformed),
  /** The landlord decided not to accept the complaint (2.1–2.5). */
  refusedToAccept: z.optional(RefusedToAccept),
  /** The landlord refused to escalate the complaint to stage 2 (5.11). */
  refusedToEscalate: z.optional(RefusedToEscalate),
});

/**
 * A sensible default list of complaint categories; landlords keep their own.
 *
 * @example
 * ```ts
 * defaultCategories.includes('Damp and mould'); //=> true
 * ```
 */
export const defaultCategories: readonly string[] = [
  'Repairs',
  'Damp and mould',
  'Anti-social behaviour',
  'Staff conduct',
  'Communication',
  'Neighbourhood and estate services',
  'Rent, service charges and income',
  'Allocations and lettings',
  'Tenancy management',
  'Building safety',
  'Other',
];

/**
 * The normalised outcomes {@link normaliseOutcome} maps the landlord's words to.
 *
 * @example
 * ```ts
 * const outcome: NormalisedOutcome = 'partly-upheld';
 * ```
 */
export type NormalisedOutcome = 'upheld' | 'partly-upheld' | 'not-upheld' | 'resolved' | 'withdrawn' | 'other';

/**
 * Maps a landlord's outcome words to a normalised outcome where the meaning is obvious; anything else is `'other'`.
 *
 * @param outcome - The landlord's words
 * @returns The normalised outcome
 * @example
 * ```ts
 * normaliseOutcome('Partially Upheld'); //=> 'partly-upheld'
 * normaliseOutcome('Not justified');    //=> 'not-upheld'
 * normaliseOutcome('Compensation paid'); //=> 'other'
 * ```
 */
export function normaliseOutcome(outcome: string): NormalisedOutcome {
  const words = outcome.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
  if (/\b(partly|partially|part|partial)\b/.test(words)) return 'partly-upheld';
  if (/\b(not|un)\s?(upheld|justified|founded)\b/.test(words) || /\bunjustified\b|\bunfounded\b|\bno fault\b/.test(words)) return 'not-upheld';
  if (/\b(fully )?(upheld|justified)\b/.test(words)) return 'upheld';
  if (/\bresolved\b/.test(words)) return 'resolved';
  if (/\bwithdrawn\b/.test(words)) return 'withdrawn';
  return 'other';
}
