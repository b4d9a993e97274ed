import { describe, expect, test } from 'vitest';
import { createCalendar } from '../../calendar/index.js';
import { checkDraft } from '../check-draft.js';
import { proposeExtension } from '../../timeline/proposeExtension.js';
import { writeAcknowledgement } from './acknowledgement.js';
import { writeExtensionNotice } from './extension-notice.js';
import { writeRefusal } from './refusal.js';
import { writeEscalationRefusal } from './escalation-refusal.js';

const calendar = createCalendar();
const allPresent = (result: ReturnType<typeof checkDraft>) => result.elements.filter((e) => !e.present).map((e) => e.id);

describe('notices pass the checker for their own kind', () => {
  test.each([1, 2] as const)('extension notice, stage %i, as text and HTML', (stage) => {
    const notice = writeExtensionNotice({ landlord: 'Riverside Homes', residentName: 'Mrs Okafor', reference: 'RH-1', stage, currentDueOn: '2027-01-13', reason: 'we are waiting for a damp survey' }, calendar);
    expect(allPresent(checkDraft({ text: notice.text, kind: 'extension-notice' }))).toEqual([]);
    expect(allPresent(checkDraft({ html: notice.html, kind: 'extension-notice' }))).toEqual([]);
    expect(checkDraft({ text: notice.text }).kind).toBe('extension-notice');
    expect(notice.text).toContain('0300 111 3000');
    // Stage 1: Wed 13 Jan 2027 + 10 working days = Wed 27 Jan; stage 2: + 20 = Wed 10 Feb.
    expect(notice.text).toContain(`We will now send you our full response by ${stage === 1 ? 'Wednesday 27 January 2027' : 'Wednesday 10 February 2027'}.`);
  });
  test.each([1, 2] as const)('acknowledgement, stage %i', (stage) => {
    const notice = writeAcknowledgement({
      landlord: 'Riverside Homes', stage, complaintSummary: 'the damp in your bedroom has come back three times',
      outcomesSought: ['a permanent repair', 'the cost of a new mattress'], notResponsibleFor: stage === 2 ? [{ aspect: 'the bins', who: 'the council' }] : [], responseDueOn: '2027-02-10',
    });
    expect(allPresent(checkDraft({ text: notice.text, kind: 'acknowledgement', context: { stage } }))).toEqual([]);
    expect(allPresent(checkDraft({ html: notice.html, kind: 'acknowledgement' }))).toEqual([]);
    expect(checkDraft({ text: notice.text }).kind).toBe('acknowledgement');
  });
  test('refusal, with the LGSCO', () => {
    const notice = writeRefusal({ landlord: 'Hightown Council', matter: 'your complaint about the kitchen', reasons: 'legal proceedings about the same issue have started', ombudsman: 'lgsco' });
    expect(allPresent(checkDraft({ text: notice.text, kind: 'refusal' }))).toEqual([]);
    expect(notice.text).toContain('PO Box 4771, Coventry, CV4 0EH');
    expect(checkDraft({ text: notice.text }).kind).toBe('refusal');
  });
});

describe('refusal to escalate (HO 2024 5.11)', () => {
  test('passes the checker for a refusal letter and is detected as one', () => {
    const notice = writeEscalationRefusal({ landlord: 'Riverside Homes', residentName: 'Mr Shah', reference: 'RH-9', reasons: 'because you asked more than 12 months after our stage 1 response.' });
    expect(allPresent(checkDraft({ text: notice.text, kind: 'refusal' }))).toEqual([]);
    expect(allPresent(checkDraft({ html: notice.html, kind: 'refusal' }))).toEqual([]);
    expect(checkDraft({ text: notice.text }).kind).toBe('refusal');
    expect(notice.text).toContain('we cannot escalate your complaint to stage 2 because you asked more than 12 months after our stage 1 response.');
    expect(notice.text).toContain('0300 111 3000');
  });
  test('reasons are required', () => {
    expect(() => writeEscalationRefusal({ landlord: 'A', reasons: ' ' })).toThrow(/reasons is required/);
  });
});

describe('acknowledgement requirements (HO 2024 5.6, 5.7)', () => {
  // Hand-worked: this letter has the definition and outcomes sought, but no response date and no responsibility statement.
  const letter = 'Dear Ms Bell,\n\nThank you for your complaint, which we have logged at stage 1.\n\nYour complaint\nThe damp in your bedroom has come back three times since March.\n\nWhat you would like to happen\nYou would like a permanent repair and new carpet.\n\nYours sincerely,\nRiverside Homes';
  const byId = (r: ReturnType<typeof checkDraft>) => Object.fromEntries(r.elements.map((e) => [e.id, e]));
  test('a missing response date is advice, not a missing requirement', () => {
    const found = byId(checkDraft({ text: letter, kind: 'acknowledgement' }));
    expect(found['definition']).toMatchObject({ present: true, level: 'required' });
    expect(found['definition']?.provision.ref).toBe('5.6');
    expect(found['outcomes-sought']).toMatchObject({ present: true, level: 'required' });
    expect(found['response-deadline']).toMatchObject({ present: false, level: 'advice' });
    expect(found['responsibility-scope']).toMatchObject({ present: false, level: 'advice' });
  });
  test('5.7 is a requirement when parts are not the landlord\'s', () => {
    const found = byId(checkDraft({ text: letter, kind: 'acknowledgement', context: { partsNotOurs: true } }));
    expect(found['responsibility-scope']).toMatchObject({ present: false, level: 'required' });
    expect(found['responsibility-scope']?.provision.ref).toBe('5.7');
  });
});

describe('notice input', () => {
  test('HTML is escaped', () => {
    const notice = writeRefusal({ landlord: 'A & B <Homes>', matter: 'your <script>alert(1)</script> complaint', reasons: 'it is "late"' });
    expect(notice.html).not.toContain('<script>');
    expect(notice.html).toContain('&lt;script&gt;');
    expect(notice.html).toContain('A &amp; B &lt;Homes&gt;');
  });
  test('missing fields give clear messages', () => {
    expect(() => writeRefusal({ landlord: 'A', matter: 'x y z', reasons: '' })).toThrow(/reasons is required/);
    expect(() => writeAcknowledgement({ landlord: 'A', stage: 1, complaintSummary: 'abc', outcomesSought: [], responseDueOn: '2027-02-30' })).toThrow(/not a real date|at least one outcome/);
  });
  test('a date past the cap without a good reason is refused', () => {
    expect(() => writeExtensionNotice({ landlord: 'A', stage: 1, currentDueOn: '2027-01-13', newDueOn: '2027-03-01', reason: 'we need a survey' }, calendar)).toThrow(/more than the 10 allowed/);
  });
});

describe('proposeExtension', () => {
  test('caps at 10 working days at stage 1 and 20 at stage 2 (HO 2024), over bank holidays', () => {
    expect(proposeExtension({ stage: 1, currentDueOn: '2026-12-18' }, calendar).newDueOn).toBe('2027-01-06');
    // Fri 18 Dec 2026 + 10: Mon 21 … Thu 24 Dec (4), Tue 29 … Thu 31 Dec (7), Mon 4 … Wed 6 Jan 2027 (10);
    // 25 and 28 Dec 2026 and 1 Jan 2027 are bank holidays.
    // Wed 13 Jan 2027 + 20: Thu 14 Jan is day 1, Fri 29 Jan day 12, Wed 10 Feb day 20 (no bank holidays).
    expect(proposeExtension({ stage: 2, currentDueOn: '2027-01-13' }, calendar)).toMatchObject({ cappedDueOn: '2027-02-10', newDueOn: '2027-02-10', workingDays: 20 });
  });
  test('a date within the cap is used as asked', () => {
    const p = proposeExtension({ stage: 1, currentDueOn: '2027-01-13', requestedNewDueOn: '2027-01-20' }, calendar);
    expect(p).toMatchObject({ newDueOn: '2027-01-20', workingDays: 5, exceedsCap: false, allowed: true });
  });
  test('past the cap: allowed only with a good reason', () => {
    const without = proposeExtension({ stage: 1, currentDueOn: '2027-01-13', requestedNewDueOn: '2027-02-15' }, calendar);
    expect(without).toMatchObject({ exceedsCap: true, allowed: false, newDueOn: '2027-01-27' });
    const withReason = proposeExtension({ stage: 1, currentDueOn: '2027-01-13', requestedNewDueOn: '2027-02-15', goodReason: 'the specialist survey cannot be done sooner' }, calendar);
    expect(withReason).toMatchObject({ exceedsCap: true, allowed: true, newDueOn: '2027-02-15' });
  });
});
