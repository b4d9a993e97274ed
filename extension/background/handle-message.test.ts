import 'fake-indexeddb/auto';
import { CrmAdapter, defaultSettings, type CaseView, type Reply } from '@complaint-code/shared';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ComplaintDb } from '../data/index.js';
import { createMessageHandler, type Sender } from './handle-message.js';

const origin = 'https://crm.example';
const adapter = CrmAdapter.parse({
  id: 'acme',
  name: 'Acme',
  version: 2,
  origins: [origin],
  casePage: { urlPattern: '^/cases/' },
  fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { label: 'Received' } },
});
const fromTab: Sender = { id: 'ext-id', url: `${origin}/cases/1`, tab: { id: 7, url: `${origin}/cases/1` } };
const facts = { reference: 'CMP-1042', stage1ReceivedOn: '2026-11-02', stage1AcknowledgedOn: '2026-11-04' };

let db: ComplaintDb;
let handle: ReturnType<typeof createMessageHandler>;
beforeEach(() => {
  db = openDb(`messages-${crypto.randomUUID()}`);
  handle = createMessageHandler({
    runtimeId: 'ext-id',
    db: () => db,
    settings: async () => defaultSettings,
    builtinAdapters: [adapter],
    isGrantedOrigin: async (candidate) => candidate === origin,
    today: async () => '2026-11-24',
    now: () => new Date('2026-11-24T09:00:00Z'),
  });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const seen = () => handle({ type: 'case/seen', url: `${origin}/cases/1`, adapterId: 'acme', facts }, fromTab) as Promise<Reply<CaseView>>;

describe('createMessageHandler', () => {
  it('should give a case page its adapter, and no adapter elsewhere', async () => {
    expect(await handle({ type: 'page/context', url: `${origin}/cases/1` }, fromTab)).toEqual({ ok: true, data: { adapter, listAdapter: null } });
    expect(await handle({ type: 'page/context', url: `${origin}/reports` }, { ...fromTab, url: `${origin}/reports` })).toEqual({
      ok: true,
      data: { adapter: null, listAdapter: null },
    });
  });

  it('should store a seen case and answer with its timeline for today', async () => {
    const reply = await seen();
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.data.case.id).toBe(`${origin}|CMP-1042`);
    expect(reply.data.today).toBe('2026-11-24');
    expect(reply.data.problems).toEqual([]);
    expect(reply.data.ruleSetTitle).toMatch(/Complaint Handling Code/);
    expect(reply.data.timeline?.next).toMatchObject({ id: 'stage1-response', dueOn: '2026-11-18', state: 'overdue', workingDaysLeft: -4 });
  });

  it('should recompute the timeline after a correction', async () => {
    await seen();
    const reply = (await handle({ type: 'case/correct', caseId: `${origin}|CMP-1042`, fact: 'stage1RespondedOn', value: '2026-11-17' }, fromTab)) as Reply<CaseView>;
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.data.case.corrections).toEqual({ stage1RespondedOn: '2026-11-17' });
    expect(reply.data.timeline?.deadlines.find((d) => d.id === 'stage1-response')).toMatchObject({ state: 'met', doneOn: '2026-11-17' });
  });

  it('should say why there is no timeline when the facts are inconsistent', async () => {
    const reply = (await handle(
      { type: 'case/seen', url: `${origin}/cases/1`, adapterId: 'acme', facts: { ...facts, stage1AcknowledgedOn: '2026-10-01' } },
      fromTab,
    )) as Reply<CaseView>;
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.data.timeline).toBeNull();
    expect(reply.data.problems[0]).toMatchObject({ field: 'stage1AcknowledgedOn' });
  });

  it.each<[string, unknown, Sender, string]>([
    ['another extension', { type: 'page/context', url: `${origin}/cases/1` }, { ...fromTab, id: 'other' }, 'Messages are accepted only from this extension'],
    ['an unknown type', { type: 'case/delete', caseId: 'x' }, fromTab, 'Invalid message: type: '],
    ['a malformed date', { type: 'case/correct', caseId: `${origin}|A`, fact: 'stage1ReceivedOn', value: '2026-02-30' }, fromTab, 'Invalid message: value: '],
    ['an extension page', { type: 'page/context', url: `${origin}/cases/1` }, { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' }, 'page/context is accepted only from a CRM tab'],
    ['an origin not granted', { type: 'page/context', url: 'https://evil.example/cases/1' }, { id: 'ext-id', url: 'https://evil.example/cases/1', tab: { id: 1 } }, 'https://evil.example is not a CRM origin you added'],
    ['a URL of another origin', { type: 'page/context', url: 'https://other.example/cases/1' }, fromTab, 'The page URL does not match the sending tab'],
    ['a case of another origin', { type: 'case/correct', caseId: 'https://other.example|A', fact: 'stage1ReceivedOn', value: null }, fromTab, 'That case belongs to another CRM origin'],
    // The "|" after the origin matters: without it https://crm.example would own https://crm.example:8443's cases.
    ['a case of the same host on another port', { type: 'case/correct', caseId: `${origin}:8443|X`, fact: 'stage1ReceivedOn', value: null }, fromTab, 'That case belongs to another CRM origin'],
    ['a case whose origin only starts the same', { type: 'case/extend', caseId: `${origin}.evil.example|X`, extension: { stage: 1, notifiedOn: '2026-11-10', newDueOn: '2026-11-25', reason: 'x' } }, fromTab, 'That case belongs to another CRM origin'],
  ])('should refuse a message from %s', async (_what, message, sender, error) => {
    const reply = await handle(message, sender);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toContain(error);
  });

  it('should answer an error, not throw, when the case is unknown', async () => {
    expect(await handle({ type: 'case/correct', caseId: `${origin}|NOPE`, fact: 'stage1ReceivedOn', value: null }, fromTab)).toEqual({
      ok: false,
      error: `No tracked case ${origin}|NOPE: open its page in the CRM first`,
    });
  });
});
