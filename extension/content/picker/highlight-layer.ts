/**
 * @module extension/content/picker/highlight-layer
 *
 * Outlines the elements "Test on this page" read, each with its field's name, in our own layer: a
 * closed shadow root on an element we add, positioned over the page. The CRM's own nodes are never
 * restyled or changed. One layer at a time; Esc or its button removes it.
 */
const HOST_TAG = 'complaint-code-test-layer';

let removeCurrent: (() => void) | undefined;

/**
 * @example
 * const remove = showHighlights(document, [{ name: 'Reference', element }]);
 */
export function showHighlights(doc: Document, items: readonly { name: string; element: Element }[]): () => void {
  removeCurrent?.();
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `
    :host { all: initial; }
    .box { position: absolute; z-index: 2147483646; pointer-events: none; border: 3px solid #ffdd00; outline: 2px solid #0b0c0c; }
    .tag { position: absolute; z-index: 2147483646; pointer-events: none; padding: 0 4px; background: #0b0c0c; color: #ffffff; font: 12px/1.5 system-ui, Arial, sans-serif; }
    .bar { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; display: flex; gap: 12px; align-items: center; padding: 8px 12px;
      background: #0b0c0c; color: #ffffff; font: 15px/1.4 system-ui, Arial, sans-serif; }
    button { font: inherit; padding: 4px 10px; border: 0; background: #ffdd00; color: #0b0c0c; cursor: pointer; }
    button:focus-visible { outline: 3px solid #ffffff; }`;
  shadow.append(style);
  const view = doc.defaultView;
  const scrollX = view?.scrollX ?? 0;
  const scrollY = view?.scrollY ?? 0;
  for (const { name, element } of items) {
    const rect = element.getBoundingClientRect();
    const box = doc.createElement('div');
    box.className = 'box';
    Object.assign(box.style, { top: `${rect.top + scrollY - 3}px`, left: `${rect.left + scrollX - 3}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    const tag = doc.createElement('div');
    tag.className = 'tag';
    tag.textContent = name;
    Object.assign(tag.style, { top: `${Math.max(0, rect.top + scrollY - 22)}px`, left: `${rect.left + scrollX - 3}px` });
    shadow.append(box, tag);
  }
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  const words = doc.createElement('span');
  words.textContent = `Complaint Code: ${items.length} field${items.length === 1 ? '' : 's'} highlighted by "Test on this page".`;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Hide highlights';
  bar.append(words, close);
  shadow.append(bar);
  doc.documentElement.append(host);

  const controller = new AbortController();
  const remove = () => {
    controller.abort();
    host.remove();
    if (removeCurrent === remove) removeCurrent = undefined;
  };
  close.addEventListener('click', remove, { signal: controller.signal });
  doc.addEventListener('keydown', (event) => event.key === 'Escape' && remove(), { signal: controller.signal });
  removeCurrent = remove;
  return remove;
}
