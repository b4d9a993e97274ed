/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runFeatures, type Feature } from './run-features.js';

/** WXT's name for its location-change event (`getUniqueEventName`), which a page can learn. */
const LOCATION_CHANGE = `${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:locationchange`;

let ctx: ContentScriptContext | undefined;
afterEach(() => {
  ctx?.abort();
  fakeBrowser.reset();
});

describe('runFeatures', () => {
  it('should start again on a real navigation (WXT’s own event) but not on one a page script dispatches', async () => {
    ctx = new ContentScriptContext('crm', { noScriptStartedPostMessage: true });
    const init = vi.fn<Feature['init']>(() => undefined);
    runFeatures(ctx, [{ id: 'probe', init }]);
    await vi.waitFor(() => expect(init).toHaveBeenCalledTimes(1));

    // The page: a flood of forged location changes would tear the overlay down and rebuild it for ever.
    for (let i = 0; i < 5; i += 1) window.dispatchEvent(new Event(LOCATION_CHANGE));
    window.dispatchEvent(new CustomEvent(LOCATION_CHANGE, { detail: { newUrl: 'http://x/' } }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(init).toHaveBeenCalledTimes(1);

    // WXT's event carries the new URL as an object of our own world.
    window.dispatchEvent(Object.assign(new Event(LOCATION_CHANGE), { newUrl: new URL('http://localhost/cases/2'), oldUrl: new URL('http://localhost/cases/1') }));
    await vi.waitFor(() => expect(init).toHaveBeenCalledTimes(2));
  });
});
