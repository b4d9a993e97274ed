import { describe, expect, test } from 'vitest';
import { checkDraft } from './check-draft.js';

const element = (result: ReturnType<typeof checkDraft>, id: string) => result.elements.find((e) => e.id === id);

describe('checkDraft', () => {
  test('a stage 1 letter that only mentions stage 2 as the next step has not stated its stage, but has escalated', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'Dear Ms Hughes\n\nWe have not upheld your complaint about the garden. If you remain unhappy, you can ask for a stage 2 review.\n\nYours sincerely' });
    expect(element(result, 'stage')?.present).toBe(false);
    expect(element(result, 'escalation')?.present).toBe(true);
    expect(element(result, 'decision')?.present).toBe(true);
  });
  test('a heading followed by an empty section does not count', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'Remedy\n\nOutstanding actions\nThere are no outstanding actions.\n\nYours sincerely' });
    expect(element(result, 'remedy')?.present).toBe(false);
    expect(element(result, 'remedy')?.emptyHeading?.text).toBe('Remedy');
    expect(element(result, 'outstanding-actions')?.present).toBe(true);
  });
  test('placeholders do not count as content', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'Remedy\n[insert details of any remedy offered to put things right]\n' });
    expect(element(result, 'remedy')?.present).toBe(false);
  });
  test('evidence offsets refer to the returned text, for HTML too', () => {
    const html = '<p>Dear Mr Lee,</p><h2>Our decision</h2><p>We have <strong>not upheld</strong> your complaint &amp; explain why below.</p>';
    const result = checkDraft({ kind: 'stage1-response', html });
    const decision = element(result, 'decision');
    expect(decision?.present).toBe(true);
    const { start, end } = decision?.evidence ?? { start: 0, end: 0 };
    expect(result.text.slice(start, end)).toBe(decision?.evidence?.text);
    expect(html.slice(result.sourceOffsets?.[start] ?? -1)).toMatch(/^Our decision/);
  });
  test('a stage 1 letter naming only the Ombudsman has not escalated correctly', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'This is our stage 1 response. If you are unhappy, contact the Housing Ombudsman on 0300 111 3000.' });
    expect(element(result, 'escalation')?.present).toBe(false);
    expect(element(result, 'escalation')?.message).toMatch(/names the Ombudsman/);
  });
  test('a stage 2 letter offering another internal review has not escalated correctly', () => {
    const result = checkDraft({ kind: 'stage2-response', text: 'This is our stage 2 response. If you remain unhappy, you can ask for a further review by our Chief Executive, or contact the Ombudsman.' });
    expect(element(result, 'escalation')?.present).toBe(false);
    expect(result.cautions.map((c) => c.id)).toContain('third-stage');
  });
  test('cautions depend on the rule set', () => {
    const text = 'This is our stage 1 response. Your complaint is partially upheld. Our surveyor, John Smith, visited on 3 May.';
    const joint = checkDraft({ kind: 'stage1-response', rules: 'joint-draft-2023', text });
    const ho = checkDraft({ kind: 'stage1-response', rules: 'ho-2024', text });
    expect(joint.cautions.find((c) => c.id === 'partially-upheld')?.severity).toBe('warning');
    expect(ho.cautions.find((c) => c.id === 'partially-upheld')?.severity).toBe('advice');
    expect(joint.cautions.find((c) => c.id === 'names-staff')?.evidence.text).toBe('John Smith');
  });
  test('a signature is not a named member of staff', () => {
    const result = checkDraft({ kind: 'stage1-response', text: 'Dear Ms Lee\n\nWe have upheld your complaint.\n\nYours sincerely\n\nJohn Smith\nRepairs Manager' });
    expect(result.cautions.find((c) => c.id === 'names-staff')).toBeUndefined();
  });
  test('suggestions are filled from the context and never contain unfilled placeholders', () => {
    const withDate = checkDraft({ kind: 'extension-notice', text: 'We need more time.', context: { newDueOn: '2027-01-27', ombudsman: 'lgsco' } });
    expect(element(withDate, 'new-deadline')?.suggestion?.sentence).toBe('We will now send you our full response by Wednesday 27 January 2027.');
    expect(element(withDate, 'ombudsman-contact')?.suggestion?.sentence).toMatch(/0300 061 0614/);
    const without = checkDraft({ kind: 'extension-notice', text: 'We need more time.' });
    expect(element(without, 'new-deadline')?.suggestion).toEqual({ sentence: 'We will now send you our full response by [date].', missing: ['newDueOn'] });
    for (const e of without.elements) expect(e.suggestion?.sentence ?? '').not.toMatch(/\{/);
  });
  test('landlord phrases extend the built-in rules', () => {
    const text = 'Local resolution response\n\nWe have upheld your complaint.';
    expect(element(checkDraft({ kind: 'stage1-response', text }), 'stage')?.present).toBe(false);
    expect(element(checkDraft({ kind: 'stage1-response', text, phrases: { stage: { phrases: ['Local resolution response'] } } }), 'stage')?.present).toBe(true);
  });
  test('detects the kind and says how sure it is', () => {
    const result = checkDraft({ text: 'We are sorry, but we need more time to respond to your complaint because we are waiting for a survey. We will reply by 3 March 2027.' });
    expect(result.kind).toBe('extension-notice');
    expect(result.detection?.confidence).toBeGreaterThan(0.5);
    expect(result.detection?.reasons.length).toBeGreaterThan(0);
  });
  test('rejects bad input with a clear message', () => {
    expect(() => checkDraft({ text: 'x', html: '<p>x</p>' })).toThrow(/exactly one/);
    expect(() => checkDraft({ text: 'x', kind: 'letter' as never })).toThrow(/Unknown letter kind/);
  });
  test('plain-language advice for long sentences and jargon', () => {
    const long = `We ${'really '.repeat(40)}care. We are in receipt of your letter.`;
    const ids = checkDraft({ kind: 'stage1-response', text: long }).advice.map((a) => a.id);
    expect(ids).toEqual(['long-sentence', 'jargon']);
  });
});
