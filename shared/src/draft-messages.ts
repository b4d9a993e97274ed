/**
 * @module @complaint-code/shared/draft-messages
 *
 * The parts of the message protocol for the draft checklist and the letter writers: the draft sent
 * for checking, the letters the officer can ask for, and what comes back. The checker and the
 * writers run in the background (the SDK, its rules and zod stay out of the content script); only
 * the short answer travels back, never the draft itself.
 */
import { IsoDate } from '@complaint-code/sdk';
import { z } from 'zod';

/** The letter kinds the checker knows (the SDK's `LetterKind`). */
export const DraftKind = z.enum(['acknowledgement', 'stage1-response', 'stage2-response', 'extension-notice', 'refusal']);
export type DraftKind = z.infer<typeof DraftKind>;

/** A draft is at most 2 million characters of text (the SDK's own limit) or 4 million of HTML. */
export const DraftBody = z.union([
  z.strictObject({ text: z.string().max(2_000_000, 'The draft is too long to check (over 2 million characters).') }),
  z.strictObject({ html: z.string().max(4_000_000, 'The draft is too long to check (over 4 million characters).') }),
]);
export type DraftBody = z.infer<typeof DraftBody>;

/** `draft/check`: check a draft reply for the case `caseId` (when the page's reference is known). */
export const DraftCheckRequest = z.strictObject({
  type: z.literal('draft/check'),
  caseId: z.string().min(1).max(2300).optional(),
  draft: DraftBody,
  /** The officer's choice; otherwise the kind is guessed from the draft. */
  kind: DraftKind.optional(),
});

/**
 * `letter/propose-extension`: the new due date the Code allows for the case's current response
 * deadline (or the date asked for, checked against the cap).
 */
export const ProposeExtensionRequest = z.strictObject({
  type: z.literal('letter/propose-extension'),
  caseId: z.string().min(1).max(2300),
  requestedNewDueOn: z.optional(IsoDate),
  goodReason: z.string().trim().min(3).max(2000).optional(),
});

/** The letters the officer can ask for from the checklist. */
export const LetterRequest = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('extension-notice'),
    reason: z.string().trim().min(3, 'Say why you need more time').max(2000),
    newDueOn: z.optional(IsoDate),
    goodReason: z.string().trim().min(3, 'Give the good reason for going past the limit').max(2000).optional(),
    landlord: z.string().trim().min(1, 'Give your organisation’s name').max(200),
  }),
  z.strictObject({
    kind: z.literal('acknowledgement'),
    complaintSummary: z.string().trim().min(3, 'Say what the complaint is about').max(4000),
    outcomesSought: z.array(z.string().trim().min(2).max(500)).min(1, 'Give at least one outcome the resident wants').max(20),
    landlord: z.string().trim().min(1, 'Give your organisation’s name').max(200),
  }),
  z.strictObject({
    kind: z.literal('refusal'),
    matter: z.string().trim().min(3, 'Say what the resident raised').max(1000),
    reasons: z.string().trim().min(3, 'Say why it cannot be a complaint').max(4000),
    landlord: z.string().trim().min(1, 'Give your organisation’s name').max(200),
  }),
  z.strictObject({
    kind: z.literal('escalation-refusal'),
    reasons: z.string().trim().min(3, 'Say why the complaint cannot go to stage 2').max(4000),
    landlord: z.string().trim().min(1, 'Give your organisation’s name').max(200),
  }),
]);
export type LetterRequest = z.infer<typeof LetterRequest>;

/** `letter/write`: write a letter for the case with the SDK's notice writers. */
export const WriteLetterRequest = z.strictObject({
  type: z.literal('letter/write'),
  caseId: z.string().min(1).max(2300),
  letter: LetterRequest,
});

/** One required (or advised) element of the letter and whether the draft has it. */
export interface DraftElement {
  id: string;
  title: string;
  present: boolean;
  level: 'required' | 'advice';
  /** e.g. "HO Code 2024, 6.9 c". */
  provision: string;
  message: string;
  /** A sentence to add when missing. */
  suggestion?: string;
}

/** Something the draft says that the Code forbids or discourages, with the words that caused it. */
export interface DraftCaution {
  id: string;
  severity: 'breach' | 'warning' | 'advice';
  provision: string;
  message: string;
  words: string[];
}

/** What the background knows about the case the draft is for (for the letter forms). */
export interface DraftCase {
  caseId: string;
  reference: string;
  stage: 1 | 2;
  /** The current response deadline after any extensions, if the case has one open. */
  responseDueOn?: string;
  today: string;
  ombudsman: 'housing' | 'lgsco';
  residentName?: string;
  landlord?: string;
}

/** The answer to `draft/check`. */
export interface DraftCheck {
  kind: DraftKind;
  /** Present when the kind was guessed, with how sure the guess is (0 to 1). */
  detected?: { confidence: number };
  /**
   * Present when the kind was not chosen and the draft does not show it clearly: the checklist asks
   * "Which letter is this?" (offering `candidates` first) instead of assuming `kind`.
   */
  needsKind?: { candidates: DraftKind[] };
  /** Points of the complaint definition the response gives no decision on (HO Code 6.7 / 6.18). */
  unaddressedPoints?: { point: string; provision: string; message: string }[];
  rules: string;
  stage: 1 | 2;
  elements: DraftElement[];
  cautions: DraftCaution[];
  complete: boolean;
  case: DraftCase | null;
}

/** The answer to `letter/propose-extension`. */
export interface ExtensionProposalView {
  stage: 1 | 2;
  currentDueOn: string;
  cappedDueOn: string;
  newDueOn: string;
  maxWorkingDays: number;
  exceedsCap: boolean;
  allowed: boolean;
  /** Whether going past the cap is possible with a good reason under this rule set. */
  goodReasonAllowed: boolean;
  provision: string;
  message: string;
  /** Set when today is after the current due date: the notice would go late. */
  lateWarning?: string;
}

/** The answer to `letter/write`. */
export interface WrittenLetter {
  subject: string;
  text: string;
  html: string;
  /** For an extension notice: the date the notice gives, and any warning about sending it late. */
  extension?: { stage: 1 | 2; newDueOn: string; notifiedOn: string; goodReason: boolean; lateWarning?: string };
}
