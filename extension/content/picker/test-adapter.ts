/**
 * @module extension/content/picker/test-adapter
 *
 * "Test on this page": read the CRM page with an adapter the admin has not saved yet, and say for
 * every configured field what was read, what it was understood as, or what went wrong; and whether
 * the reply editor was found. Pure reads over the document; the highlight is separate
 * (highlight-layer.ts), so this runs in tests on happy-dom pages.
 */
import { caseFactLabels, safeTest, type AdapterFieldTest, type AdapterTestReport, type CaseFactName, type CrmAdapter, type FieldLocator } from '@complaint-code/shared';
import { locateField, type SearchRoot } from '../../lib/locate-field.js';
import { editorRole } from '../editors/editor-role.js';
import { readCaseFacts } from '../../lib/read-case-facts.js';
import { findVisibleCase } from '../../lib/visible-case.js';

/** Same as the shared `isCasePage`, which lives beside the zod schema (kept out of CRM pages). */
function isCasePage(url: URL, adapter: CrmAdapter): boolean {
  if (adapter.origins && !adapter.origins.includes(url.origin)) return false;
  return safeTest(adapter.casePage.urlPattern, url.pathname + url.search + url.hash);
}

/** A field's report line, and the element to highlight when it was found. */
export interface FieldTestResult extends AdapterFieldTest {
  element?: Element;
}

/** The editor locator as the adapter holds it (frames, `never` and `replyWhen` with the box). */
type Editor = NonNullable<CrmAdapter['editor']>;

interface EditorTest {
  found: boolean;
  detail: string;
  /** What to highlight: the reply box (or the outermost frame holding it), and any internal notes. */
  highlights: { name: string; element: Element }[];
}

/** Every box the locator matches in `doc`: all matches of a selector, or the one box a label names. */
function boxesIn(doc: Document, locator: Editor): { boxes: Element[] } | { problem: string } {
  const { frames: _frames, never: _never, replyWhen: _replyWhen, ...box } = locator;
  const located = locateField(doc, box as FieldLocator);
  if (!located.ok) return { problem: `The reply editor was not found: ${located.detail}` };
  return { boxes: 'selector' in locator ? [...doc.querySelectorAll(locator.selector)] : [located.element] };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Walks the editor's frames (same-origin only), looks for the box in the last one, and says what
 * each box it matches is by the adapter's role rules, as the draft checklist will treat it.
 */
function findEditor(doc: Document, locator: Editor): EditorTest {
  let current: Document = doc;
  const frames: HTMLIFrameElement[] = [];
  for (const [index, selector] of (locator.frames ?? []).entries()) {
    let frame: Element | null;
    try {
      frame = current.querySelector(selector);
    } catch {
      return { found: false, detail: `Frame ${index + 1}: "${selector}" is not a valid CSS selector.`, highlights: [] };
    }
    if (!frame || frame.tagName !== 'IFRAME') return { found: false, detail: `Frame ${index + 1}: no iframe matches "${selector}" on this page.`, highlights: [] };
    frames.push(frame as HTMLIFrameElement);
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    if (!inner) return { found: false, detail: `Frame ${index + 1} ("${selector}") is from another site, so the extension cannot reach the editor inside it.`, highlights: [] };
    current = inner;
  }
  const located = boxesIn(current, locator);
  if ('problem' in located) return { found: false, detail: located.problem, highlights: [] };
  const where = frames.length > 0 ? ` inside ${plural(frames.length, 'frame')}` : '';
  const roles = located.boxes.map((element) => ({ element, role: editorRole(element, frames, locator) }));
  const reply = roles.find((box) => box.role === 'reply');
  const notNow = roles.find((box) => box.role === 'not-now');
  const notes = roles.filter((box) => box.role === 'never');
  const shown = reply ?? notNow;
  const sentences: string[] = [];
  if (reply) sentences.push(`Found the reply editor (a ${reply.element.tagName.toLowerCase()})${where}.`);
  else if (notNow) sentences.push(`Found the editor box (a ${notNow.element.tagName.toLowerCase()})${where}, but it is not the reply right now.`);
  else {
    const which = notes.length === 1 ? 'the one box the editor setting matches is an internal note' : `all ${notes.length} boxes the editor setting matches are internal notes`;
    sentences.push(`No reply box was found: ${which} (matching "${locator.never ?? ''}"), and the checklist will not show there.`);
  }
  // `replyWhen`: one composer toggled in place between a public reply and an internal note.
  if (locator.replyWhen && shown) {
    sentences.push(`The checklist shows there only while it matches "${locator.replyWhen.selector}" (${reply ? 'it does now' : 'it does not now'}).`);
  }
  if (notes.length > 0 && shown) {
    sentences.push(`${notes.length === 1 ? 'An internal note box was' : `${notes.length} internal note boxes were`} found too (matching "${locator.never ?? ''}"): the checklist will not show there.`);
  }
  const highlights = shown ? [{ name: 'Reply editor', element: frames[0] ?? shown.element }] : [];
  // Notes in the page itself are marked too (inside frames, the frame is already marked).
  if (frames.length === 0) highlights.push(...notes.map(({ element }) => ({ name: 'Internal note (no checklist)', element })));
  return { found: Boolean(shown), detail: sentences.join(' '), highlights };
}

/**
 * Test `adapter` on `doc` (whose address is `url`).
 *
 * @example
 * testAdapter(document, new URL(location.href), adapter).fields[0]; //=> { field: 'reference', name: 'Reference', read: 'HC-2026-0446', parsed: 'HC-2026-0446' }
 */
export function testAdapter(doc: Document, url: URL, adapter: CrmAdapter): { report: AdapterTestReport; elements: { name: string; element: Element }[] } {
  const readings = readCaseFacts(doc, adapter);
  const facts = (readings.facts ?? {}) as Record<string, unknown>;
  const fields: FieldTestResult[] = [];
  // An agent workspace: every field is looked up in the visible case's pane, as the reader does.
  let root: SearchRoot = doc;
  if (adapter.casePage.visibleCase) {
    const pane = findVisibleCase(doc, adapter.casePage.visibleCase);
    if (pane.ok) root = pane.pane;
    fields.push(pane.ok ? { field: 'visibleCase', name: 'Visible case pane', read: pane.pane.tagName.toLowerCase(), element: pane.pane } : { field: 'visibleCase', name: 'Visible case pane', problem: pane.detail });
  }
  if (adapter.header) {
    const located = locateField(root, adapter.header);
    fields.push(located.ok ? { field: 'header', name: 'Case header', read: located.value.slice(0, 200), element: located.element } : { field: 'header', name: 'Case header', problem: located.detail });
  }
  // The reader's own per-field readings, so the test shows exactly what the overlay will use.
  for (const [field, locator] of Object.entries(adapter.fields) as [CaseFactName, FieldLocator | undefined][]) {
    if (!locator) continue;
    const name = caseFactLabels[field];
    const reading = readings.fields[field];
    const result: FieldTestResult = { field, name };
    if (reading?.raw !== undefined) result.read = reading.raw.slice(0, 200);
    if (reading?.element) result.element = reading.element;
    if (reading?.outcome === 'value' && reading.value !== undefined) result.parsed = String(reading.value);
    else if (reading?.outcome === 'empty') result.parsed = 'No value yet (not a problem)';
    else if (reading?.outcome === 'absent') result.parsed = 'Not on this page (optional)';
    const problem = reading?.problem ?? readings.problems.find((candidate) => candidate.field === field);
    if (problem) result.problem = problem.message;
    else if (result.parsed === undefined) result.parsed = String(facts[field] ?? '—');
    fields.push(result);
  }
  const editor: EditorTest = adapter.editor
    ? findEditor(doc, adapter.editor)
    : { found: false, detail: 'This adapter names no reply editor, so the draft checklist will not appear.', highlights: [] };
  const elements = fields.flatMap((result) => (result.element ? [{ name: result.name, element: result.element }] : []));
  elements.push(...editor.highlights);
  return {
    report: {
      url: url.href,
      isCasePage: isCasePage(url, adapter),
      fields: fields.map(({ element: _element, ...line }) => line),
      editor: { configured: adapter.editor !== undefined, found: editor.found, detail: editor.detail },
    },
    elements,
  };
}
