// Each request type through the background's message handler, with the answers worked by hand, and
// the store's audit trail: what the handler and cases.ts must do that the other tests took for granted.
import 'fake-indexeddb/auto';
import { CrmAdapter, defaultSettings, type CaseView, type Reply } from '@complaint-code/shared';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type ComplaintDb } from '../data/index.js';
import { createMessageHandler, type MessageDeps, type Sender } from './handle-message.js';

const origin = 'https://crm.example';
const adapter = CrmAdapter.parse({
  id: 'acme',
  name: 'Acme',
  version: 1,
  origins: [origin],
  casePage: { urlPattern: '^/cases/' },
  listPage: { urlPattern: '^/queue$', row: 'tr', fields: { reference: { selector: 'a' } } },
  fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { label: 'Received' } },
});
const fromTab: Sender = { id: 'ext-id', url: `${origin}/cases/1`, tab: { id: 7, url: `${origin}/cases/1` } };
const fromQueue: Sender = { id: 'ext-id', url: `${origin}/queue`, tab: { id: 7, url: `${origin}/queue` } };
const caseId = `${origin}|CMP-1042`;
// Received Mon 2 Nov 2026, acknowledged Wed 4 Nov: stage 1 response due Wed 18 Nov (Thu 5 Nov is day 1);
// the cap is 10 working days more, Wed 2 Dec (Thu 19 Nov … Wed 2 Dec).
const facts = { reference: 'CMP-1042', stage1ReceivedOn: '2026-11-02', stage1AcknowledgedOn: '2026-11-04' };

let db: ComplaintDb;
const onCasesChanged = vi.fn();
const deps = (extra: Partial<MessageDeps> = {}): MessageDeps => ({
  runtimeId: 'ext-id',
  db: () => db,
  settings: async () => ({ ...defaultSettings, landlord: 'Riverside Homes' }),
  builtinAdapters: [adapter],
  isGrantedOrigin: async (candidate) => candidate === origin,
  today: async () => '2026-11-10',
  now: () => new Date('2026-11-10T09:00:00Z'),
  onCasesChanged,
  ...extra,
});
let handle: ReturnType<typeof createMessageHandler>;
beforeEach(async () => {
  onCasesChanged.mockClear();
  db = openDb(`routes-${crypto.randomUUID()}`);
  handle = createMessageHandler(deps());
  await handle({ type: 'case/seen', url: `${origin}/cases/1`, adapterId: 'acme', facts }, fromTab);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const ok = <T>(reply: Reply<unknown>): T => {
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
};
const row = (reference: string, stage1ReceivedOn = '2026-11-02') => ({ url: `${origin}/cases/${reference}`, facts: { reference, stage1ReceivedOn } });

describe('the audit trail', () => {
  it('a first sighting is logged as first; an extension is logged with its details', async () => {
    const extension = { stage: 1 as const, notifiedOn: '2026-11-10', newDueOn: '2026-11-25', reason: 'survey' };
    ok(await handle({ type: 'case/extend', caseId, extension }, fromTab));
    const events = (await db.audit.orderBy('id').toArray()).map(({ type, detail, at }) => ({ type, detail, at }));
    expect(events).toEqual([
      { type: 'seen', detail: { first: true }, at: '2026-11-10T09:00:00.000Z' },
      { type: 'extension-recorded', detail: extension, at: '2026-11-10T09:00:00.000Z' },
    ]);
  });
});

describe('case/extend', () => {
  it('moves the response deadline to the new date', async () => {
    const view = ok<CaseView>(await handle({ type: 'case/extend', caseId, extension: { stage: 1, notifiedOn: '2026-11-10', newDueOn: '2026-11-25', reason: 'survey' } }, fromTab));
    expect(view.timeline?.deadlines.find((d) => d.id === 'stage1-response')).toMatchObject({ codeDueOn: '2026-11-18', dueOn: '2026-11-25' });
  });
});

describe('cases/harvested', () => {
  it('asks for the badge to be refreshed when a row is added or updated, not when nothing changed', async () => {
    ok(await handle({ type: 'cases/harvested', url: `${origin}/queue`, adapterId: 'acme', rows: [row('A-1')] }, fromQueue));
    expect(onCasesChanged).toHaveBeenCalledTimes(1);
    expect(ok(await handle({ type: 'cases/harvested', url: `${origin}/queue`, adapterId: 'acme', rows: [row('A-1')] }, fromQueue))).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(onCasesChanged).toHaveBeenCalledTimes(1);
    // Updated only (0 added, 1 updated) still counts as a change.
    expect(ok(await handle({ type: 'cases/harvested', url: `${origin}/queue`, adapterId: 'acme', rows: [row('A-1', '2026-11-03')] }, fromQueue))).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(onCasesChanged).toHaveBeenCalledTimes(2);
  });

  it('works without anyone listening for changes', async () => {
    const quiet = createMessageHandler({ ...deps(), onCasesChanged: undefined });
    expect(await quiet({ type: 'cases/harvested', url: `${origin}/queue`, adapterId: 'acme', rows: [row('A-2')] }, fromQueue)).toEqual({ ok: true, data: { added: 1, updated: 0, unchanged: 0 } });
  });
});

describe('case/evidence', () => {
  it('stores the evidence and answers with the case view; refuses a case of another origin', async () => {
    const view = ok<CaseView>(await handle({ type: 'case/evidence', caseId, evidence: { category: 'Repairs' } }, fromTab));
    expect(view.case.corrections.evidence).toEqual({ category: 'Repairs' });
    expect(await handle({ type: 'case/evidence', caseId: 'https://other.example|CMP-1042', evidence: { category: 'Repairs' } }, fromTab)).toEqual({
      ok: false,
      error: 'That case belongs to another CRM origin',
    });
  });
});

describe('draft/check', () => {
  it('checks a draft with no case, and fills the case in when one is named', async () => {
    const noCase = ok<{ case: unknown; kind: string }>(await handle({ type: 'draft/check', draft: { text: 'Dear Ms Lee' }, kind: 'refusal' }, fromTab));
    expect(noCase).toMatchObject({ case: null, kind: 'refusal' });
    const withCase = ok<{ case: unknown }>(await handle({ type: 'draft/check', caseId, draft: { text: 'Dear Ms Lee' }, kind: 'stage1-response' }, fromTab));
    expect(withCase.case).toMatchObject({ caseId, reference: 'CMP-1042', stage: 1, responseDueOn: '2026-11-18', landlord: 'Riverside Homes' });
  });

  it('refuses a case of another origin', async () => {
    expect(await handle({ type: 'draft/check', caseId: 'https://other.example|CMP-1042', draft: { text: 'Dear Ms Lee' } }, fromTab)).toEqual({ ok: false, error: 'That case belongs to another CRM origin' });
  });
});

describe('letter/propose-extension and letter/write', () => {
  it('proposes the Code’s cap and writes the notice for it', async () => {
    const proposal = ok(await handle({ type: 'letter/propose-extension', caseId }, fromTab));
    expect(proposal).toMatchObject({ stage: 1, currentDueOn: '2026-11-18', cappedDueOn: '2026-12-02', newDueOn: '2026-12-02', maxWorkingDays: 10 });
    const letter = ok<{ extension?: { newDueOn: string } }>(
      await handle({ type: 'letter/write', caseId, letter: { kind: 'extension-notice', reason: 'we are waiting for a damp survey', landlord: 'Riverside Homes' } }, fromTab),
    );
    expect(letter.extension?.newDueOn).toBe('2026-12-02');
  });

  it.each([
    { type: 'letter/propose-extension', caseId: 'https://other.example|CMP-1042' },
    { type: 'letter/write', caseId: 'https://other.example|CMP-1042', letter: { kind: 'refusal', matter: 'your complaint about parking', reasons: 'it is a council matter', landlord: 'Riverside Homes' } },
  ])('refuses $type for a case of another origin', async (message) => {
    expect(await handle(message, fromTab)).toEqual({ ok: false, error: 'That case belongs to another CRM origin' });
  });
});

describe('the sender', () => {
  it('refuses a tab whose URL does not parse', async () => {
    expect(await handle({ type: 'page/context', url: `${origin}/cases/1` }, { id: 'ext-id', url: 'not a url', tab: { id: 3 } })).toEqual({
      ok: false,
      error: 'The sending tab has no valid URL',
    });
  });
});

describe('frame/load-on-demand', () => {
  const loadOnDemand = vi.fn(async (_frame: { tabId: number; frameId: number }) => undefined);
  beforeEach(() => loadOnDemand.mockClear());

  it('runs the on-demand script in the very frame that asked, and nowhere else', async () => {
    const withLoader = createMessageHandler(deps({ loadOnDemand }));
    expect(await withLoader({ type: 'frame/load-on-demand' }, { ...fromTab, frameId: 4 })).toEqual({ ok: true, data: { loaded: true } });
    expect(loadOnDemand).toHaveBeenCalledWith({ tabId: 7, frameId: 4 });
  });

  it('refuses a request with anything else in it (it names no tab, frame or file)', async () => {
    const withLoader = createMessageHandler(deps({ loadOnDemand }));
    const reply = await withLoader({ type: 'frame/load-on-demand', file: '/background.js' }, { ...fromTab, frameId: 4 });
    expect(reply.ok).toBe(false);
    expect(loadOnDemand).not.toHaveBeenCalled();
  });

  it('refuses an origin the user did not add, and a sender with no frame', async () => {
    const withLoader = createMessageHandler(deps({ loadOnDemand }));
    const elsewhere = { id: 'ext-id', url: 'https://evil.example/', tab: { id: 7, url: 'https://evil.example/' }, frameId: 0 };
    expect(await withLoader({ type: 'frame/load-on-demand' }, elsewhere)).toEqual({ ok: false, error: 'https://evil.example is not a CRM origin you added' });
    expect(await withLoader({ type: 'frame/load-on-demand' }, fromTab)).toEqual({ ok: false, error: 'The forms cannot be loaded here' });
    expect(loadOnDemand).not.toHaveBeenCalled();
  });

  it('passes on a failure to run the script', async () => {
    const failing = createMessageHandler(deps({ loadOnDemand: async () => Promise.reject(new Error('The forms could not be loaded: boom')) }));
    expect(await failing({ type: 'frame/load-on-demand' }, { ...fromTab, frameId: 0 })).toEqual({ ok: false, error: 'The forms could not be loaded: boom' });
  });
});
