import type { CrmAdapter } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { adapterToJson, mergeAdapters, parseAdapterJson } from './adapter-json.js';
import { definitionListAdapter, formAdapter } from './__fixtures__/case-pages.js';

describe('parseAdapterJson', () => {
  it('should round-trip an exported adapter', () => {
    expect(parseAdapterJson(adapterToJson(definitionListAdapter))).toEqual({ ok: true, adapters: [definitionListAdapter] });
  });

  it('should accept a list of adapters', () => {
    expect(parseAdapterJson(adapterToJson([definitionListAdapter, formAdapter]))).toEqual({ ok: true, adapters: [definitionListAdapter, formAdapter] });
  });

  it('should say when the text is not JSON', () => {
    const result = parseAdapterJson('{ "id": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^This is not JSON: /);
  });

  it('should name the field that is wrong', () => {
    const broken = { ...definitionListAdapter, casePage: { urlPattern: '^/cases/(' }, fields: { reference: { selector: '#ref' } } };
    const result = parseAdapterJson(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('casePage.urlPattern');
      expect(result.message).toContain('^/cases/( is not an allowed pattern: a "(" is never closed');
      expect(result.message).toContain('fields.stage1ReceivedOn');
    }
  });

  it('should refuse a file over 1 MB before reading it, saying its size', () => {
    const result = parseAdapterJson(`{"id":"big","name":"${'x'.repeat(11 * 1024 * 1024)}"}`);
    expect(result).toEqual({ ok: false, message: 'This file is 11.0 MB. An adapter file is a few KB; the most the extension reads is 1 MB. Nothing was imported.' });
  });

  it('should refuse a pattern that could freeze the browser, saying what is allowed instead (issue 10)', () => {
    const hostile = { ...definitionListAdapter, casePage: { urlPattern: '^/x/(?=a)(a+)+$' } };
    const result = parseAdapterJson(JSON.stringify(hostile));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('casePage.urlPattern');
      expect(result.message).toContain('cannot be matched safely');
      expect(result.message).toContain('Allowed:');
    }
  });

  it('should import a version 1 file as version 2', () => {
    const result = parseAdapterJson(JSON.stringify({ ...definitionListAdapter, version: 1 }));
    expect(result.ok && result.adapters[0]?.version).toBe(2);
  });

  it('should refuse a list with two adapters of the same id', () => {
    expect(parseAdapterJson(adapterToJson([formAdapter, formAdapter]))).toEqual({ ok: false, message: 'Two adapters in this file have the id "form-crm"' });
  });
});

describe('mergeAdapters', () => {
  it('should replace adapters with the same id and add new ones, keeping order', () => {
    const renamed: CrmAdapter = { ...definitionListAdapter, name: 'Renamed' };
    expect(mergeAdapters([definitionListAdapter], [renamed, formAdapter])).toEqual({
      adapters: [renamed, formAdapter],
      replaced: ['dl-crm'],
      added: ['form-crm'],
    });
  });
});

describe('parseAdapterJson messages', () => {
  it('should say what is allowed instead of an unknown option', () => {
    const result = parseAdapterJson(JSON.stringify({ ...formAdapter, fields: { ...formAdapter.fields, reference: { lable: 'Reference' } } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('fields.reference: "lable" is not an option here (did you mean "label"?). Allowed here:');
  });

  it('should name the adapter in a list', () => {
    const result = parseAdapterJson(JSON.stringify([formAdapter, { ...formAdapter, id: 'second', name: 7 }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('• Adapter 2: name: give text in quotes here, not a number.');
  });
});
