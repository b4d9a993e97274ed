/**
 * @module extension/lib/managed-policy
 *
 * The organisation's policy (`storage.managed`, set by IT: docs/deploy.md) and the settings in
 * force once it is applied. The background, the options page and the side panel read settings
 * through here; the options page still saves into the officer's own `local:settings`, which the
 * policy overrides on every read, so a policy change needs no migration and applies at once.
 */
import { applyManagedPolicy, emptyManagedPolicy, parseManagedPolicy, type ManagedPolicy, type ManagedProblem, type Settings, type SettingsRepair } from '@complaint-code/shared';
import { browser } from 'wxt/browser';
import { loadSettings } from './settings-item.js';

/** What the policy says, and what of it could not be used. */
export interface ManagedPolicyRead {
  policy: ManagedPolicy;
  problems: ManagedProblem[];
}

/**
 * Read the managed storage area. No policy (or a browser without one: Firefox rejects the call
 * when no policy names the extension) is an empty policy; a bad one is reported by part.
 *
 * @example
 * const { policy, problems } = await readManagedPolicy();
 */
export async function readManagedPolicy(): Promise<ManagedPolicyRead> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    return { policy: emptyManagedPolicy, problems: [] };
  }
  return parseManagedPolicy(raw);
}

/**
 * The settings in force: the officer's own (repaired as {@link loadSettings} does) under the
 * organisation's policy.
 *
 * @example
 * const { settings, own, policy } = await loadEffectiveSettings();
 */
export async function loadEffectiveSettings(): Promise<{ settings: Settings; own: Settings; repairs: SettingsRepair[] } & ManagedPolicyRead> {
  const [{ settings: own, repairs }, { policy, problems }] = await Promise.all([loadSettings(), readManagedPolicy()]);
  return { settings: applyManagedPolicy(own, policy), own, repairs, policy, problems };
}

/**
 * Call `onChange` whenever IT changes the policy (Chrome re-reads policies while running).
 * Returns the function that stops watching.
 *
 * @example
 * const stop = watchManagedPolicy(() => void refresh());
 */
export function watchManagedPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
