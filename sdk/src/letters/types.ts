import * as z from '../errors/zod.js';

/**
 * The kinds of letter the checker knows. A stage 2 acknowledgement is an `acknowledgement` with stage 2.
 *
 * @example
 * LetterKind.parse('stage1-response'); // 'stage1-response'
 */
export const LetterKind = z.enum(['acknowledgement', 'stage1-response', 'stage2-response', 'extension-notice', 'refusal'], {
  error: (issue) => `Unknown letter kind ${JSON.stringify(issue.input)}: use acknowledgement, stage1-response, stage2-response, extension-notice or refusal.`,
});
export type LetterKind = z.infer<typeof LetterKind>;

/**
 * The rule sets a letter can be checked against (the same ids as the deadline rule sets).
 *
 * @example
 * LetterRuleSetId.parse('ho-2024'); // 'ho-2024'
 */
export const LetterRuleSetId = z.enum(['ho-2024', 'ho-2022', 'joint-draft-2023', 'lgsco-2024'], {
  error: (issue) => `Unknown rule set ${JSON.stringify(issue.input)}: use ho-2024, ho-2022, joint-draft-2023 or lgsco-2024.`,
});
export type LetterRuleSetId = z.infer<typeof LetterRuleSetId>;

/**
 * Ids of the elements a letter must (or should) contain. Vendors and scripts rely on these ids: never rename.
 *
 * @example
 * const id: ElementId = 'outstanding-actions';
 */
export type ElementId =
  | 'stage' | 'definition' | 'decision' | 'reasons' | 'remedy' | 'outstanding-actions' | 'escalation'
  | 'reason' | 'new-deadline' | 'ombudsman-contact'
  | 'outcomes-sought' | 'response-deadline' | 'responsibility-scope'
  | 'ombudsman-right';

/**
 * Ids of the things a letter says that the Code forbids or discourages.
 *
 * @example
 * const id: CautionId = 'partially-upheld';
 */
export type CautionId =
  | 'partially-upheld' | 'names-staff' | 'informal-stage' | 'third-stage'
  | 'obsolete-ombudsman-route' | 'outdated-ombudsman-contact';

/**
 * Ids of plain-language advice (the Code asks for "clear, plain language", HO 2024 6.9 and 6.19).
 *
 * @example
 * const id: AdviceId = 'long-sentence';
 */
export type AdviceId = 'long-sentence' | 'jargon';

/**
 * A provision of a Code, quoted. Structurally the same as the SDK's `Provision`.
 *
 * @example
 * const p: LetterProvision = { ruleSet: 'ho-2024', ref: '6.5', text: 'When an organisation informs…', source: 'S002' };
 */
export interface LetterProvision {
  /** The rule set the provision belongs to. */
  readonly ruleSet: LetterRuleSetId;
  /** The paragraph number, with the item letter where there is one: `'6.9 c'`. */
  readonly ref: string;
  /** The exact words of the Code (shortened with "…"). */
  readonly text: string;
  /** Where the quote comes from. */
  readonly source: string;
  /** Set when the provision number or wording could not be confirmed from a source in hand. */
  readonly note?: string;
}

/**
 * A span of the checked text. `start`/`end` are UTF-16 offsets into {@link CheckResult.text}
 * (the plain text the checker made, not the HTML it was given).
 *
 * @example
 * const e: Evidence = { start: 0, end: 5, text: 'Stage', rule: 'heading' };
 */
export interface Evidence {
  /** Offset of the first character in `CheckResult.text`. */
  readonly start: number;
  /** Offset just past the last character in `CheckResult.text`. */
  readonly end: number;
  /** The matched words (`text.slice(start, end)`). */
  readonly text: string;
  /** How it matched: a heading with content, a phrase, or a "nothing to say" statement. */
  readonly rule: 'heading' | 'phrase' | 'nothing-to-say' | 'pattern';
}

/**
 * A sentence the officer can insert. `missing` names the context values that were not given, each shown
 * in the sentence as a bracketed prompt such as "[date]".
 *
 * @example
 * const s: Suggestion = { sentence: 'We will reply by [date].', missing: ['newDueOn'] };
 */
export interface Suggestion {
  readonly sentence: string;
  readonly missing: readonly string[];
}
