/**
 * @module extension/background/drafts
 *
 * The background's side of the draft checklist: check a draft with the SDK's `checkDraft`, propose an
 * extension with `proposeExtension`, and write letters with the SDK's notice writers, each filled
 * from the tracked case, its timeline and the settings. Runs here so the SDK, its rules and zod stay
 * out of the content script; only short answers go back (never the draft).
 */
import {
  checkDraft,
  DRAFT_LIMITS,
  getRuleSet,
  letterDate,
  proposeExtension,
  writeAcknowledgement,
  writeExtensionNotice,
  writeRefusal,
  writeEscalationRefusal,
  type CheckResult,
  type LetterContext,
  type LetterProvision,
  type LetterRuleSetId,
} from '@complaint-code/sdk';
import {
  TrackedCase,
  type DraftCase,
  type DraftCheck,
  type DraftKind,
  type DraftBody,
  type ExtensionProposalView,
  type LetterRequest,
  type Settings,
  type WrittenLetter,
} from '@complaint-code/shared';
import { buildCaseView, calendarFor, type ComplaintDb } from '../data/index.js';


/** "HO Code 2024, 6.9 c" (the overlay's citation style). */
function cite(provision: Pick<LetterProvision, 'ruleSet' | 'ref'>): string {
  return `${getRuleSet(provision.ruleSet).shortTitle}, ${provision.ref}`;
}

/** What the draft tools need to know about a case. */
export interface CaseForLetters {
  view: DraftCase;
  rules: LetterRuleSetId;
  context: LetterContext;
  /** The timeline's cap for extending the open response (earlier extensions count against it). */
  latestExtendedDueOn?: string;
}

/** The letter rules when no case timeline says which Code applies. */
function rulesFromSettings(settings: Settings): LetterRuleSetId {
  if (settings.ruleSet !== 'auto') return settings.ruleSet;
  return settings.ombudsman === 'lgsco' ? 'lgsco-2024' : 'ho-2024';
}

/**
 * The case, its current response deadline and the letter context, or `null` when it is not tracked.
 *
 * @example
 * await caseForLetters(db, 'http://localhost:4310|HC-2026-0412', settings, '2026-11-24');
 * //=> { view: { stage: 1, responseDueOn: '2026-11-30', … }, rules: 'ho-2024', context: { landlord, reference, … } }
 */
export async function caseForLetters(db: ComplaintDb, caseId: string, settings: Settings, today: string): Promise<CaseForLetters | null> {
  const stored = await db.cases.get(caseId);
  const parsed = stored ? TrackedCase.safeParse(stored) : undefined;
  if (!parsed?.success) return null;
  const tracked = parsed.data;
  const { timeline } = buildCaseView(tracked, settings, today);
  const stage: 1 | 2 = timeline?.stage ?? tracked.facts.stage ?? 1;
  const response = timeline?.deadlines.find((deadline) => deadline.id === `stage${stage}-response`);
  const responseDueOn = response && !response.doneOn ? response.dueOn : undefined;
  const latestExtendedDueOn = responseDueOn ? response?.latestExtendedDueOn : undefined;
  const view: DraftCase = {
    caseId,
    reference: tracked.reference,
    stage,
    today,
    ombudsman: settings.ombudsman,
    ...(responseDueOn ? { responseDueOn } : {}),
    ...(tracked.facts.residentName ? { residentName: tracked.facts.residentName } : {}),
    ...(settings.landlord ? { landlord: settings.landlord } : {}),
  };
  const rules = (timeline?.ruleSet ?? rulesFromSettings(settings)) as LetterRuleSetId;
  const context: LetterContext = {
    reference: tracked.reference,
    stage,
    ombudsman: settings.ombudsman,
    ...(settings.landlord ? { landlord: settings.landlord } : {}),
    ...(tracked.facts.residentName ? { residentName: tracked.facts.residentName } : {}),
    ...(responseDueOn ? { responseDueOn } : {}),
  };
  return { view, rules, context, ...(latestExtendedDueOn ? { latestExtendedDueOn } : {}) };
}

/** Turn the SDK's result into the short answer the checklist shows. */
export function summariseCheck(result: CheckResult, draftCase: DraftCase | null): DraftCheck {
  return {
    kind: result.kind,
    ...(result.detection ? { detected: { confidence: result.detection.confidence } } : {}),
    ...(result.needsKind && result.detection ? { needsKind: { candidates: [...result.detection.candidates] } } : {}),
    ...(result.unaddressedPoints.length > 0
      ? { unaddressedPoints: result.unaddressedPoints.map((p) => ({ point: p.point, provision: cite(p.provision), message: p.message })) }
      : {}),
    rules: result.rules,
    stage: result.stage,
    complete: result.complete,
    case: draftCase,
    elements: result.elements.map((element) => ({
      id: element.id,
      title: element.title,
      present: element.present,
      level: element.level,
      provision: cite(element.provision),
      message: element.message,
      ...(element.suggestion ? { suggestion: element.suggestion.sentence } : {}),
    })),
    cautions: result.cautions.map((caution) => ({
      id: caution.id,
      severity: caution.severity,
      provision: cite(caution.provision),
      message: caution.message,
      // The words that caused it, each once, in the order found.
      words: [...new Set(caution.occurrences.map((occurrence) => occurrence.text))].slice(0, 5),
    })),
  };
}

/**
 * Why a draft is too long to check, or `undefined` when it is within the SDK's limits ({@link DRAFT_LIMITS}).
 * Every letters pattern is linear, so a draft within the limits checks in a fraction of a second.
 *
 * @example
 * draftTooLong({ text: 'Dear Ms Lee' }); //=> undefined
 */
export function draftTooLong(draft: DraftBody): string | undefined {
  const [length, limit, what] = 'text' in draft ? [draft.text.length, DRAFT_LIMITS.text, 'characters'] : [draft.html.length, DRAFT_LIMITS.html, 'characters of HTML'];
  if (length <= limit) return undefined;
  return `This draft is too long to check (${length.toLocaleString('en-GB')} ${what}; the most is ${limit.toLocaleString('en-GB')}). Remove the quoted emails below the letter and check again.`;
}

/**
 * Check a draft reply for a case.
 *
 * @example
 * await checkCaseDraft({ db, settings, today: '2026-11-24', caseId, draft: { text: 'Dear Ms Lee…' } });
 */
export async function checkCaseDraft(input: {
  db: ComplaintDb;
  settings: Settings;
  today: string;
  caseId?: string;
  draft: DraftBody;
  kind?: DraftKind;
}): Promise<DraftCheck> {
  // Refuse an oversized draft before any work, so one page's textarea can't hold the worker (issue 10, item 3).
  const tooLong = draftTooLong(input.draft);
  if (tooLong) throw new Error(tooLong);
  const found = input.caseId ? await caseForLetters(input.db, input.caseId, input.settings, input.today) : null;
  const context: LetterContext = found?.context ?? {
    ombudsman: input.settings.ombudsman,
    ...(input.settings.landlord ? { landlord: input.settings.landlord } : {}),
  };
  const result = checkDraft({
    ...input.draft,
    ...(input.kind ? { kind: input.kind } : {}),
    rules: found?.rules ?? rulesFromSettings(input.settings),
    context,
  });
  return summariseCheck(result, found?.view ?? null);
}

async function requireCase(db: ComplaintDb, caseId: string, settings: Settings, today: string): Promise<CaseForLetters> {
  const found = await caseForLetters(db, caseId, settings, today);
  if (!found) throw new Error('This case is not tracked yet: wait for the deadline badge to appear, then try again.');
  return found;
}

function requireDueDate(found: CaseForLetters): string {
  const due = found.view.responseDueOn;
  if (!due) throw new Error(`The stage ${found.view.stage} response has been sent or has no due date, so there is nothing to extend.`);
  return due;
}

/** The warning when a notice would reach the resident after the deadline it extends. */
function lateWarning(today: string, currentDueOn: string): string | undefined {
  if (today <= currentDueOn) return undefined;
  return `The response was due on ${letterDate(currentDueOn)}. An extension must be agreed before the deadline: this notice would go late, and the Ombudsman may treat the response as late.`;
}

/**
 * The new due date for an extension of the case's current response deadline.
 *
 * @example
 * await proposeCaseExtension({ db, settings, today: '2026-11-24', caseId });
 * //=> { currentDueOn: '2026-11-30', cappedDueOn: '2026-12-14', maxWorkingDays: 10, … }
 */
export async function proposeCaseExtension(input: {
  db: ComplaintDb;
  settings: Settings;
  today: string;
  caseId: string;
  requestedNewDueOn?: string;
  goodReason?: string;
}): Promise<ExtensionProposalView> {
  const found = await requireCase(input.db, input.caseId, input.settings, input.today);
  const currentDueOn = requireDueDate(found);
  const proposal = proposeExtension(
    {
      stage: found.view.stage,
      currentDueOn,
      rules: found.rules,
      ...(found.latestExtendedDueOn ? { latestExtendedDueOn: found.latestExtendedDueOn } : {}),
      ...(input.requestedNewDueOn ? { requestedNewDueOn: input.requestedNewDueOn } : {}),
      ...(input.goodReason ? { goodReason: input.goodReason } : {}),
    },
    calendarFor(input.settings.division),
  );
  const late = lateWarning(input.today, currentDueOn);
  const ruleSet = getRuleSet(found.rules);
  return {
    stage: proposal.stage,
    currentDueOn,
    cappedDueOn: proposal.cappedDueOn,
    newDueOn: proposal.newDueOn,
    maxWorkingDays: proposal.maxWorkingDays,
    exceedsCap: proposal.exceedsCap,
    allowed: proposal.allowed,
    goodReasonAllowed: ruleSet.stages[found.view.stage].extensionCap === 'without-good-reason',
    provision: `${ruleSet.shortTitle}, ${proposal.provision.ref}`,
    message: proposal.message,
    ...(late ? { lateWarning: late } : {}),
  };
}

/**
 * Write a letter for the case with the SDK's notice writers.
 *
 * @example
 * await writeCaseLetter({ db, settings, today, caseId, letter: { kind: 'extension-notice', reason: 'we are waiting for a survey', landlord: 'Riverside Homes' } });
 */
export async function writeCaseLetter(input: {
  db: ComplaintDb;
  settings: Settings;
  today: string;
  caseId: string;
  letter: LetterRequest;
}): Promise<WrittenLetter> {
  const found = await requireCase(input.db, input.caseId, input.settings, input.today);
  const { view } = found;
  const base = {
    landlord: input.letter.landlord,
    reference: view.reference,
    ombudsman: input.settings.ombudsman,
    ...(view.residentName ? { residentName: view.residentName } : {}),
  };
  const { letter } = input;
  if (letter.kind === 'extension-notice') {
    const currentDueOn = requireDueDate(found);
    const notice = writeExtensionNotice(
      {
        ...base,
        stage: view.stage,
        currentDueOn,
        reason: letter.reason,
        rules: found.rules,
        ...(found.latestExtendedDueOn ? { latestExtendedDueOn: found.latestExtendedDueOn } : {}),
        ...(letter.newDueOn ? { newDueOn: letter.newDueOn } : {}),
        ...(letter.goodReason ? { goodReason: letter.goodReason } : {}),
      },
      calendarFor(input.settings.division),
    );
    const late = lateWarning(input.today, currentDueOn);
    return {
      subject: notice.subject,
      text: notice.text,
      html: notice.html,
      extension: {
        stage: view.stage,
        newDueOn: notice.proposal.newDueOn,
        notifiedOn: input.today,
        goodReason: notice.proposal.exceedsCap && Boolean(letter.goodReason),
        ...(late ? { lateWarning: late } : {}),
      },
    };
  }
  if (letter.kind === 'acknowledgement') {
    const responseDueOn = view.responseDueOn;
    if (!responseDueOn) throw new Error('The case has no open response deadline to give in the acknowledgement.');
    const notice = writeAcknowledgement({
      ...base,
      stage: view.stage,
      complaintSummary: letter.complaintSummary,
      outcomesSought: letter.outcomesSought,
      responseDueOn,
    });
    return { subject: notice.subject, text: notice.text, html: notice.html };
  }
  if (letter.kind === 'escalation-refusal') {
    const notice = writeEscalationRefusal({ ...base, reasons: letter.reasons });
    return { subject: notice.subject, text: notice.text, html: notice.html };
  }
  const notice = writeRefusal({ ...base, matter: letter.matter, reasons: letter.reasons });
  return { subject: notice.subject, text: notice.text, html: notice.html };
}
