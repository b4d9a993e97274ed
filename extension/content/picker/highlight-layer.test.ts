/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { showHighlights } from './highlight-layer.js';

describe('showHighlights', () => {
  it('outlines in its own closed layer, leaves the page untouched, and goes on Esc or a second test', () => {
    const element = document.createElement('p');
    element.id = 'ref';
    element.textContent = 'HC-1';
    document.body.replaceChildren(element);
    const before = document.body.innerHTML;
    showHighlights(document, [{ name: 'Case reference', element }]);
    const host = document.querySelector('complaint-code-test-layer');
    expect(host).not.toBeNull();
    expect(host?.shadowRoot).toBeNull(); // closed: the CRM's scripts cannot reach into it
    expect(document.body.innerHTML).toBe(before);
    expect(element.getAttribute('style')).toBeNull();
    showHighlights(document, [{ name: 'Case reference', element }]);
    expect(document.querySelectorAll('complaint-code-test-layer')).toHaveLength(1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.querySelector('complaint-code-test-layer')).toBeNull();
  });
});
