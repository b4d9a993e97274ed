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

describe('testAdapter: the editor\'s roles ("never" and "replyWhen")', () => {
  const url = new URL('https://crm.example/cases/1');
  const composer = (mode: 'public' | 'note') =>
    page(`<h1>Case HC-1</h1>
      <div class="composer composer--reply"><textarea id="reply"></textarea></div>
      <div class="composer composer--note"><textarea id="note"></textarea></div>
      <div id="one" data-mode="${mode}"><div class="box" contenteditable="true"></div></div>`);
  const withEditor = (editor: unknown) => ({ ...adapter, editor }) as unknown as CrmAdapter;

  it('says an internal note box was found and will not get the checklist, and marks it', () => {
    const { report, elements } = testAdapter(composer('public'), url, withEditor({ selector: '.composer textarea', never: '.composer--note' }));
    expect(report.editor).toEqual({
      configured: true,
      found: true,
      detail: 'Found the reply editor (a textarea). An internal note box was found too (matching ".composer--note"): the checklist will not show there.',
    });
    expect(elements.filter((item) => /editor|note/i.test(item.name)).map((item) => [item.name, (item.element as HTMLElement).id])).toEqual([
      ['Reply editor', 'reply'],
      ['Internal note (no checklist)', 'note'],
    ]);
  });

  it('says so when every box it matches is an internal note', () => {
    const { report } = testAdapter(composer('public'), url, withEditor({ selector: '.composer--note textarea', never: '.composer--note' }));
    expect(report.editor).toEqual({
      configured: true,
      found: false,
      detail: 'No reply box was found: the one box the editor setting matches is an internal note (matching ".composer--note"), and the checklist will not show there.',
    });
  });

  it('says when a toggled composer counts as the reply, whether it does now or not', () => {
    const editor = { selector: '#one .box', replyWhen: { selector: '#one[data-mode="public"]' } };
    expect(testAdapter(composer('public'), url, withEditor(editor)).report.editor.detail).toBe(
      'Found the reply editor (a div). The checklist shows there only while it matches "#one[data-mode="public"]" (it does now).',
    );
    const asNote = testAdapter(composer('note'), url, withEditor(editor)).report.editor;
    expect(asNote).toEqual({
      configured: true,
      found: true,
      detail: 'Found the editor box (a div), but it is not the reply right now. The checklist shows there only while it matches "#one[data-mode="public"]" (it does not now).',
    });
  });

  it('reports several internal notes by number', () => {
    const doc = page('<textarea class="r"></textarea><div class="note"><textarea class="r"></textarea></div><div class="note"><textarea class="r"></textarea></div>');
    expect(testAdapter(doc, url, withEditor({ selector: 'textarea.r', never: '.note' })).report.editor.detail).toBe(
      'Found the reply editor (a textarea). 2 internal note boxes were found too (matching ".note"): the checklist will not show there.',
    );
  });
});
