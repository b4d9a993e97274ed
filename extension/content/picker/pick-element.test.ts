/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { pickElement } from './pick-element.js';

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

afterEach(() => document.body.replaceChildren());

describe('pickElement against a hostile page', () => {
  it('should pick only what the officer really clicks, not what a page script clicks', async () => {
    const list = document.createElement('dl');
    for (const [label, id, value] of [['Date received', 'received', '2 Nov 2026'], ['Secret', 'decoy', 'x']] as const) {
      list.append(Object.assign(document.createElement('dt'), { textContent: label }), Object.assign(document.createElement('dd'), { id, textContent: value }));
    }
    document.body.append(list);
    const controller = new AbortController();
    let picked: unknown = 'pending';
    const picking = pickElement('Stage 1 received', controller.signal).then((locator) => (picked = locator));
    const decoy = document.getElementById('decoy') as HTMLElement;
    decoy.click();
    decoy.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    // A synthetic Esc must not cancel pick mode either.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(picked).toBe('pending');
    expect(document.querySelector('complaint-code-picker')).not.toBeNull();

    document.getElementById('received')?.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
    await picking;
    expect(picked).toEqual({ selector: '#received' });
    expect(document.querySelector('complaint-code-picker')).toBeNull();
  });

  it('should cancel on the officer’s own Esc', async () => {
    const picking = pickElement('Stage 1 received', new AbortController().signal);
    document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(await picking).toBeNull();
  });

  it('should keep its layer in a closed shadow root', async () => {
    const controller = new AbortController();
    const picking = pickElement('Stage 1 received', controller.signal);
    expect(document.querySelector('complaint-code-picker')?.shadowRoot).toBeNull();
    controller.abort();
    await picking;
  });
});
