// Tests written against mutants that survived `pnpm mutation letters` (mutation/SURVIVORS.md): each one
// fails when the named mutant is applied by hand. Inputs are short letter excerpts with hand-worked results.
import { describe, expect, test } from 'vitest';
import { checkDraft } from './check-draft.js';
import { analyseLetter } from './document.js';
import { compileElementRule, matchElement, sectionBreaks } from './match-element.js';
import type { LetterKind } from './types.js';

const element = (result: ReturnType<typeof checkDraft>, id: string) => result.elements.find((e) => e.id === id);
const check = (kind: LetterKind, text: string, extra: Partial<Parameters<typeof checkDraft>[0]> = {}) => checkDraft({ kind, text, ...extra });

const OMBUDSMAN_BUT_NO_STAGE2 = 'The letter names the Ombudsman but does not explain how to ask for stage 2. At stage 1, explain how to escalate to stage 2.';
const OUTDATED_CONTACT = "The Ombudsman's contact details in the letter are out of date. Give the current ones.";
const THIRD_STAGE = 'The letter offers another internal review. Stage 2 is the final response: explain how to refer the complaint to the Ombudsman instead.';

describe('checkDraft: partsNotOurs decides whether 5.7 is required', () => {
  const ack = 'Thank you for your complaint about the broken fence. You would like the fence replaced.';

  // Mutants: `context.partsNotOurs ?? false` → `context.partsNotOurs && false`.
  test('told that parts are not ours, the scope is required', () => {
    expect(element(check('acknowledgement', ack, { context: { partsNotOurs: true } }), 'responsibility-scope')?.level).toBe('required');
  });

  // Mutant: `?? false` → `?? true`.
  test('told nothing, the scope is advice', () => {
    expect(element(check('acknowledgement', ack), 'responsibility-scope')?.level).toBe('advice');
  });
});

describe('checkDraft: the third-stage caution takes escalation away only at stage 2', () => {
  // Mutant: `kind === 'stage2-response'` → `true`.
  test('a stage 1 letter naming a third stage still explains how to escalate', () => {
    const result = check('stage1-response', 'If you are not happy with this response, you can ask for a stage 2 review by replying to this letter. We used to have a stage 3 but no longer do.');
    expect(result.cautions.map((c) => c.id)).toContain('third-stage');
    expect(element(result, 'escalation')?.present).toBe(true);
  });

  // Mutant: `c.id === 'third-stage'` → `true` (any caution would take the escalation away).
  test('a stage 2 letter with another caution still explains how to escalate', () => {
    const result = check('stage2-response', 'If you are still unhappy, you can refer your complaint to the Housing Ombudsman. You first raised this as a stage 0 complaint.');
    expect(result.cautions.map((c) => c.id)).toEqual(['informal-stage']);
    expect(element(result, 'escalation')).toMatchObject({ present: true, message: 'Explains how to escalate.' });
  });

  test('a stage 2 letter offering a further review loses its escalation (the branch the mutants change)', () => {
    const result = check('stage2-response', 'If you are still unhappy, you can ask for a further review by our Chief Executive.');
    expect(element(result, 'escalation')).toMatchObject({ present: false, message: THIRD_STAGE });
  });

  // Mutant: the escalation's sentence → the whole letter. "now" elsewhere in the letter does not make the
  // Ombudsman an option now; only in the sentence that explains the escalation.
  test('"now" outside the escalation sentence does not keep the escalation', () => {
    const result = check('stage2-response', 'If you are still unhappy, you can ask for a further review by our Chief Executive. You can also refer your complaint to the Housing Ombudsman. We have now closed your complaint.');
    expect(element(result, 'escalation')).toMatchObject({ present: false, message: THIRD_STAGE });
  });

  test('"now" in the escalation sentence keeps it', () => {
    const result = check('stage2-response', 'If you are still unhappy, you can ask for a further review by our Chief Executive. You can also refer your complaint to the Housing Ombudsman now.');
    expect(element(result, 'escalation')).toMatchObject({ present: true, message: 'Explains how to escalate.' });
  });
});

describe('checkDraft: "names the Ombudsman but not stage 2" is said only of a missing stage 1 escalation', () => {
  const namesOmbudsman = 'You can also refer your complaint to the Housing Ombudsman.';

  // Mutant: `!present && requirement.id === 'escalation'` → `!present || …`.
  test('a stage 1 letter that explains stage 2 and names the Ombudsman keeps the present message', () => {
    const result = check('stage1-response', `If you are not happy with this response, you can ask for a stage 2 review by replying to this letter. ${namesOmbudsman}`);
    expect(element(result, 'escalation')).toMatchObject({ present: true, message: 'Explains how to escalate.' });
  });

  // Mutant: `requirement.id === 'escalation'` → `true` (every missing element would get the Ombudsman message).
  test('another missing element of that letter keeps its own message', () => {
    const result = check('stage1-response', namesOmbudsman);
    expect(element(result, 'escalation')).toMatchObject({ present: false, message: OMBUDSMAN_BUT_NO_STAGE2 });
    expect(element(result, 'remedy')).toMatchObject({ present: false, message: 'Set out any remedy offered to put things right, what will happen and by when, or say that no remedy is offered.' });
  });

  // Mutant: `r.rule.kinds?.includes` → `r.rule.kinds.includes`: a landlord's own escalation phrase has no kinds.
  test("a landlord's own escalation phrase (no kinds) does not break the check", () => {
    const result = check('stage1-response', 'We have not upheld your complaint.', { phrases: { escalation: { phrases: ['ask our review team'] } } });
    expect(element(result, 'escalation')).toMatchObject({ present: false, message: 'Explain how to escalate the complaint if the resident is not satisfied.' });
  });
});

describe('checkDraft: the outdated-contact message needs the outdated-contact caution', () => {
  // Mutant: `cautions.some(…)` → `cautions.every(…)` (true for no cautions at all).
  test('an extension notice with no cautions and no contact details gets the missing message', () => {
    const result = check('extension-notice', 'We need more time because the surveyor cannot visit until 3 June. We will reply by 17 June.');
    expect(result.cautions).toEqual([]);
    expect(element(result, 'ombudsman-contact')).toMatchObject({ present: false, message: "Give the Ombudsman's contact details (phone, email, website or address), not just its name." });
  });

  // Mutant: `c.id === 'outdated-ombudsman-contact'` → `true`.
  test('another caution does not make the contact details out of date', () => {
    const result = check('extension-notice', 'We need more time on your stage 0 complaint because the surveyor cannot visit until 3 June. We will reply by 17 June.');
    expect(result.cautions.map((c) => c.id)).toEqual(['informal-stage']);
    expect(element(result, 'ombudsman-contact')?.message).not.toBe(OUTDATED_CONTACT);
  });

  test('old contact details get the outdated message', () => {
    const result = check('extension-notice', 'We need more time because the surveyor cannot visit until 3 June. You can write to the Ombudsman at PO Box 152.');
    expect(element(result, 'ombudsman-contact')).toMatchObject({ present: false, message: OUTDATED_CONTACT });
  });
});

describe('matchElement: headings', () => {
  const remedy = compileElementRule({ id: 'remedy', headings: ['remedy'] });
  const putRight = compileElementRule({ id: 'remedy', headings: ['putting things right'] });
  const match = (text: string, rules = [remedy]) => {
    const doc = analyseLetter(text);
    return matchElement(doc, rules, sectionBreaks(doc, () => false));
  };

  // Mutant: `!line.headingLike` → `false` ("remedy" in lower case is not heading-shaped).
  test('a line that is not heading-shaped is not a heading', () => {
    expect(match('remedy\nWe will pay you £50.')).toEqual({ present: false });
  });

  // Mutant: `rules.some(…)` → `rules.every(…)`: one of two rules knowing the heading is enough.
  test('a heading known to one of two rules counts', () => {
    expect(match('Remedy\nWe will pay you £50.', [putRight, remedy])).toEqual({ present: true, evidence: { start: 0, end: 6, text: 'Remedy', rule: 'heading' } });
  });
});

describe('matchElement: phrases', () => {
  const match = (text: string, rule: Parameters<typeof compileElementRule>[0]) => {
    const doc = analyseLetter(text);
    return matchElement(doc, [compileElementRule(rule)], sectionBreaks(doc, () => false));
  };

  // Mutant: `start >= line.start` → `true`: a phrase before an empty heading still counts.
  test('a phrase above an empty heading counts', () => {
    expect(match('We will pay you £50.\n\nRemedy\n', { id: 'remedy', headings: ['remedy'], phrases: ['pay you'] })).toEqual({
      present: true,
      evidence: { start: 8, end: 15, text: 'pay you', rule: 'phrase' },
    });
  });

  // Mutant: `start <= line.end` → `start < line.end`: a match starting on the newline that ends an empty
  // heading's line is still on that line (a landlord pattern may start with white space).
  test('a match starting at the end of an empty heading line does not count', () => {
    const text = 'Remedy\nIf you are not happy, ask for stage 2.';
    expect(match(text, { id: 'remedy', headings: ['remedy'], phrases: ['\\nif you'] })).toEqual({
      present: false,
      emptyHeading: { start: 0, end: 6, text: 'Remedy', rule: 'heading' },
    });
  });

  // Mutant: `m[0].length === 0` → `true`: after a refused match the search goes on from its end, not one
  // character later, so a match right after it is found.
  test('a match right after a refused one is found', () => {
    expect(match('No pay. pay later.', { id: 'remedy', phrases: ['pay[. ]*'], unless: ['\\bno\\b'] })).toEqual({
      present: true,
      evidence: { start: 8, end: 12, text: 'pay ', rule: 'phrase' },
    });
  });
});

describe('sectionBreaks: the paragraphs that open a new part of a letter', () => {
  // A "Remedy" heading, then the paragraph; the paragraph ends the remedy section when it opens a new part.
  const breaks = (paragraph: string) => sectionBreaks(analyseLetter(`Remedy\n\n${paragraph}`), () => false);

  // Mutants of OPENS_SECTION: the optional verb, "still" and the negation each made required, and the
  // apostrophe class negated.
  test.each([
    ['If you are not happy with this response, you can ask for stage 2.'], // "still" optional
    ['If you are happy with this outcome, you do not need to do anything.'], // no "not"/"un"/"dis"
    ['If you unhappy with this response, you can ask for stage 2.'], // a draft that dropped the verb
    ["If you're not happy with this response, you can ask for stage 2."],
    ['If you’re still dissatisfied, you can ask for stage 2.'],
    ['If you remain unhappy, you can ask for stage 2.'],
    ["This is the council's final response."],
  ])('%s opens a section', (paragraph) => {
    expect(breaks(paragraph)).toEqual([false, false, true]);
  });

  test.each([['If you have any questions, please call us.'], ['If your repair is not done by Friday, call us.']])('%s does not', (paragraph) => {
    expect(breaks(paragraph)).toEqual([false, false, false]);
  });
});

describe('checkDraft: unanswered points are looked for in responses only', () => {
  // Mutant: `kind === 'stage1-response' || kind === 'stage2-response'` → `true`. The same text as a stage 1
  // response has one unanswered point (the rude call); as an acknowledgement it has none.
  const text = 'Dear Mr Price\n\nYou complained about:\n1. the delay in repairing your boiler\n2. the rude phone call with our call centre\n\nBoiler repair: we have upheld this part because the repair took six weeks.\n\nYours sincerely';

  test('a stage 1 response reports the point with no decision', () => {
    expect(check('stage1-response', text).unaddressedPoints.map((p) => p.point)).toEqual(['the rude phone call with our call centre']);
  });

  test('an acknowledgement with the same words reports none', () => {
    const result = check('acknowledgement', text);
    expect(element(result, 'definition')?.present).toBe(true);
    expect(result.unaddressedPoints).toEqual([]);
  });
});

describe('checkDraft: the Ombudsman-only message is a stage 1 message', () => {
  // Mutant: `kind === 'stage1-response'` → `true` in that branch. At stage 2 the Ombudsman rules are a subset
  // of the escalation rules, so they differ only when a landlord's own escalation heading (a rule with no
  // kinds) is empty and its line holds an Ombudsman phrase: the full check refuses the phrase on the empty
  // heading, the Ombudsman-only check does not.
  test('an empty landlord heading naming the Ombudsman at stage 2 gets the empty-heading message', () => {
    const result = check('stage2-response', 'This is our stage 2 response.\n\nReferring your complaint to the Housing Ombudsman', {
      phrases: { escalation: { headings: ['Referring your complaint to the Housing Ombudsman'] } },
    });
    expect(element(result, 'escalation')).toMatchObject({
      present: false,
      message: 'The heading "Referring your complaint to the Housing Ombudsman" has nothing under it. Explain how to escalate the complaint if the resident is not satisfied.',
    });
  });
});
