import { describe, expect, it } from 'vitest';
import { CrmAdapter, findAdapterFor, isCasePage } from '../adapter.js';
import { safeTest } from '../safe-pattern.js';
import { builtinAdapters, demoClassic, demoDynamics, demoSpa } from './index.js';

const demo = 'http://localhost:4310';
const dynamicsRecord = `${demo}/dyn/main.aspx?appid=c0de2024-0000-4c0d-a000-00000000c0de&pagetype=entityrecord&etn=incident&id=0a1b2c3d-0000-0000-0000-000000000000`;

describe('builtinAdapters', () => {
  it.each(builtinAdapters.map((adapter) => [adapter.id, adapter] as const))('%s conforms to the CrmAdapter schema unchanged', (_id, adapter) => {
    // Parsing must not change them: the extension uses them as they are, without parsing at load.
    expect(CrmAdapter.parse(adapter)).toEqual(adapter);
  });

  it('has unique ids', () => {
    const ids = builtinAdapters.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('picks the adapter for each demo CRM page style', () => {
    const idFor = (url: string) => findAdapterFor(new URL(url), builtinAdapters)?.id;
    expect(idFor(`${demo}/cases/HC-2026-0412`)).toBe('demo-classic');
    expect(idFor(`${demo}/cases/HC-2026-0412?broken=received`)).toBe('demo-classic');
    expect(idFor(`${demo}/app/cases/HC-2026-0412`)).toBe('demo-spa');
    expect(idFor(dynamicsRecord)).toBe('demo-dynamics');
    expect(idFor(`${demo}/dyn/main.aspx?etn=incident&pagetype=entityrecord&id=1`)).toBe('demo-dynamics');
  });

  it('does not treat list pages, other paths or other origins as case pages', () => {
    const idFor = (url: string) => findAdapterFor(new URL(url), builtinAdapters)?.id;
    expect(idFor(`${demo}/`)).toBeUndefined();
    expect(idFor(`${demo}/app/`)).toBeUndefined();
    expect(idFor(`${demo}/cases/HC-2026-0412/draft`)).toBeUndefined();
    expect(idFor(`${demo}/dyn/main.aspx?etn=incident&pagetype=entitylist`)).toBeUndefined();
    expect(idFor(`${demo}/dyn/main.aspx?etn=contact&pagetype=entityrecord&id=1`)).toBeUndefined();
    // Only the demo's own origin: a real CRM on another origin needs the admin's own adapter.
    expect(idFor('http://127.0.0.1:4310/cases/HC-2026-0412')).toBeUndefined();
    expect(idFor('https://crm.example.org/cases/HC-2026-0412')).toBeUndefined();
  });

  it('matches the list pages with their listPage pattern', () => {
    const matchesList = (adapter: CrmAdapter, url: string) => {
      const { pathname, search, hash } = new URL(url);
      return adapter.listPage ? safeTest(adapter.listPage.urlPattern, pathname + search + hash) : false;
    };
    expect(matchesList(demoClassic, `${demo}/`)).toBe(true);
    expect(matchesList(demoClassic, `${demo}/?status=open`)).toBe(true);
    expect(matchesList(demoClassic, `${demo}/cases/HC-2026-0412`)).toBe(false);
    expect(matchesList(demoSpa, `${demo}/app/`)).toBe(true);
    expect(matchesList(demoSpa, `${demo}/app/cases/HC-2026-0412`)).toBe(false);
    expect(matchesList(demoDynamics, `${demo}/dyn/main.aspx?etn=incident&pagetype=entitylist`)).toBe(true);
    expect(matchesList(demoDynamics, dynamicsRecord)).toBe(false);
  });

  it('reads the required facts on every style', () => {
    for (const adapter of builtinAdapters) {
      expect(adapter.fields.reference, adapter.id).toBeDefined();
      expect(adapter.fields.stage1ReceivedOn, adapter.id).toBeDefined();
      expect(isCasePage(new URL(`${demo}/nothing-here`), adapter)).toBe(false);
    }
  });
});
