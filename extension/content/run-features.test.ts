/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CrmAdapter } from '@complaint-code/shared';
import { runFeatures, type Feature, type ResolvePageContext } from './run-features.js';

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

  it('should ask the worker for the page context once a navigation, share it, and start only the features whose needs it found', async () => {
    ctx = new ContentScriptContext('crm', { noScriptStartedPostMessage: true });
    const adapter = { id: 'casehub' } as unknown as CrmAdapter;
    const resolveContext = vi.fn<ResolvePageContext>(async () => ({ adapter, listAdapter: null }));
    const onCasePage = vi.fn<Feature['init']>(() => undefined);
    const alsoOnCasePage = vi.fn<Feature['init']>(() => undefined);
    const onListPage = vi.fn<Feature['init']>(() => undefined);
    const anywhere = vi.fn<Feature['init']>(() => undefined);
    runFeatures(
      ctx,
      [
        { id: 'countdown', needs: ['adapter'], init: onCasePage },
        { id: 'checklist', needs: ['adapter'], init: alsoOnCasePage },
        { id: 'harvest', needs: ['listAdapter'], init: onListPage },
        { id: 'anywhere', init: anywhere },
      ],
      resolveContext,
    );
    await vi.waitFor(() => expect(anywhere).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(alsoOnCasePage).toHaveBeenCalledTimes(1));
    expect(resolveContext).toHaveBeenCalledTimes(1);
    expect(resolveContext).toHaveBeenCalledWith(location.href);
    expect(onCasePage).toHaveBeenCalledWith(expect.any(AbortSignal), ctx, { adapter, listAdapter: null });
    expect(onListPage).not.toHaveBeenCalled();

    window.dispatchEvent(Object.assign(new Event(LOCATION_CHANGE), { newUrl: new URL('http://localhost/cases/2'), oldUrl: new URL('http://localhost/cases/1') }));
    await vi.waitFor(() => expect(onCasePage).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(alsoOnCasePage).toHaveBeenCalledTimes(2));
    expect(resolveContext).toHaveBeenCalledTimes(2);
    expect(onListPage).not.toHaveBeenCalled();
  });

  it('should not ask the worker at all when no feature needs the page context', async () => {
    ctx = new ContentScriptContext('crm', { noScriptStartedPostMessage: true });
    const resolveContext = vi.fn<ResolvePageContext>(async () => ({ adapter: null, listAdapter: null }));
    const init = vi.fn<Feature['init']>(() => undefined);
    runFeatures(ctx, [{ id: 'probe', init }], resolveContext);
    await vi.waitFor(() => expect(init).toHaveBeenCalledTimes(1));
    expect(resolveContext).not.toHaveBeenCalled();
  });
});
