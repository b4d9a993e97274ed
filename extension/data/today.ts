/**
 * @module extension/data/today
 *
 * "Today" for deadline states: the date in Europe/London. Test builds (`--mode e2e`) may pin it
 * with `chrome.storage.local['e2e:today']`; the check is compiled out of every other build.
 */
import { IsoDate, todayInLondon } from '@complaint-code/sdk';
import { browser } from 'wxt/browser';

/** The storage key e2e tests set to pin "today" (see extension/README.md). */
export const E2E_TODAY_KEY = 'e2e:today';

/**
 * @example
 * await today(); //=> '2026-11-24'
 */
export async function today(now: Date = new Date()): Promise<string> {
  if (import.meta.env.MODE === 'e2e') {
    const stored = (await browser.storage.local.get(E2E_TODAY_KEY))[E2E_TODAY_KEY];
    if (typeof stored === 'string' && IsoDate.safeParse(stored).success) return stored;
  }
  return todayInLondon(now);
}
