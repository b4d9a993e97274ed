/** @vitest-environment happy-dom */
import type { CrmAdapter } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { testAdapter } from './test-adapter.js';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

const doc = page(`
  <h1>Case HC-1</h1>
  <dl><dt>Reference</dt><dd>HC-1</dd><dt>Date received</dt><dd>02/11/2026</dd><dt>Date acknowledged</dt><dd>N/A</dd><dt>Stage</dt><dd>Level 9</dd></dl>
  <textarea id="reply"></textarea>`);

const adapter = {
  id: 't',
  name: 'T',
  version: 1,
  casePage: { urlPattern: '^/cases/' },
  header: { selector: 'h1' },
  fields: {
    reference: { label: 'Reference' },
    stage: { label: 'Stage' },
    stage1ReceivedOn: { label: 'Date received' },
    stage1AcknowledgedOn: { label: 'Date acknowledged' },
    handler: { label: 'Handler' },
  },
  editor: { selector: 'textarea#reply' },
} as unknown as CrmAdapter;

describe('testAdapter', () => {
  it('says for every field what was read, what it meant, or what went wrong', () => {
    const { report, elements } = testAdapter(doc, new URL('https://crm.example/cases/1'), adapter);
    expect(report.isCasePage).toBe(true);
    expect(report.fields).toEqual([
      { field: 'header', name: 'Case header', read: 'Case HC-1' },
      { field: 'reference', name: 'Case reference', read: 'HC-1', parsed: 'HC-1' },
      expect.objectContaining({ field: 'stage', read: 'Level 9', problem: expect.stringContaining('not a stage we recognise') }),
      { field: 'stage1ReceivedOn', name: 'Stage 1 received', read: '02/11/2026', parsed: '2026-11-02' },
      { field: 'stage1AcknowledgedOn', name: 'Stage 1 acknowledged', read: 'N/A', parsed: 'No value yet (not a problem)' },
      expect.objectContaining({ field: 'handler', problem: expect.stringMatching(/Handler/) }),
    ]);
    expect(report.editor).toEqual({ configured: true, found: true, detail: 'Found the reply editor (a textarea).' });
    expect(elements.map((item) => item.name)).toEqual(['Case header', 'Case reference', 'Stage', 'Stage 1 received', 'Stage 1 acknowledged', 'Reply editor']);
  });

  it('says when the editor is missing, in a frame that is not there, or not set', () => {
    const url = new URL('https://crm.example/other');
    const missing = testAdapter(doc, url, { ...adapter, editor: { selector: '#nope' } }).report;
    expect(missing.isCasePage).toBe(false);
    expect(missing.editor).toMatchObject({ configured: true, found: false });
    const framed = testAdapter(doc, url, { ...adapter, editor: { selector: 'body', frames: ['iframe.publisher'] } } as unknown as CrmAdapter).report;
    expect(framed.editor.detail).toBe('Frame 1: no iframe matches "iframe.publisher" on this page.');
    const { editor: _none, ...withoutEditor } = adapter;
    expect(testAdapter(doc, url, withoutEditor as CrmAdapter).report.editor).toEqual({
      configured: false,
      found: false,
      detail: 'This adapter names no reply editor, so the draft checklist will not appear.',
    });
  });
});
