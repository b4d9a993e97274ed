/**
 * @module extension/content/watch-page
 *
 * Call back when the CRM page changes, cheaply: a MutationObserver whose records are only counted,
 * never walked through queries, with the work batched into one animation frame and at most one run
 * per `minIntervalMs` (busy CRM pages mutate hundreds of times a second).
 */

/** Our own host elements, whose insertion must not wake us up again. */
const OWN_TAGS = new Set(['COMPLAINT-CODE-COUNTDOWN', 'COMPLAINT-CODE-CHECKLIST', 'COMPLAINT-CODE-EDITOR-NOTICE']);

function isOwnMutation(record: MutationRecord): boolean {
  if (record.type === 'attributes') return OWN_TAGS.has((record.target as Element).tagName);
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => OWN_TAGS.has((node as Element).tagName));
}

/**
 * Typing in a rich-text editor mutates its DOM on every key. No CRM fact lives inside an editing
 * host, so those records must not wake the page's features (that would re-read the case on every
 * pause in typing, and cost time per keystroke).
 */
function isInsideEditor(record: MutationRecord): boolean {
  const target = record.target;
  const element = target.nodeType === Node.ELEMENT_NODE ? (target as Element) : target.parentElement;
  return element?.closest('[contenteditable]:not([contenteditable="false"])') != null;
}

function isIgnorable(record: MutationRecord): boolean {
  return isOwnMutation(record) || isInsideEditor(record);
}

export interface WatchPageOptions {
  signal: AbortSignal;
  /** What to observe; the smallest container the adapter allows. @default document.body */
  root?: Node;
  /** @default 250 */
  minIntervalMs?: number;
  /**
   * Also wake on changes of these attributes (a Reply button that flips a class or `hidden`, a
   * composer toggled to "Internal note"). Named, never all: CRMs animate `style` and `aria-*` a lot.
   */
  attributes?: readonly string[];
}

/**
 * @example
 * watchPage(() => refresh(), { signal });
 */
export function watchPage(callback: () => void, { signal, root = document.body, minIntervalMs = 250, attributes }: WatchPageOptions): void {
  let scheduled = false;
  let lastRun = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;

  const run = () => {
    frame = undefined;
    scheduled = false;
    if (signal.aborted) return;
    lastRun = performance.now();
    callback();
  };
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    const wait = Math.max(0, lastRun + minIntervalMs - performance.now());
    timer = setTimeout(() => {
      timer = undefined;
      frame = requestAnimationFrame(run);
    }, wait);
  };

  const observer = new MutationObserver((records) => {
    if (!records.every(isIgnorable)) schedule();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    ...(attributes && attributes.length > 0 ? { attributes: true, attributeFilter: [...attributes] } : {}),
  });
  // Form fields change without mutations.
  root.addEventListener('change', schedule, { capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
    },
    { once: true },
  );
}
