import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COLLAPSED_KEY, loadCollapsed, saveCollapsed } from './draft-checklist-collapsed.js';

describe('draft checklist collapsed state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is not collapsed when nothing is stored', async () => {
    expect(await loadCollapsed('https://crm.example')).toBe(false);
  });

  it('remembers a collapse per origin, under the key the WXT item used', async () => {
    await saveCollapsed('https://crm.example', true);
    expect(await loadCollapsed('https://crm.example')).toBe(true);
    expect(await loadCollapsed('https://other.example')).toBe(false);
    expect(await fakeBrowser.storage.local.get(COLLAPSED_KEY)).toEqual({ 'checklist-collapsed': { 'https://crm.example': true } });
    await saveCollapsed('https://crm.example', false);
    expect(await loadCollapsed('https://crm.example')).toBe(false);
  });

  it('reads a choice an older version stored, and ignores junk', async () => {
    await fakeBrowser.storage.local.set({ 'checklist-collapsed': { 'https://crm.example': true, 'https://x.example': 'yes' } });
    expect(await loadCollapsed('https://crm.example')).toBe(true);
    expect(await loadCollapsed('https://x.example')).toBe(false);
    await fakeBrowser.storage.local.set({ 'checklist-collapsed': 'junk' });
    expect(await loadCollapsed('https://crm.example')).toBe(false);
    await saveCollapsed('https://crm.example', true);
    expect(await loadCollapsed('https://crm.example')).toBe(true);
  });
});
