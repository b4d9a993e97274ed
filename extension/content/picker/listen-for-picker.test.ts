import type { FieldLocator } from '@complaint-code/shared';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listenForPicker } from './listen-for-picker.js';
import { pickElement } from './pick-element.js';

// Pick mode itself needs a page and a user's click; here it answers at once, so the test is about who may start it.
vi.mock('./pick-element.js', () => ({ pickElement: vi.fn() }));
const picked: FieldLocator = { selector: '#received' };

type Listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: unknown) => void) => boolean;
let listener: Listener;
let invalidated: (() => void)[];

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(pickElement).mockReset().mockResolvedValue(picked);
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((added) => {
    listener = added as unknown as Listener;
  });
  invalidated = [];
  const ctx = { onInvalidated: (callback: () => void) => invalidated.push(callback) } as unknown as ContentScriptContext;
  listenForPicker(ctx);
});

const fromOptionsPage = { id: fakeBrowser.runtime.id };

describe('listenForPicker', () => {
  it('starts pick mode for the options page and answers with the locator picked', async () => {
    const sendResponse = vi.fn();
    expect(listener({ type: 'picker/pick', field: 'stage1ReceivedOn' }, fromOptionsPage, sendResponse)).toBe(true);
    expect(pickElement).toHaveBeenCalledWith('Stage 1 received', expect.any(AbortSignal));
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, data: picked }));
  });

  it('names the case header when asked for it', () => {
    listener({ type: 'picker/pick', field: 'header' }, fromOptionsPage, vi.fn());
    expect(pickElement).toHaveBeenCalledWith('case header', expect.any(AbortSignal));
  });

  it.each<[string, unknown, { id?: string; tab?: unknown }]>([
    // A content script in a CRM tab (even our own) must not be able to start pick mode in another tab.
    ['a tab of this extension', { type: 'picker/pick', field: 'stage1ReceivedOn' }, { id: fakeBrowser.runtime.id, tab: { id: 4, url: 'https://crm.example/cases/1' } }],
    ['another extension', { type: 'picker/pick', field: 'stage1ReceivedOn' }, { id: 'someone-else' }],
    ['an unknown field', { type: 'picker/pick', field: 'password' }, fromOptionsPage],
    ['an extra key', { type: 'picker/pick', field: 'stage1ReceivedOn', selector: 'body' }, fromOptionsPage],
    ['another message type', { type: 'page/context', url: 'https://crm.example/' }, fromOptionsPage],
    ['not an object', 'picker/pick', fromOptionsPage],
  ])('ignores a request from %s', (_what, message, sender) => {
    const sendResponse = vi.fn();
    expect(listener(message, sender, sendResponse)).toBe(false);
    expect(pickElement).not.toHaveBeenCalled();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('a second request cancels the first pick; invalidating the script cancels the current one', () => {
    listener({ type: 'picker/pick', field: 'stage1ReceivedOn' }, fromOptionsPage, vi.fn());
    listener({ type: 'picker/pick', field: 'handler' }, fromOptionsPage, vi.fn());
    const [first, second] = vi.mocked(pickElement).mock.calls.map(([, signal]) => signal);
    expect(first?.aborted).toBe(true);
    expect(second?.aborted).toBe(false);
    for (const callback of invalidated) callback();
    expect(second?.aborted).toBe(true);
  });
});
