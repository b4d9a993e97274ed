/**
 * @module extension/content/picker/extension-lifetime
 *
 * When the extension is reloaded or removed, a script it injected stays in the page but loses its
 * connection (`browser.runtime.id` becomes undefined). WXT's ContentScriptContext notices this, but
 * it also posts a start-up message to the page naming the extension; the picker script needs only
 * the first part, so it checks for itself.
 */
import { browser } from 'wxt/browser';
import type { PickerLifetime } from './listen-for-picker.js';

/**
 * @example
 * listenForPicker(extensionLifetime());
 */
export function extensionLifetime(checkEveryMs = 1000): PickerLifetime {
  const callbacks: (() => void)[] = [];
  const timer = setInterval(() => {
    if (isConnected()) return;
    clearInterval(timer);
    for (const callback of callbacks.splice(0)) callback();
  }, checkEveryMs);
  return { onInvalidated: (callback) => void callbacks.push(callback) };
}

function isConnected(): boolean {
  try {
    return browser.runtime?.id !== undefined;
  } catch {
    return false; // Firefox throws on a dead extension's runtime
  }
}
