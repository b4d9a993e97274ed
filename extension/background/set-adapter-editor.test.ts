import 'fake-indexeddb/auto';
import { CrmAdapter, defaultSettings, type Reply, type Settings } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { openDb } from '../data/index.js';
import { createMessageHandler, type Sender } from './handle-message.js';
import { withAdapterEditor } from './set-adapter-editor.js';

const origin = 'https://crm.example';
const builtin = CrmAdapter.parse({
  id: 'acme',
  name: 'Acme',
  version: 1,
  origins: [origin],
  casePage: { urlPattern: '^/cases/' },
  fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { label: 'Received' } },
  editor: { selector: '#nothing' },
});
const framed = { frames: ['iframe.publisher', 'iframe#body'], selector: 'body' };

describe('withAdapterEditor', () => {
  it('adds a copy of a built-in adapter with the new editor (built-ins cannot change)', () => {
    const result = withAdapterEditor(defaultSettings, [builtin], 'acme', framed);
    expect(result.copied).toBe(true);
    expect(result.settings.adapters).toEqual([{ ...builtin, editor: framed }]);
  });

  it("changes the user's own adapter in place, keeping every other field", () => {
    const own: Settings = { ...defaultSettings, adapters: [{ ...builtin, name: 'Mine' }] };
    const result = withAdapterEditor(own, [builtin], 'acme', framed);
    expect(result.copied).toBe(false);
    expect(result.settings.adapters).toEqual([{ ...builtin, name: 'Mine', editor: framed }]);
  });

  it('says so when there is no such adapter', () => {
    expect(() => withAdapterEditor(defaultSettings, [builtin], 'other', framed)).toThrow('There is no adapter "other" to change.');
  });
});

describe('adapter/set-editor and frame/claim-case messages', () => {
  const tab: Sender = { id: 'ext-id', url: `${origin}/cases/1`, tab: { id: 7, url: `${origin}/cases/1` }, frameId: 3 };
  function handler(effective: Settings = defaultSettings, own: Settings = defaultSettings, builtinAdapters: CrmAdapter[] = [builtin]) {
    const saved: Settings[] = [];
    const claims: unknown[] = [];
    const handle = createMessageHandler({
      runtimeId: 'ext-id',
      db: () => openDb(`set-editor-${crypto.randomUUID()}`),
      settings: async () => effective,
      builtinAdapters,
      isGrantedOrigin: async (candidate) => candidate === origin,
      today: async () => '2026-11-24',
      now: () => new Date('2026-11-24T09:00:00Z'),
      claimCase: async (claim) => (claims.push(claim), false),
      // The officer's own stored settings are the defaults; `effective` may add the policy's adapters.
      saveSettings: async (change) => void saved.push(change(own)),
    });
    return { handle, saved, claims };
  }

  it('saves the editor into the adapter the page uses', async () => {
    const { handle, saved } = handler();
    const reply = await handle({ type: 'adapter/set-editor', url: `${origin}/cases/1`, adapterId: 'acme', editor: framed }, tab);
    expect(reply).toEqual({ ok: true, data: { adapterId: 'acme', copied: true } });
    expect(saved[0]?.adapters[0]?.editor).toEqual(framed);
  });

  it("refuses to change an adapter set by the organisation's policy, and stores nothing", async () => {
    const managed = { ...builtin, id: 'acme-managed' };
    const other = { ...builtin, id: 'other-managed', origins: ['https://other.example'] };
    const { handle, saved } = handler({ ...defaultSettings, adapters: [managed, other] });
    const reply = (await handle({ type: 'adapter/set-editor', url: `${origin}/cases/1`, adapterId: 'acme-managed', editor: framed }, tab)) as Reply<unknown>;
    expect(reply).toEqual({ ok: false, error: 'That adapter is set by your organisation: ask your IT team to change its reply editor.' });
    expect(saved).toEqual([]);
  });

  it('refuses to change an adapter this page does not use', async () => {
    const { handle, saved } = handler();
    const reply = (await handle({ type: 'adapter/set-editor', url: `${origin}/other`, adapterId: 'acme', editor: framed }, tab)) as Reply<unknown>;
    expect(reply).toEqual({ ok: false, error: 'That adapter is not the one this page uses' });
    expect(saved).toEqual([]);
  });

  it('passes the sending tab and frame to the claim, and only for cases of its own origin', async () => {
    const { handle, claims } = handler();
    expect(await handle({ type: 'frame/claim-case', caseId: `${origin}|CMP-1` }, tab)).toEqual({ ok: true, data: { owner: false } });
    expect(claims).toEqual([{ tabId: 7, frameId: 3, caseId: `${origin}|CMP-1` }]);
    const other = (await handle({ type: 'frame/claim-case', caseId: 'https://evil.example|CMP-1' }, tab)) as Reply<unknown>;
    expect(other.ok).toBe(false);
  });

  it("changes the officer's own adapter, even when the effective settings also list it", async () => {
    const mine = { ...builtin, id: 'mine', name: 'Mine' };
    const { handle, saved } = handler({ ...defaultSettings, adapters: [mine] }, { ...defaultSettings, adapters: [mine] });
    expect(await handle({ type: 'adapter/set-editor', url: `${origin}/cases/1`, adapterId: 'mine', editor: framed }, tab)).toEqual({ ok: true, data: { adapterId: 'mine', copied: false } });
    expect(saved[0]?.adapters).toEqual([{ ...mine, editor: framed }]);
  });

  it("still refuses an organisation's adapter when the officer has an adapter of their own", async () => {
    const managed = { ...builtin, id: 'acme-managed' };
    const mine = { ...builtin, id: 'mine', origins: ['https://other.example'] };
    const { handle, saved } = handler({ ...defaultSettings, adapters: [managed, mine] }, { ...defaultSettings, adapters: [mine] });
    expect(await handle({ type: 'adapter/set-editor', url: `${origin}/cases/1`, adapterId: 'acme-managed', editor: framed }, tab)).toEqual({
      ok: false,
      error: 'That adapter is set by your organisation: ask your IT team to change its reply editor.',
    });
    expect(saved).toEqual([]);
  });

  it('copies a built-in adapter even when the effective settings list one of the same id', async () => {
    const second = { ...builtin, id: 'second', origins: ['https://other.example'] };
    const { handle, saved } = handler({ ...defaultSettings, adapters: [builtin] }, defaultSettings, [builtin, second]);
    expect(await handle({ type: 'adapter/set-editor', url: `${origin}/cases/1`, adapterId: 'acme', editor: framed }, tab)).toEqual({ ok: true, data: { adapterId: 'acme', copied: true } });
    expect(saved).toHaveLength(1);
  });

  it('says so where settings cannot be saved', async () => {
    const handle = createMessageHandler({
      runtimeId: 'ext-id',
      db: () => openDb(`set-editor-${crypto.randomUUID()}`),
      settings: async () => defaultSettings,
      builtinAdapters: [builtin],
      isGrantedOrigin: async (candidate) => candidate === origin,
      today: async () => '2026-11-24',
      now: () => new Date('2026-11-24T09:00:00Z'),
    });
    expect(await handle({ type: 'adapter/set-editor', url: `${origin}/cases/1`, adapterId: 'acme', editor: framed }, tab)).toEqual({ ok: false, error: 'Settings cannot be saved here' });
    // And with no one to ask, every frame owns its case.
    expect(await handle({ type: 'frame/claim-case', caseId: `${origin}|CMP-1` }, tab)).toEqual({ ok: true, data: { owner: true } });
  });

  it('a sender without a frame id, or a tab without an id, owns its case without a claim', async () => {
    const { handle, claims } = handler();
    const { frameId: _frame, ...noFrame } = tab;
    expect(await handle({ type: 'frame/claim-case', caseId: `${origin}|CMP-1` }, noFrame)).toEqual({ ok: true, data: { owner: true } });
    expect(await handle({ type: 'frame/claim-case', caseId: `${origin}|CMP-1` }, { ...tab, tab: { url: `${origin}/cases/1` } })).toEqual({ ok: true, data: { owner: true } });
    expect(claims).toEqual([]);
  });
});
