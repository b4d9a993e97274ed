import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadOnDemand, ON_DEMAND_SCRIPT } from './load-on-demand.js';

beforeEach(() => fakeBrowser.reset());

describe('loadOnDemand', () => {
  it('should run our own file in the one frame given, in the isolated world', async () => {
    const run = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => [{ documentId: 'd', frameId: 3, result: undefined }]) as never);
    await loadOnDemand({ tabId: 12, frameId: 3 });
    expect(run).toHaveBeenCalledWith({ target: { tabId: 12, frameIds: [3] }, files: ['/crm-on-demand.js'] });
    // No `world`: ISOLATED, the content script's world (the page cannot see the hand-over there).
    expect(run.mock.calls[0]?.[0]).not.toHaveProperty('world');
  });

  it('should report a script that threw (Firefox says so in the result)', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => [{ documentId: 'd', frameId: 0, result: undefined, error: new Error('boom') }]) as never);
    await expect(loadOnDemand({ tabId: 1, frameId: 0 })).rejects.toThrow('The forms could not be loaded: boom');
  });

  it('should name the entrypoint that builds it', () => {
    const entry = path.resolve(import.meta.dirname, '../entrypoints', `${path.basename(ON_DEMAND_SCRIPT, '.js')}.ts`);
    expect(existsSync(entry)).toBe(true);
  });
});
