import { describe, expect, it } from 'vitest';
import { checkDraft } from './check-draft.js';

const element = (result: ReturnType<typeof checkDraft>, id: string) => result.elements.find((e) => e.id === id);
const reasonAndDate = 'We need more time to respond because we are waiting for a damp survey. We will now send you our full response by Wednesday 27 January 2027.';

describe('checkDraft: which stage a letter is at', () => {
  it.each<[string, 1 | 2, Parameters<typeof checkDraft>[0]]>([
    ['a stage 2 response, whatever it says', 2, { kind: 'stage2-response', text: 'This is our stage 1 response.' }],
    ['a stage 1 response, even when it mentions stage 2', 1, { kind: 'stage1-response', text: 'You can ask for a stage 2 review.' }],
    ['a notice saying "stage two"', 2, { kind: 'acknowledgement', text: 'We have logged your stage two complaint.' }],
    ['a notice saying "stage2"', 2, { kind: 'acknowledgement', text: 'We have logged your stage2 complaint.' }],
    ['a notice saying "stage-2"', 2, { kind: 'acknowledgement', text: 'We have logged your stage-2 complaint.' }],
    ['a notice about an escalation', 2, { kind: 'acknowledgement', text: 'Thank you for your escalation request.' }],
    ['a notice with no clue', 1, { kind: 'acknowledgement', text: 'Thank you for your complaint.' }],
    ['a notice whose context says stage 1, even with a clue', 1, { kind: 'acknowledgement', text: 'Your complaint was escalated.', context: { stage: 1 } }],
  ])('%s → stage %i', (_what, stage, input) => {
    expect(checkDraft(input).stage).toBe(stage);
  });
});

describe('checkDraft: input', () => {
  it('turns CR and CRLF line ends into LF', () => {
    expect(checkDraft({ kind: 'refusal', text: 'one\rtwo\r\nthree' }).text).toBe('one\ntwo\nthree');
  });

  it('refuses a draft over the size limits with a plain message', () => {
    expect(() => checkDraft({ text: 'a'.repeat(300_001) })).toThrow('The draft is too long to check (over 300,000 characters).');
    expect(() => checkDraft({ html: 'a'.repeat(1_500_001) })).toThrow('The draft is too long to check (over 1.5 million characters of HTML).');
  });

  it('gives per-character source offsets only for HTML', () => {
    expect('sourceOffsets' in checkDraft({ kind: 'refusal', text: 'Dear Ms Lee' })).toBe(false);
    expect(checkDraft({ kind: 'refusal', html: '<p>Hi</p>' }).sourceOffsets).toEqual([3, 4]);
  });
});

describe('checkDraft: complete', () => {
  it('is true when every required element is there, even if advice is missing (HO Code 2022 notice without Ombudsman details)', () => {
    const result = checkDraft({ kind: 'extension-notice', rules: 'ho-2022', text: reasonAndDate });
    expect(result.elements.map((e) => [e.id, e.level, e.present])).toEqual([
      ['reason', 'required', true],
      ['new-deadline', 'required', true],
      ['ombudsman-contact', 'advice', false],
    ]);
    expect(result.complete).toBe(true);
  });

  it('is false when a required element is missing', () => {
    const result = checkDraft({ kind: 'extension-notice', rules: 'ho-2024', text: reasonAndDate });
    expect(element(result, 'ombudsman-contact')).toMatchObject({ level: 'required', present: false });
    expect(result.complete).toBe(false);
    expect(checkDraft({ kind: 'extension-notice', rules: 'ho-2022', text: 'We need more time.' }).complete).toBe(false);
  });
});

describe('checkDraft: messages', () => {
  it('a stage 1 response without an escalation route gets the usual message; naming only the Ombudsman gets its own', () => {
    const none = checkDraft({ kind: 'stage1-response', text: 'This is our stage 1 response. We have upheld your complaint.' });
    expect(element(none, 'escalation')?.message).toBe('Explain how to escalate the complaint if the resident is not satisfied.');
    const ombudsmanOnly = checkDraft({ kind: 'stage1-response', text: 'This is our stage 1 response. If you are unhappy, contact the Housing Ombudsman on 0300 111 3000.' });
    expect(element(ombudsmanOnly, 'escalation')?.message).toBe(
      'The letter names the Ombudsman but does not explain how to ask for stage 2. At stage 1, explain how to escalate to stage 2.',
    );
    // Only the escalation element gets that message.
    expect(element(ombudsmanOnly, 'stage')).toMatchObject({ present: true, message: 'Says which stage of the complaints process this is.' });
  });

  it('a stage 2 response offering a third stage: escalation is missing with its own message and no evidence; the other elements keep theirs', () => {
    const result = checkDraft({ kind: 'stage2-response', text: 'This is our stage 2 response. If you remain unhappy, you can ask for a further review by our Chief Executive, or contact the Ombudsman.' });
    expect(element(result, 'escalation')).toMatchObject({
      present: false,
      message: 'The letter offers another internal review. Stage 2 is the final response: explain how to refer the complaint to the Ombudsman instead.',
    });
    expect(element(result, 'escalation')?.evidence).toBeUndefined();
    expect(element(result, 'stage')).toMatchObject({ present: true, message: 'Says which stage of the complaints process this is.' });
  });

  it('out-of-date Ombudsman details: missing, with a message saying so', () => {
    const result = checkDraft({ kind: 'extension-notice', text: `${reasonAndDate} You can write to the Housing Ombudsman at PO Box 152, Liverpool L33 7WQ.` });
    expect(result.cautions.map((c) => c.id)).toContain('outdated-ombudsman-contact');
    expect(element(result, 'ombudsman-contact')).toMatchObject({ present: false, message: "The Ombudsman's contact details in the letter are out of date. Give the current ones." });
    expect(element(result, 'reason')).toMatchObject({ present: true, message: 'Explains why more time is needed.' });
    // Another missing element keeps its own message.
    const noDate = checkDraft({ kind: 'extension-notice', text: 'We need more time to respond because we are waiting for a damp survey. You can write to the Housing Ombudsman at PO Box 152, Liverpool L33 7WQ.' });
    expect(element(noDate, 'new-deadline')).toMatchObject({ present: false, message: 'Give the new date (or timescale) by which the resident will get the response.' });
  });

  it('an empty heading is named in front of the missing message', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'Remedy\n\nOutstanding actions\nThere are no outstanding actions.' });
    expect(element(result, 'remedy')?.message).toBe('The heading "Remedy" has nothing under it. ' + 'Set out any remedy offered to put things right, what will happen and by when, or say that no remedy is offered.');
  });
});
