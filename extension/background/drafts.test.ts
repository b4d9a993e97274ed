import 'fake-indexeddb/auto';
import { defaultSettings, type Settings } from '@complaint-code/shared';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ComplaintDb, openDb, recordExtension, recordSeen } from '../data/index.js';
import { checkCaseDraft, draftTooLong, proposeCaseExtension, writeCaseLetter } from './drafts.js';
import { createMessageHandler, type Sender } from './handle-message.js';

const origin = 'https://crm.example';
const caseId = `${origin}|CMP-1042`;
// Received Mon 2 Nov 2026, acknowledged Wed 4 Nov → stage 1 response due Wed 18 Nov (HO Code 2024 6.3:
// Thu 5 Nov is working day 1 … Wed 18 Nov is day 10). The cap (6.4) is 10 more: Thu 19 … Wed 2 Dec.
const facts = { reference: 'CMP-1042', stage: 1 as const, stage1ReceivedOn: '2026-11-02', stage1AcknowledgedOn: '2026-11-04', residentName: 'Ms Lee' };
const settings: Settings = { ...defaultSettings, landlord: 'Riverside Homes' };

let db: ComplaintDb;
beforeEach(async () => {
  db = openDb(`drafts-${crypto.randomUUID()}`);
  await recordSeen(db, { origin, url: `${origin}/cases/1`, adapterId: 'acme', facts, now: new Date('2026-11-10T09:00:00Z') });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('checkCaseDraft', () => {
  it('lists the parts the letter has and lacks, with provisions and sentences filled from the case', async () => {
    const result = await checkCaseDraft({ db, settings, today: '2026-11-10', caseId, draft: { text: 'Dear Ms Lee,\n\nThank you for your email.' }, kind: 'stage1-response' });
    const stage = result.elements.find((element) => element.id === 'stage');
    expect(stage).toMatchObject({ present: false, level: 'required' });
    expect(stage?.provision).toMatch(/^HO Code 2024, /);
    expect(stage?.suggestion).toBe('This is our stage 1 response to your complaint (reference CMP-1042).');
    expect(result.case).toMatchObject({ caseId, reference: 'CMP-1042', stage: 1, responseDueOn: '2026-11-18', landlord: 'Riverside Homes', residentName: 'Ms Lee' });
    expect(result.complete).toBe(false);

    const fixed = await checkCaseDraft({ db, settings, today: '2026-11-10', caseId, draft: { text: 'This is our stage 1 response to your complaint.' }, kind: 'stage1-response' });
    expect(fixed.elements.find((element) => element.id === 'stage')?.present).toBe(true);
  });

  it('names the words behind a caution, and guesses the kind when none is chosen', async () => {
    const result = await checkCaseDraft({ db, settings, today: '2026-11-10', caseId, draft: { html: '<p>This is our stage 1 response. Your complaint is partially upheld.</p>' } });
    expect(result.detected).toBeDefined();
    const caution = result.cautions.find((c) => c.id === 'partially-upheld');
    expect(caution?.words.join(' ')).toMatch(/partially upheld/i);
  });

  it('passes on the SDK asking which letter this is, and the points of the complaint with no decision', async () => {
    const terse = await checkCaseDraft({ db, settings, today: '2026-11-10', caseId, draft: { text: 'Dear Ms Lee\n\nPlease see attached.\n\nRegards' } });
    expect(terse.needsKind?.candidates).toHaveLength(5);
    const chosen = await checkCaseDraft({ db, settings, today: '2026-11-10', caseId, draft: { text: 'Please see attached.' }, kind: 'refusal' });
    expect(chosen.needsKind).toBeUndefined();
    const text = 'This is our stage 1 response.\n\nYour complaint\nYou complained about:\n1. the broken boiler\n2. the rude phone call\n\nWe upheld the boiler part because it took six weeks.';
    const points = await checkCaseDraft({ db, settings, today: '2026-11-10', caseId, draft: { text }, kind: 'stage1-response' });
    expect(points.unaddressedPoints).toEqual([expect.objectContaining({ point: 'the rude phone call', provision: 'HO Code 2024, 6.7' })]);
  });

  it('works without a tracked case, from the settings alone', async () => {
    const result = await checkCaseDraft({ db, settings: { ...settings, ombudsman: 'lgsco' }, today: '2026-11-10', caseId: `${origin}|NOPE`, draft: { text: 'Hello' }, kind: 'refusal' });
    expect(result.case).toBeNull();
    expect(result.rules).toBe('lgsco-2024');
    expect(result.elements.find((element) => element.id === 'ombudsman-right')?.suggestion).toContain('Local Government and Social Care Ombudsman');
  });
});

describe('draft size bound (issue 10, item 3)', () => {
  it('refuses a draft over the limit with a plain message, before checking it', async () => {
    const text = 'a '.repeat(200_000);
    expect(draftTooLong({ text })).toMatch(/too long to check \(400,000 characters; the most is 300,000\)/);
    await expect(checkCaseDraft({ db, settings, today: '2026-11-10', caseId, draft: { text } })).rejects.toThrow(/too long to check/);
    expect(draftTooLong({ html: '<p>Dear Ms Lee</p>' })).toBeUndefined();
  });

  it('checks the most hostile draft within the limit quickly (80,000 trailing newlines took 17.5 s)', async () => {
    const start = performance.now();
    const result = await checkCaseDraft({ db, settings, today: '2026-11-10', caseId, draft: { text: `Dear Ms Lee\nThis is our stage 1 response.${'\n'.repeat(80_000)}` } });
    expect(performance.now() - start).toBeLessThan(1500);
    expect(result.elements.length).toBeGreaterThan(0);
  });
});

describe('proposeCaseExtension', () => {
  it('offers the Code’s cap from the current due date, and warns when the notice would go late', async () => {
    const onTime = await proposeCaseExtension({ db, settings, today: '2026-11-10', caseId });
    expect(onTime).toMatchObject({ stage: 1, currentDueOn: '2026-11-18', cappedDueOn: '2026-12-02', newDueOn: '2026-12-02', maxWorkingDays: 10, goodReasonAllowed: true });
    expect(onTime.lateWarning).toBeUndefined();
    const late = await proposeCaseExtension({ db, settings, today: '2026-11-24', caseId });
    expect(late.lateWarning).toContain('Wednesday 18 November 2026');
  });

  it('moves from the extended date once an extension is recorded', async () => {
    await recordExtension(db, { caseId, extension: { stage: 1, notifiedOn: '2026-11-10', newDueOn: '2026-12-02', reason: 'survey' }, now: new Date() });
    const next = await proposeCaseExtension({ db, settings, today: '2026-11-10', caseId });
    expect(next.currentDueOn).toBe('2026-12-02');
  });

  it('after a first extension offers the timeline’s cap (Wed 2 Dec), not 10 working days from the new date (Wed 9 Dec)', async () => {
    // First extension to Wed 25 Nov (Thu 19 … Wed 25 Nov: 5 of the 10 days). The cap still counts from the
    // Code due date, Wed 18 Nov, so it stays Wed 2 Dec; 25 Nov + 10 working days would be Wed 9 Dec.
    await recordExtension(db, { caseId, extension: { stage: 1, notifiedOn: '2026-11-10', newDueOn: '2026-11-25', reason: 'survey' }, now: new Date('2026-11-10T10:00:00Z') });
    const next = await proposeCaseExtension({ db, settings, today: '2026-11-12', caseId });
    expect(next).toMatchObject({ currentDueOn: '2026-11-25', cappedDueOn: '2026-12-02', newDueOn: '2026-12-02', exceedsCap: false, allowed: true });
    const letter = await writeCaseLetter({
      db, settings, today: '2026-11-12', caseId,
      letter: { kind: 'extension-notice', reason: 'we are waiting for a damp survey', landlord: 'Riverside Homes' },
    });
    expect(letter.extension?.newDueOn).toBe('2026-12-02');
  });

  it('says clearly when the case is not tracked', async () => {
    await expect(proposeCaseExtension({ db, settings, today: '2026-11-10', caseId: `${origin}|NOPE` })).rejects.toThrow(/not tracked yet/);
  });
});

describe('writeCaseLetter', () => {
  it('writes the extension notice with the new date and the chosen Ombudsman’s details', async () => {
    const letter = await writeCaseLetter({
      db, settings: { ...settings, ombudsman: 'lgsco' }, today: '2026-11-10', caseId,
      letter: { kind: 'extension-notice', reason: 'we are waiting for a damp survey', landlord: 'Riverside Homes' },
    });
    expect(letter.text).toContain('We will now send you our full response by Wednesday 2 December 2026.');
    expect(letter.text).toContain('Local Government and Social Care Ombudsman');
    expect(letter.text).toContain('Dear Ms Lee');
    expect(letter.extension).toEqual({ stage: 1, newDueOn: '2026-12-02', notifiedOn: '2026-11-10', goodReason: false });
  });

  it('refuses a date past the cap without a good reason, and accepts it with one', async () => {
    const base = { kind: 'extension-notice' as const, reason: 'we are waiting for a damp survey', landlord: 'Riverside Homes', newDueOn: '2026-12-09' };
    await expect(writeCaseLetter({ db, settings, today: '2026-11-10', caseId, letter: base })).rejects.toThrow(/Give a good reason/);
    const letter = await writeCaseLetter({ db, settings, today: '2026-11-10', caseId, letter: { ...base, goodReason: 'the contractor cannot attend sooner' } });
    expect(letter.extension).toMatchObject({ newDueOn: '2026-12-09', goodReason: true });
  });

  it('writes the acknowledgement and the refusal from the case', async () => {
    const ack = await writeCaseLetter({
      db, settings, today: '2026-11-10', caseId,
      letter: { kind: 'acknowledgement', complaintSummary: 'the damp has come back', outcomesSought: ['a repair'], landlord: 'Riverside Homes' },
    });
    expect(ack.text).toContain('We will send you our full response by Wednesday 18 November 2026.');
    const refusal = await writeCaseLetter({
      db, settings, today: '2026-11-10', caseId,
      letter: { kind: 'refusal', matter: 'your complaint about the kitchen', reasons: 'legal proceedings have started', landlord: 'Riverside Homes' },
    });
    expect(refusal.text).toContain('because legal proceedings have started');
    const escalation = await writeCaseLetter({
      db, settings, today: '2026-11-10', caseId,
      letter: { kind: 'escalation-refusal', reasons: 'you asked more than 12 months after our stage 1 response', landlord: 'Riverside Homes' },
    });
    expect(escalation.text).toContain('we cannot escalate your complaint to stage 2 because you asked more than 12 months after our stage 1 response.');
  });
});

describe('the messages', () => {
  let current: Settings = settings;
  beforeEach(() => {
    current = settings;
  });
  const fromTab: Sender = { id: 'ext-id', url: `${origin}/cases/1`, tab: { id: 7, url: `${origin}/cases/1` } };
  const handler = () =>
    createMessageHandler({
      runtimeId: 'ext-id', db: () => db, settings: async () => current, builtinAdapters: [],
      isGrantedOrigin: async (candidate) => candidate === origin, today: async () => '2026-11-10', now: () => new Date(),
    });

  it('answers draft/check for a case of the sending origin only', async () => {
    const ok = await handler()({ type: 'draft/check', caseId, draft: { text: 'Hello' } }, fromTab);
    expect(ok.ok).toBe(true);
    const other = await handler()({ type: 'draft/check', caseId: 'https://other.example|CMP-1042', draft: { text: 'Hello' } }, fromTab);
    expect(other).toEqual({ ok: false, error: 'That case belongs to another CRM origin' });
  });

  it('keeps a written letter with the case for the evidence pack only when the officer has turned it on', async () => {
    const letter = { kind: 'escalation-refusal', reasons: 'legal proceedings have started', landlord: 'Riverside Homes' } as const;
    expect((await handler()({ type: 'letter/write', caseId, letter }, fromTab)).ok).toBe(true);
    let pack = await handler()({ type: 'case/evidence-pack', caseId }, fromTab);
    expect(pack.ok && (pack.data as { html: string }).html).not.toContain('we cannot escalate your complaint');
    current = { ...settings, keepLetters: true };
    expect((await handler()({ type: 'letter/write', caseId, letter }, fromTab)).ok).toBe(true);
    pack = await handler()({ type: 'case/evidence-pack', caseId }, fromTab);
    expect(pack.ok && (pack.data as { html: string }).html).toContain('we cannot escalate your complaint to stage 2 because legal proceedings have started.');
    expect((await db.audit.where('caseId').equals(caseId).toArray()).filter((event) => event.type === 'letter-kept')).toHaveLength(1);
  });

  it('rejects a letter request that does not parse, with the field and the reason', async () => {
    const reply = await handler()({ type: 'letter/write', caseId, letter: { kind: 'refusal', matter: 'x', reasons: 'legal proceedings', landlord: 'R' } }, fromTab);
    expect(reply).toEqual({ ok: false, error: 'Invalid message: letter.matter: Say what the resident raised' });
  });
});
