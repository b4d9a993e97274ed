import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { E2E_TODAY_KEY, today } from './today.js';

const now = new Date('2026-06-01T23:30:00Z'); // 00:30 on 2 June in London (BST)

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.unstubAllEnvs());

describe('today', () => {
  it('should be the date in Europe/London', async () => {
    expect(await today(now)).toBe('2026-06-02');
  });

  it('should ignore the e2e key outside e2e builds', async () => {
    await fakeBrowser.storage.local.set({ [E2E_TODAY_KEY]: '2026-11-24' });
    expect(await today(now)).toBe('2026-06-02');
  });

  it('should use a valid e2e key in e2e builds, and ignore an invalid one', async () => {
    vi.stubEnv('MODE', 'e2e');
    await fakeBrowser.storage.local.set({ [E2E_TODAY_KEY]: '2026-11-24' });
    expect(await today(now)).toBe('2026-11-24');
    await fakeBrowser.storage.local.set({ [E2E_TODAY_KEY]: '2026-02-30' });
    expect(await today(now)).toBe('2026-06-02');
  });
});
