import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: unknown[] = [];
let answer = true;
vi.mock('../lib/messaging.js', () => ({
  sendToBackground: async (request: unknown) => {
    sent.push(request);
    return { owner: answer };
  },
}));

const { claimCase, mayShowCase, ownershipChanges, releaseCase } = await import('./case-owner.js');

describe('case ownership of this frame', () => {
  beforeEach(() => {
    releaseCase();
    sent.length = 0;
    answer = true;
  });

  it('lets the top frame show the case before anyone claimed it', () => {
    // Under vitest `window` is undefined in node; the module compares window and window.top.
    vi.stubGlobal('window', { top: null });
    const top = globalThis.window as unknown as { top: unknown };
    top.top = top;
    expect(mayShowCase()).toBe(true);
    vi.stubGlobal('window', { top: {} });
    expect(mayShowCase()).toBe(false);
    vi.unstubAllGlobals();
  });

  it('claims once per case, and stops showing when another frame owns it', async () => {
    vi.stubGlobal('window', { top: {} }); // a subframe
    const changes = vi.fn();
    ownershipChanges.addEventListener('change', changes);
    expect(await claimCase('https://crm.example|CMP-1')).toBe(true);
    expect(mayShowCase()).toBe(true);
    expect(await claimCase('https://crm.example|CMP-1')).toBe(true);
    expect(sent).toEqual([{ type: 'frame/claim-case', caseId: 'https://crm.example|CMP-1' }]);

    answer = false;
    expect(await claimCase('https://crm.example|CMP-2')).toBe(false);
    expect(mayShowCase()).toBe(false);
    expect(changes).toHaveBeenCalledTimes(2);
    ownershipChanges.removeEventListener('change', changes);
    vi.unstubAllGlobals();
  });
});
