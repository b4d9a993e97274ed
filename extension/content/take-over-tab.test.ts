/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import crmContentScript from '../entrypoints/crm.content/index.js';
import { takeOverTab } from './take-over-tab.js';

/** WXT's start-up event name (`getUniqueEventName`): WXT's start-up postMessage tells it to every page. */
const SCRIPT_STARTED = `${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;

/** What a CRM page script can do once it knows the name. */
function replayStartUp(messageId = 'from-the-page'): void {
  document.dispatchEvent(new CustomEvent(SCRIPT_STARTED, { detail: { contentScriptName: 'crm', messageId } }));
}

const contexts: ContentScriptContext[] = [];
function start(): ContentScriptContext {
  const ctx = new ContentScriptContext('crm', { noScriptStartedPostMessage: true });
  contexts.push(ctx);
  return ctx;
}
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.abort();
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('takeOverTab', () => {
  it('is needed: WXT alone lets the page switch the overlay off by replaying its start-up event', () => {
    const ctx = start();
    replayStartUp();
    expect(ctx.isValid).toBe(false);
  });

  it('should keep running when the page replays the start-up event', () => {
    const ctx = start();
    takeOverTab(ctx);
    replayStartUp();
    replayStartUp('another-copy');
    expect(ctx.isValid).toBe(true);
  });

  it('should still stop an older copy in this tab when the extension injects a new one', () => {
    const older = start();
    takeOverTab(older);
    const newer = start();
    takeOverTab(newer);
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
  });

  it('should not tell the page the extension id: the CRM script sends no start-up postMessage', () => {
    expect(crmContentScript).toMatchObject({ noScriptStartedPostMessage: true });
    const posted = vi.spyOn(window, 'postMessage');
    start();
    expect(posted).not.toHaveBeenCalled();
  });
});
