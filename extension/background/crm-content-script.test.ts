import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CRM_SCRIPT_FILE, CRM_SCRIPT_ID, grantedCrmOrigins, isGrantedOrigin, syncCrmContentScript } from './crm-content-script.js';

// fakeBrowser leaves `permissions` and `scripting` unimplemented; these stand-ins keep a registry in memory.
let granted: string[];
let registered: { id: string; matches?: string[]; js?: string[] }[];

beforeEach(() => {
  fakeBrowser.reset();
  granted = [];
  registered = [];
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...granted], permissions: ['storage', 'scripting'] }));
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    registered.filter((script) => !filter?.ids || filter.ids.includes(script.id)),
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const script of scripts) {
      if (registered.some((existing) => existing.id === script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      registered.push(script);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (scripts) => {
    registered = registered.map((existing) => scripts.find((script) => script.id === existing.id) ?? existing);
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    registered = registered.filter((script) => !filter?.ids?.includes(script.id));
  });
});

describe('grantedCrmOrigins', () => {
  it('should list single CRM origins and never a wildcard host', async () => {
    granted = ['https://crm.b.example/*', '*://*/*', 'https://*.example/*', 'http://localhost:4310/*'];
    expect(await grantedCrmOrigins()).toEqual(['http://localhost:4310/*', 'https://crm.b.example/*']);
    expect(await isGrantedOrigin('http://localhost:4310')).toBe(true);
    expect(await isGrantedOrigin('https://crm.c.example')).toBe(false);
  });
});

describe('syncCrmContentScript', () => {
  it('should register nothing while no CRM is granted', async () => {
    await syncCrmContentScript();
    expect(registered).toEqual([]);
  });

  it('should register the overlay on granted origins, follow changes, and unregister when none is left', async () => {
    granted = ['https://crm.a.example/*'];
    await syncCrmContentScript();
    expect(registered).toEqual([
      { id: CRM_SCRIPT_ID, matches: ['https://crm.a.example/*'], js: [CRM_SCRIPT_FILE], runAt: 'document_idle', allFrames: true, matchOriginAsFallback: true },
    ]);

    granted = ['https://crm.a.example/*', 'https://crm.b.example/*'];
    await syncCrmContentScript();
    expect(registered[0]?.matches).toEqual(['https://crm.a.example/*', 'https://crm.b.example/*']);

    granted = [];
    await syncCrmContentScript();
    expect(registered).toEqual([]);
  });

  it('should not register twice when triggers arrive together', async () => {
    granted = ['https://crm.a.example/*'];
    await Promise.all([syncCrmContentScript(), syncCrmContentScript(), syncCrmContentScript()]);
    expect(registered).toHaveLength(1);
  });
});

describe('syncCrmContentScript on a browser without matchOriginAsFallback', () => {
  it('should register in all frames without the fallback rather than not at all', async () => {
    granted = ['https://crm.a.example/*'];
    const register = vi.mocked(fakeBrowser.scripting.registerContentScripts);
    const accept = register.getMockImplementation();
    register.mockImplementation(async (scripts) => {
      if (scripts.some((script) => 'matchOriginAsFallback' in script)) throw new Error('Unexpected property "matchOriginAsFallback"');
      await accept?.(scripts, undefined as never);
    });
    await syncCrmContentScript();
    expect(registered).toEqual([{ id: CRM_SCRIPT_ID, matches: ['https://crm.a.example/*'], js: [CRM_SCRIPT_FILE], runAt: 'document_idle', allFrames: true }]);
  });
});

describe('in Firefox (no port matching)', () => {
  it('should register port-less patterns, record the exact origins, and still refuse another port', async () => {
    vi.stubEnv('BROWSER', 'firefox');
    try {
      granted = ['http://localhost:4310/*', 'http://localhost/*'];
      await syncCrmContentScript();
      expect(registered[0]?.matches).toEqual(['http://localhost/*']);
      expect(await fakeBrowser.storage.local.get('crmOrigins')).toEqual({ crmOrigins: ['http://localhost:4310'] });
      expect(await isGrantedOrigin('http://localhost:4310')).toBe(true);
      expect(await isGrantedOrigin('http://localhost:4311')).toBe(false);
      expect(await isGrantedOrigin('http://localhost')).toBe(false);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
