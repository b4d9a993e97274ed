/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from './watch-page.js';

/** Lets the observer deliver its records and the throttled callback run. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 40));
}

describe('watchPage', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('calls back when the CRM page changes', async () => {
    const callback = vi.fn();
    const controller = new AbortController();
    watchPage(callback, { signal: controller.signal, minIntervalMs: 0 });
    document.body.append(Object.assign(document.createElement('dd'), { textContent: '02/11/2026' }));
    // Polled: on a loaded machine the batched frame can come later than one settle.
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1));
    controller.abort();
  });

  it('ignores typing inside a rich-text editor, and our own hosts', async () => {
    const editor = Object.assign(document.createElement('div'), { contentEditable: 'true' });
    const paragraph = document.createElement('p');
    editor.append(paragraph);
    document.body.append(editor);
    await settle();

    const callback = vi.fn();
    const local = new AbortController();
    watchPage(callback, { signal: local.signal, minIntervalMs: 0 });
    paragraph.append('Dear Mrs Okafor,');
    paragraph.append(document.createElement('br'));
    document.body.append(document.createElement('complaint-code-countdown'));
    await settle();
    expect(callback).not.toHaveBeenCalled();

    // An editor removed from the page is a change the features must see.
    editor.remove();
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1));
    local.abort();
  });

  it('wakes on the named attributes only (a Reply button flipping a class), never on other attributes', async () => {
    const panel = Object.assign(document.createElement('div'), { className: 'reply is-hidden' });
    document.body.append(panel);
    await settle();
    const callback = vi.fn();
    const local = new AbortController();
    watchPage(callback, { signal: local.signal, minIntervalMs: 0, attributes: ['class', 'hidden'] });
    panel.setAttribute('data-tooltip', 'Reply');
    await settle();
    expect(callback).not.toHaveBeenCalled();
    panel.className = 'reply';
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1));
    local.abort();
  });

  it('does not wake on attributes unless asked (the countdown does not need them)', async () => {
    const panel = document.createElement('div');
    document.body.append(panel);
    await settle();
    const callback = vi.fn();
    const local = new AbortController();
    watchPage(callback, { signal: local.signal, minIntervalMs: 0 });
    panel.hidden = true;
    await settle();
    expect(callback).not.toHaveBeenCalled();
    local.abort();
  });
});
