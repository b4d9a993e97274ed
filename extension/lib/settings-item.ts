/**
 * @module extension/lib/settings-item
 *
 * The one storage item for settings (`local:settings`), for the background and the options page.
 * The content script never reads it: it gets settings from the background with its page context.
 * A read that has to repair storage writes the repair back (so "reset" is true and saving works),
 * after keeping a copy of what was there (`local:settingsBackups`), so nothing is lost unseen.
 */
import { defaultSettings, parseStoredSettings, Settings, settingsStorageVersion, type SettingsInput, type SettingsRepair } from '@complaint-code/shared';
import type { z } from 'zod';
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

/** A copy of stored settings taken before a repair overwrote them. */
export interface SettingsBackup {
  /** ISO timestamp of the repair. */
  at: string;
  /** Exactly what storage held (it may not be settings at all). */
  stored: unknown;
  repairs: SettingsRepair[];
}

/** How many backups are kept (the oldest goes first). */
const MAX_BACKUPS = 5;

/** The copies kept before repairs, oldest first. */
export const settingsBackups = storage.defineItem<SettingsBackup[]>('local:settingsBackups', { fallback: [] });

/**
 * Read settings, repairing any field that no longer parses (and saying which). A repair is written
 * back to storage after a copy of the old value is kept; if no copy can be kept (storage full),
 * nothing is overwritten and a repair says so.
 *
 * @example
 * const { settings, repairs } = await loadSettings();
 */
export async function loadSettings(now: Date = new Date()): Promise<{ settings: Settings; repairs: SettingsRepair[] }> {
  const stored: unknown = await settingsItem.getValue();
  const { settings, repairs } = parseStoredSettings(stored);
  if (repairs.length === 0) return { settings, repairs };
  try {
    const backups = await settingsBackups.getValue();
    // Two readers at once (options page and worker) keep one copy, not two.
    const last = backups.at(-1);
    if (!last || JSON.stringify(last.stored) !== JSON.stringify(stored)) {
      await settingsBackups.setValue([...backups, { at: now.toISOString(), stored, repairs }].slice(-MAX_BACKUPS));
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { settings, repairs: [...repairs, { field: 'backup', message: `No copy of the old settings could be kept (${reason}), so storage was left as it was` }] };
  }
  await settingsItem.setValue(settings);
  return { settings, repairs };
}

/**
 * Change settings: `change` gets the current (repaired) settings and returns the new ones, which
 * are validated and stored only if valid.
 *
 * @example
 * const saved = await updateSettings((current) => ({ ...current, ombudsman: 'lgsco' }));
 * if (!saved.success) showErrors(saved.error.issues);
 */
export async function updateSettings(change: (current: Settings) => SettingsInput): Promise<z.ZodSafeParseResult<Settings>> {
  const { settings, repairs } = await loadSettings();
  if (repairs.some((repair) => repair.field === 'backup')) throw new Error('Settings were not saved: no copy of the old settings could be kept. Free some space and try again.');
  const parsed = Settings.safeParse(change(settings));
  if (parsed.success) await settingsItem.setValue(parsed.data);
  return parsed;
}
