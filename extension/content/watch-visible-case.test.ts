/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import { watchVisibleCase } from './watch-visible-case.js';

describe('watchVisibleCase', () => {
  it('should call back when another pane becomes visible, without any node added or address change', async () => {
    document.body.replaceChildren();
    const panes = ['CMP-1', 'CMP-2'].map((ref, i) => {
      const pane = document.createElement('div');
      pane.className = 'pane';
      pane.textContent = ref;
      pane.hidden = i === 1;
      document.body.append(pane);
      return pane;
    });
    const onChange = vi.fn();
    const controller = new AbortController();
    watchVisibleCase('.pane', onChange, controller.signal);

    panes[0]?.setAttribute('data-x', '1'); // not a pane attribute: ignored
    panes[0]?.classList.add('focused'); // same pane still visible: no call
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChange).not.toHaveBeenCalled();

    (panes[0] as HTMLElement).hidden = true;
    (panes[1] as HTMLElement).hidden = false;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChange).toHaveBeenCalledTimes(1);

    controller.abort();
    (panes[1] as HTMLElement).hidden = true;
    (panes[0] as HTMLElement).hidden = false;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
