/**
 * @module extension/lib/save-adapters
 *
 * Store the user's CRM adapters in the settings item, saying plainly when that cannot be done
 * (too big to keep, or the browser's storage is full) instead of failing in the console. A failed
 * write changes nothing: what was stored before stays as it was.
 */
import type { CrmAdapter } from '@complaint-code/shared';
import { updateSettings } from './settings-item.js';

/** The most the user's adapters may take when stored (an adapter is a few KB; `storage.local` holds 10 MB in all). */
export const MAX_ADAPTERS_BYTES = 1024 * 1024;

/** `n` bytes in MB, one decimal place. */
export const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

export type SaveResult = { ok: true } | { ok: false; message: string };

/**
 * Replace the stored adapters with `adapters`, keeping every other setting.
 *
 * @example
 * await saveAdapters([acme]); //=> { ok: true }
 * await saveAdapters(tooMany); //=> { ok: false, message: 'Your adapters would take 11.0 MB; …' }
 */
export async function saveAdapters(adapters: readonly CrmAdapter[]): Promise<SaveResult> {
  const bytes = new TextEncoder().encode(JSON.stringify(adapters)).length;
  if (bytes > MAX_ADAPTERS_BYTES) {
    return { ok: false, message: `Your adapters would take ${megabytes(bytes)} MB; the most the extension keeps is 1 MB. Nothing was changed. Delete adapters you no longer use, or import a smaller file.` };
  }
  try {
    // From the stored settings as repaired, never the raw value (which may not be settings at all).
    const saved = await updateSettings((current) => ({ ...current, adapters: [...adapters] }));
    if (!saved.success) return { ok: false, message: `The adapters were not saved: ${saved.error.issues[0]?.message ?? 'invalid settings'}. Nothing was changed.` };
    return { ok: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const full = /quota/i.test(reason);
    return {
      ok: false,
      message: full
        ? `The adapters could not be saved: the browser’s storage for this extension is full (${reason}). Nothing was changed.`
        : `The adapters could not be saved (${reason}). Nothing was changed.`,
    };
  }
}
