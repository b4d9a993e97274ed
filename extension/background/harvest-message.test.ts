// The `cases/harvested` request through the background's message handler: same checks as every
// content-script request (granted origin, rows on the sending tab's origin), then one batch stored.
import 'fake-indexeddb/auto';
import { CrmAdapter, defaultSettings } from '@complaint-code/shared';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type ComplaintDb } from '../data/index.js';
import { createMessageHandler, type Sender } from './handle-message.js';

const origin = 'https://crm.example';
const adapter = CrmAdapter.parse({
  id: 'acme',
  name: 'Acme',
  version: 2,
  origins: [origin],
  casePage: { urlPattern: '^/cases/' },
  listPage: { urlPattern: '^/queue$', row: 'tr', fields: { reference: { selector: 'a' } } },
  fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { label: 'Received' } },
});
const fromQueue: Sender = { id: 'ext-id', url: `${origin}/queue`, tab: { id: 7, url: `${origin}/queue` } };
const row = (reference: string, url = `${origin}/cases/${reference}`) => ({ url, facts: { reference, stage1ReceivedOn: '2026-11-02' } });

let db: ComplaintDb;
let handle: ReturnType<typeof createMessageHandler>;
const onCasesChanged = vi.fn();
beforeEach(() => {
  onCasesChanged.mockClear();
  db = openDb(`harvest-messages-${crypto.randomUUID()}`);
  handle = createMessageHandler({
    runtimeId: 'ext-id',
    db: () => db,
    settings: async () => defaultSettings,
    builtinAdapters: [adapter],
    isGrantedOrigin: async (candidate) => candidate === origin,
    today: async () => '2026-11-24',
    now: () => new Date('2026-11-24T09:00:00Z'),
    onCasesChanged,
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(db.name);
});

describe('cases/harvested', () => {
  it('should tell a list page which adapter describes it', async () => {
    expect(await handle({ type: 'page/context', url: `${origin}/queue` }, fromQueue)).toMatchObject({ ok: true, data: { adapter: null, listAdapter: { id: 'acme' } } });
  });

  it('should store every row in one batch and ask for the badge to be refreshed', async () => {
    const reply = await handle({ type: 'cases/harvested', url: `${origin}/queue`, adapterId: 'acme', rows: [row('A-1'), row('A-2')] }, fromQueue);
    expect(reply).toEqual({ ok: true, data: { added: 2, updated: 0, unchanged: 0 } });
    expect(await db.cases.count()).toBe(2);
    expect(onCasesChanged).toHaveBeenCalledTimes(1);
  });

  it('should refuse a row that links to another origin, storing nothing', async () => {
    const reply = await handle({ type: 'cases/harvested', url: `${origin}/queue`, adapterId: 'acme', rows: [row('A-1'), row('A-2', 'https://other.example/cases/A-2')] }, fromQueue);
    expect(reply).toEqual({ ok: false, error: 'The page URL does not match the sending tab' });
    expect(await db.cases.count()).toBe(0);
    expect(onCasesChanged).not.toHaveBeenCalled();
  });

  it('should reject only the row whose link is over 2,000 characters, storing the rest of the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const long = row('A-2', `${origin}/cases/A-2?${'q'.repeat(2100)}`);
    const reply = await handle({ type: 'cases/harvested', url: `${origin}/queue`, adapterId: 'acme', rows: [row('A-1'), long, row('A-3')] }, fromQueue);
    expect(reply).toEqual({ ok: true, data: { added: 2, updated: 0, unchanged: 0, rejected: 1 } });
    // The worker's log names how many rows were refused and the first problem.
    expect(warn.mock.calls).toEqual([[expect.stringMatching(/^Complaint Code: 1 list row\(s\) not stored, e\.g\. \S/)]]);
    expect((await db.cases.toArray()).map((tracked) => tracked.reference).sort()).toEqual(['A-1', 'A-3']);
  });

  it('should refuse an empty or malformed batch with a readable error', async () => {
    expect(await handle({ type: 'cases/harvested', url: `${origin}/queue`, adapterId: 'acme', rows: [] }, fromQueue)).toEqual({ ok: false, error: 'Invalid message: rows: The list page had no rows' });
    const bad = await handle({ type: 'cases/harvested', url: `${origin}/queue`, adapterId: 'acme', rows: [{ url: `${origin}/x`, facts: { reference: 'A', stage1ReceivedOn: '2026-02-30' } }] }, fromQueue);
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('rows.0.facts.stage1ReceivedOn') });
  });
});
