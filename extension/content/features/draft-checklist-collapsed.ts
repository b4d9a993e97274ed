/**
 * @module extension/content/features/draft-checklist-collapsed
 *
 * Whether the officer collapsed the checklist, remembered per CRM origin in `browser.storage.local`
 * (`local:checklist-collapsed`). Storage can hold anything an older version wrote: read defensively.
 */
import { storage } from 'wxt/utils/storage';

const MAX_ORIGINS = 200;

export const collapsedItem = storage.defineItem<Record<string, boolean>>('local:checklist-collapsed', { fallback: {} });

/**
 * @example
 * await loadCollapsed('https://crm.example'); //=> false
 */
export async function loadCollapsed(origin: string): Promise<boolean> {
  try {
    const stored: unknown = await collapsedItem.getValue();
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
  const stored: unknown = await collapsedItem.getValue();
  const current = typeof stored === 'object' && stored !== null ? Object.entries(stored as Record<string, unknown>) : [];
  // Only collapsed origins are kept, and not without bound.
  const others = current.filter(([key, value]) => key !== origin && value === true);
  const entries: [string, boolean][] = [...others.map(([key]): [string, boolean] => [key, true]), ...(collapsed ? [[origin, true] as [string, boolean]] : [])].slice(-MAX_ORIGINS);
  await collapsedItem.setValue(Object.fromEntries(entries));
}
