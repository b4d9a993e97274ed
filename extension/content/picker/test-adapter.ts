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

/** The editor locator's optional frame path (adapters with frame support carry `frames`). */
type EditorWithFrames = FieldLocator & { frames?: readonly string[] };

/** Walks the editor's frames (same-origin only) and looks for the box in the last one. */
function findEditor(doc: Document, locator: EditorWithFrames): { found: boolean; detail: string; element?: Element } {
  let current: Document = doc;
  let outermost: Element | undefined;
  for (const [index, selector] of (locator.frames ?? []).entries()) {
    let frame: Element | null;
    try {
      frame = current.querySelector(selector);
    } catch {
      return { found: false, detail: `Frame ${index + 1}: "${selector}" is not a valid CSS selector.` };
    }
    if (!frame || frame.tagName !== 'IFRAME') return { found: false, detail: `Frame ${index + 1}: no iframe matches "${selector}" on this page.` };
    outermost ??= frame;
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    if (!inner) return { found: false, detail: `Frame ${index + 1} ("${selector}") is from another site, so the extension cannot reach the editor inside it.` };
    current = inner;
  }
  const { frames: _frames, ...inFrame } = locator as EditorWithFrames & Record<string, unknown>;
  const located = locateField(current, inFrame as FieldLocator);
  if (!located.ok) return { found: false, detail: `The reply editor was not found: ${located.detail}` };
  const where = locator.frames?.length ? ` inside ${locator.frames.length} frame${locator.frames.length === 1 ? '' : 's'}` : '';
  return { found: true, detail: `Found the reply editor (a ${located.element.tagName.toLowerCase()})${where}.`, element: outermost ?? located.element };
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
  const editor = adapter.editor
    ? findEditor(doc, adapter.editor as EditorWithFrames)
    : { found: false, detail: 'This adapter names no reply editor, so the draft checklist will not appear.' };
  const elements = fields.flatMap((result) => (result.element ? [{ name: result.name, element: result.element }] : []));
  if ('element' in editor && editor.element) elements.push({ name: 'Reply editor', element: editor.element });
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
