/**
 * @module extension/background/set-adapter-editor
 *
 * "Point at the editor": put the picked reply editor into the adapter the page uses. A user adapter
 * is changed in place; a built-in one cannot be, so a copy with the new editor is added to the
 * user's adapters (they are tried first, so the copy wins from then on).
 */
import type { CrmAdapter, EditorLocator, Settings } from '@complaint-code/shared';

/**
 * @example
 * withAdapterEditor(settings, builtinAdapters, 'demo-classic', { selector: '#reply' }); //=> { settings, copied: true }
 */
export function withAdapterEditor(
  settings: Settings,
  builtins: readonly CrmAdapter[],
  adapterId: string,
  editor: EditorLocator,
): { settings: Settings; copied: boolean } {
  const own = settings.adapters.findIndex((adapter) => adapter.id === adapterId);
  if (own >= 0) {
    const adapters = settings.adapters.map((adapter, index) => (index === own ? { ...adapter, editor } : adapter));
    return { settings: { ...settings, adapters }, copied: false };
  }
  const builtin = builtins.find((adapter) => adapter.id === adapterId);
  if (!builtin) throw new Error(`There is no adapter "${adapterId}" to change.`);
  return { settings: { ...settings, adapters: [...settings.adapters, { ...builtin, editor }] }, copied: true };
}
