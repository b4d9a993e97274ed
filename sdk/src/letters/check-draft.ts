import * as z from '../errors/zod.js';
import { LetterContext } from './context.js';
import { analyseLetter, sentenceAt } from './document.js';
import { maskQuoted } from './mask-quoted.js';
import { findUnaddressedPoints, type UnaddressedPoint } from './address-points.js';
import { reasonAfterClue, reasonAfterDecision } from './reason-after-decision.js';
import { detectKind, type KindDetection } from './detect-kind.js';
import { htmlToText } from './html-to-text.js';
import { elementMessages } from './messages.js';
import { plainLanguageAdvice, type PlainLanguageAdvice } from './plain-language.js';
import { findCautions, type CautionFinding } from './find-cautions.js';
import { compiledRulesFor, knownHeadingTest, LandlordPhrases } from './compiled-rules.js';
import { matchElement, sectionBreaks } from './match-element.js';
import { provisionFor } from './rules/provisions.js';
import { requirementsFor } from './rules/requirements.js';
import { suggestElement } from './suggestions.js';
import { LetterKind, LetterRuleSetId, type ElementId, type Evidence, type LetterProvision, type Suggestion } from './types.js';
import { parseInput } from '../errors/ComplaintCodeInputError.js';

/**
 * The longest drafts {@link checkDraft} accepts: 300,000 characters of text (about 50,000 words, far beyond any
 * letter) or 1.5 million of HTML. Every pattern runs in time linear in the length, so the worst draft within
 * these limits checks in well under a second; longer ones are refused with a message rather than stall a worker.
 *
 * @example
 * DRAFT_LIMITS.text; // 300000
 */
export const DRAFT_LIMITS = Object.freeze({ text: 300_000, html: 1_500_000 });

const tooLong = (what: string) => `The draft is too long to check (over ${what}). Check the letter without the quoted emails below it.`;
const TextWithinLimit = z.string().check(z.maxLength(DRAFT_LIMITS.text, tooLong('300,000 characters once the HTML is read')));

/**
 * Input to {@link checkDraft}: exactly one of `text` or `html`.
 *
 * @example
 * CheckDraftInput.parse({ text: 'Dear Ms Lee…', kind: 'stage1-response' });
 */
export const CheckDraftInput = z
  .object({
    text: z.optional(z.string().check(z.maxLength(DRAFT_LIMITS.text, tooLong('300,000 characters')))),
    html: z.optional(z.string().check(z.maxLength(DRAFT_LIMITS.html, tooLong('1.5 million characters of HTML')))),
    kind: z.optional(LetterKind),
    rules: z.optional(LetterRuleSetId),
    context: z.optional(LetterContext),
    phrases: z.optional(LandlordPhrases),
  })
  .check(z.refine((input) => (input.text === undefined) !== (input.html === undefined), { message: 'Give the draft as either text or html (exactly one).' }));
export type CheckDraftInput = z.input<typeof CheckDraftInput>;

/** One element the letter needs, and whether it has it. */
export interface ElementFinding {
  readonly id: ElementId;
  readonly title: string;
  readonly present: boolean;
  /** `required` when the Code says "must"; `advice` otherwise. */
  readonly level: 'required' | 'advice';
  readonly provision: LetterProvision;
  readonly message: string;
  /** Where the element was found (offsets into `CheckResult.text`). */
  readonly evidence?: Evidence;
  /** A heading for the element with nothing under it. */
  readonly emptyHeading?: Evidence;
  /** A sentence to add, when the element is missing. */
  readonly suggestion?: Suggestion;
}

/** The result of checking a draft. */
export interface CheckResult {
  /** The plain text that was checked. Every `evidence` offset refers to this text (for HTML input, see `sourceOffsets`). */
  readonly text: string;
  /** For HTML input: `sourceOffsets[i]` is the offset in the HTML of `text[i]` (built on first read). */
  readonly sourceOffsets?: readonly number[];
  readonly kind: LetterKind;
  /** Present when the kind was not given and was guessed. */
  readonly detection?: KindDetection;
  /**
   * True when the kind was not given and the draft does not show it clearly: ask the officer "Which letter is
   * this?" (offering `detection.candidates`) before trusting the findings, which assume the likeliest `kind`.
   */
  readonly needsKind: boolean;
  readonly rules: LetterRuleSetId;
  readonly stage: 1 | 2;
  readonly elements: readonly ElementFinding[];
  readonly cautions: readonly CautionFinding[];
  readonly advice: readonly PlainLanguageAdvice[];
  /** Every required element is present. */
  readonly complete: boolean;
  /**
   * For a response whose complaint definition lists several points: the points it gives no decision on
   * ("address all points raised in the complaint definition", HO Code 6.7 at stage 1, 6.18 at stage 2).
   */
  readonly unaddressedPoints: readonly (UnaddressedPoint & { readonly provision: LetterProvision; readonly message: string })[];
}

const STAGE2_CLUE = /\b(?:stage[- ]?(?:2|two)|escalat\w*|review stage|second stage)\b/i;

/**
 * Checks a draft letter against the Code: which required elements it has (with evidence) and lacks (with a
 * sentence to add), what it says that the Code forbids, and plain-language advice. Pure and deterministic:
 * no DOM, no clock. Throws a `ComplaintCodeInputError` naming each bad field on bad input.
 *
 * @example
 * const result = checkDraft({ text: 'This is our stage 1 response. We have not upheld your complaint…', kind: 'stage1-response' });
 * result.elements.filter((e) => !e.present).map((e) => e.id);
 */
export function checkDraft(input: CheckDraftInput): CheckResult {
  const parsed = parseInput(CheckDraftInput, input, 'checkDraft');
  const plain = parsed.html !== undefined ? htmlToText(parsed.html) : undefined;
  const text = plain ? plain.text : (parsed.text as string).replace(/\r\n?/g, '\n');
  if (text.length > DRAFT_LIMITS.text) TextWithinLimit.parse(text);
  // Quoted history, forwarded headers, disclaimers and ">" lines are blanked: only the new letter counts.
  const letter = maskQuoted(text);
  const doc = analyseLetter(letter, plain?.headings);
  const detection = parsed.kind ? undefined : detectKind(letter);
  const kind = parsed.kind ?? (detection as KindDetection).kind;
  const rules = parsed.rules ?? 'ho-2024';
  const context = parsed.context ?? {};
  const stage: 1 | 2 = kind === 'stage2-response' ? 2 : kind === 'stage1-response' ? 1 : (context.stage ?? (STAGE2_CLUE.test(letter) ? 2 : 1));
  const compiled = compiledRulesFor(parsed.phrases);
  const breaks = sectionBreaks(doc, knownHeadingTest(compiled));
  const cautions = findCautions(doc, kind, rules, context);

  let decision: Evidence | undefined;
  const elements = requirementsFor(rules, kind, stage, context.partsNotOurs ?? false).map((requirement): ElementFinding => {
    const rulesForElement = compiled.filter((rule) => rule.rule.id === requirement.id && (!rule.rule.kinds || rule.rule.kinds.includes(kind)));
    let match = matchElement(doc, rulesForElement, breaks);
    if (requirement.id === 'decision') decision = match.evidence;
    // The explanation that follows a decision is its reason, even with no "because" (issue 12).
    const after = match.present ? undefined : requirement.id === 'reasons' && decision ? reasonAfterDecision(doc, decision) : /^reasons?$/.test(requirement.id) ? reasonAfterClue(doc, kind) : undefined;
    if (after) match = { present: true, evidence: after };
    let present = match.present;
    const messages = elementMessages[requirement.id];
    let message = present ? messages.present : messages.missing;
    // Unless the letter also offers the Ombudsman now, rather than after the extra stage.
    if (requirement.id === 'escalation' && kind === 'stage2-response' && cautions.some((c) => c.id === 'third-stage') && !/\b(?:now|instead)\b/.test(doc.text.slice(...sentenceAt(doc, match.evidence?.start ?? 0)))) {
      present = false;
      message = 'The letter offers another internal review. Stage 2 is the final response: explain how to refer the complaint to the Ombudsman instead.';
    } else if (!present && requirement.id === 'escalation' && kind === 'stage1-response') {
      const ombudsmanOnly = matchElement(doc, compiled.filter((r) => r.rule.id === 'escalation' && r.rule.kinds?.includes('stage2-response')), breaks);
      if (ombudsmanOnly.present) message = 'The letter names the Ombudsman but does not explain how to ask for stage 2. At stage 1, explain how to escalate to stage 2.';
    } else if (!present && requirement.id === 'ombudsman-contact' && cautions.some((c) => c.id === 'outdated-ombudsman-contact')) {
      message = "The Ombudsman's contact details in the letter are out of date. Give the current ones.";
    }
    if (!present && match.emptyHeading) message = `The heading "${match.emptyHeading.text}" has nothing under it. ${message}`;
    const finding: ElementFinding = {
      id: requirement.id,
      title: messages.title,
      present,
      level: requirement.level,
      provision: provisionFor(rules, requirement.ref),
      message,
      ...(present && match.evidence ? { evidence: match.evidence } : {}),
      ...(match.emptyHeading ? { emptyHeading: match.emptyHeading } : {}),
      ...(present ? {} : { suggestion: suggestElement(requirement.id, kind, { ...context, stage }) }),
    };
    return finding;
  });

  const definition = elements.find((e) => e.id === 'definition')?.evidence;
  const pointsRef = rules === 'joint-draft-2023' || stage === 1 ? '6.7' : '6.18';
  const unaddressedPoints = definition && (kind === 'stage1-response' || kind === 'stage2-response')
    ? findUnaddressedPoints(doc, definition.start).map((point) => ({
        ...point,
        provision: provisionFor(rules, pointsRef),
        message: `No decision on this point of the complaint: "${point.point}". Address every point.`,
      }))
    : [];
  const result: CheckResult = {
    text,
    kind,
    ...(detection ? { detection } : {}),
    needsKind: detection?.needsKind ?? false,
    rules,
    stage,
    elements,
    cautions,
    advice: plainLanguageAdvice(doc),
    complete: elements.every((e) => e.present || e.level !== 'required'),
    unaddressedPoints,
  };
  // A getter, so the per-character offsets of an HTML draft are only built when a caller reads them.
  if (plain) Object.defineProperty(result, 'sourceOffsets', { enumerable: true, get: () => plain.sourceOffsets });
  return result;
}
