/**
 * @module extension/lib/settings-item
 *
 * The one storage item for settings (`local:settings`), for the background and the options page.
 * The content script never reads it: it gets settings from the background with its page context.
 */
import { defaultSettings, parseStoredSettings, settingsStorageVersion, type Settings, type SettingsRepair } from '@complaint-code/shared';
import { storage } from 'wxt/utils/storage';

/**
 * Settings in `browser.storage.local`. Version 1 is the first shipped shape. When it changes: bump
 * `settingsStorageVersion` in shared/src/settings.ts and add `migrations[N]` here (old steps stay).
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: settingsStorageVersion,
  migrations: {},
});

/**
 * Read settings, repairing any field that no longer parses (and saying which).
 *
 * @example
 * const { settings, repairs } = await loadSettings();
 */
export async function loadSettings(): Promise<{ settings: Settings; repairs: SettingsRepair[] }> {
  return parseStoredSettings(await settingsItem.getValue());
}
