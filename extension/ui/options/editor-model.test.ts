import { builtinAdapters, CrmAdapter, platformPacks } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { emptyDraft, fromEditorModel, fromLocatorDraft, toEditorModel, toLocatorDraft } from './editor-model.js';

/** Every option the format has, on every kind of locator (as an admin's file would carry them). */
const everything = {
  id: 'everything',
  name: 'Every option',
  version: 2,
  description: 'A file using every adapter option',
  template: { complete: ['Replace cc_ with your field prefix'] },
  origins: ['https://crm.example.org', 'https://crm2.example.org'],
  casePage: { urlPattern: '^/cases/\\d+', visibleCase: '.pane:not([hidden])' },
  listPage: { urlPattern: '^/cases/?$', row: 'tr.case', fields: { reference: { selector: 'td.ref' }, stage1ReceivedOn: { selector: 'td.received', dateFormats: ['d/M/yyyy'] } } },
  header: { selector: 'h1' },
  fields: {
    reference: { label: 'Case Number', labelDirection: 'value-then-label', within: '[data-id="header_overflowHolder"]' },
    stage: { selector: 'select#stage', read: 'selected-option', pattern: 'Stage (\\d)' },
    stage1ReceivedOn: { selector: 'time.created', read: 'attribute', attribute: 'datetime', dateFormats: ['iso', 'MMM d, yyyy HH:mm'] },
    stage1AcknowledgedOn: { label: 'Acknowledged', optional: true, emptyMarkers: ['Not yet', 'TBC'] },
    stage1RespondedOn: { selector: 'input[name="responded"]', read: 'value', dateFormats: ['yyyy-MM-dd HH:mm'], optional: true },
    residentName: { selector: 'td.resident', read: 'text', pattern: '^([^,]+)' },
  },
  editor: { frames: ['iframe.publisher', 'iframe[title="Email Body"]'], selector: 'body[contenteditable="true"]', never: '.internal-note', replyWhen: { selector: '[data-mode="public"]' } },
};

describe('the editor model', () => {
  it('keeps every option of an adapter through the editor (no option dropped on save)', () => {
    expect(fromEditorModel(toEditorModel(everything))).toEqual(everything);
  });

  it('round-trips every case-page option through the schema too (the editor locator is the frames branch’s)', () => {
    const { editor: _editor, ...caseOptions } = everything;
    const parsed = CrmAdapter.safeParse(caseOptions);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.success && CrmAdapter.safeParse(fromEditorModel(toEditorModel(parsed.data))).data).toEqual(parsed.success && parsed.data);
  });

  it.each([...builtinAdapters, ...platformPacks].map((adapter) => [adapter.id, adapter] as const))('loads and saves the built-in or pack %s unchanged', (_id, adapter) => {
    const saved = CrmAdapter.safeParse(fromEditorModel(toEditorModel(adapter)));
    expect(saved.success && saved.data).toEqual(adapter);
  });

  it('keeps keys it has no box for, at every level', () => {
    const future = { ...everything, somethingNew: 1, casePage: { ...everything.casePage, hint: 'x' }, fields: { ...everything.fields, newFact: { selector: 'b' } } };
    expect(fromEditorModel(toEditorModel(future))).toEqual(future);
    expect(fromLocatorDraft(toLocatorDraft({ selector: 'a', futureOption: true }))).toEqual({ selector: 'a', futureOption: true });
  });

  it('shows every option as text and leaves untouched ones out of the file', () => {
    const draft = toLocatorDraft(everything.fields.stage1ReceivedOn);
    expect(draft).toMatchObject({ kind: 'selector', value: 'time.created', read: 'attribute', attribute: 'datetime', dateFormats: 'iso\nMMM d, yyyy HH:mm' });
    expect(fromLocatorDraft({ ...emptyDraft(), kind: 'label', value: 'Date received' })).toEqual({ label: 'Date received' });
    expect(fromLocatorDraft({ ...emptyDraft(), kind: 'none', value: 'ignored' })).toBeUndefined();
  });

  it('drops a label direction when the row is switched to a selector, and trims list boxes', () => {
    const draft = { ...toLocatorDraft(everything.fields.reference), kind: 'selector' as const, value: '[data-id="header_ticketnumber"] .tile-value' };
    expect(fromLocatorDraft(draft)).toEqual({ selector: '[data-id="header_ticketnumber"] .tile-value', within: '[data-id="header_overflowHolder"]' });
    expect(fromLocatorDraft({ ...emptyDraft(), kind: 'selector', value: 'x', dateFormats: ' d/M/yyyy \n\n dd-MMM-yyyy ' })).toEqual({ selector: 'x', dateFormats: ['d/M/yyyy', 'dd-MMM-yyyy'] });
  });

  it('saves a new list page and removes one that was switched off', () => {
    const model = toEditorModel(everything);
    expect(fromEditorModel({ ...model, listPage: { ...model.listPage, enabled: false } })).not.toHaveProperty('listPage');
    const blank = toEditorModel({ id: 'b', name: 'B', version: 2, casePage: { urlPattern: 'x' }, fields: {} });
    const withList = fromEditorModel({ ...blank, listPage: { ...blank.listPage, enabled: true, urlPattern: '^/$', row: 'tr' } });
    expect(withList.listPage).toEqual({ urlPattern: '^/$', row: 'tr', fields: {} });
  });
});
