/**
 * @module extension/content/features/draft-checklist-collapsed
 *
 * Whether the officer collapsed the checklist, remembered per CRM origin in `browser.storage.local`
 * (`local:checklist-collapsed`). Storage can hold anything an older version wrote: read defensively.
 */
import { browser } from 'wxt/browser';

const MAX_ORIGINS = 200;

/**
 * The `browser.storage.local` key. Read and written directly rather than through WXT's `storage`
 * helper, which would add ~11 KB (its versioning and locking code) to every CRM frame; this is the
 * same key WXT's `local:checklist-collapsed` item used, so stored choices carry over.
 */
export const COLLAPSED_KEY = 'checklist-collapsed';

async function readCollapsed(): Promise<unknown> {
  const stored = await browser.storage.local.get(COLLAPSED_KEY);
  return stored[COLLAPSED_KEY];
}

/**
 * @example
 * await loadCollapsed('https://crm.example'); //=> false
 */
export async function loadCollapsed(origin: string): Promise<boolean> {
  try {
    const stored = await readCollapsed();
    return typeof stored === 'object' && stored !== null && (stored as Record<string, unknown>)[origin] === true;
  } catch {
    return false; // never let a storage hiccup hide the checklist's errors or block the page
  }
}

/**
 * @example
 * await saveCollapsed('https://crm.example', true);
 */
export async function saveCollapsed(origin: string, collapsed: boolean): Promise<void> {
  const stored = await readCollapsed();
  const current = typeof stored === 'object' && stored !== null ? Object.entries(stored as Record<string, unknown>) : [];
  // Only collapsed origins are kept, and not without bound.
  const others = current.filter(([key, value]) => key !== origin && value === true);
  const entries: [string, boolean][] = [...others.map(([key]): [string, boolean] => [key, true]), ...(collapsed ? [[origin, true] as [string, boolean]] : [])].slice(-MAX_ORIGINS);
  await browser.storage.local.set({ [COLLAPSED_KEY]: Object.fromEntries(entries) });
}
