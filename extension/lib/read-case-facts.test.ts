/** @vitest-environment happy-dom */
import type { CrmAdapter } from '@complaint-code/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { definitionListAdapter, definitionListPage, formAdapter, formPage } from './__fixtures__/case-pages.js';
import { parseStage, readCaseFacts } from './read-case-facts.js';

function page(html: string): Document {
  // Built with DOMParser, never innerHTML on the live document: fixtures are data, like CRM pages.
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

describe('readCaseFacts', () => {
  let doc: Document;
  beforeEach(() => {
    doc = page(definitionListPage);
  });

  it('should read every configured fact beside its label, in the forms the CRM shows', () => {
    const { facts, problems, anchor } = readCaseFacts(doc, definitionListAdapter);
    expect(problems).toEqual([]);
    expect(facts).toEqual({
      reference: 'CMP-1042',
      stage: 1,
      stage1ReceivedOn: '2026-11-02',
      stage1AcknowledgedOn: '2026-11-04',
      handler: 'Sam Patel',
    });
    expect(anchor).toBe(doc.querySelector('h1.case-title'));
  });

  it('should read labelled inputs, selects, <time datetime> and labels scoped with `within`', () => {
    const { facts, problems } = readCaseFacts(page(formPage), formAdapter);
    expect(problems).toEqual([]);
    expect(facts).toEqual({
      reference: 'HX/2026/77',
      stage: 2,
      stage1ReceivedOn: '2026-11-02',
      stage2RequestedOn: '2026-12-10',
      stage2AcknowledgedOn: '2026-12-14',
    });
  });

  it('should name a configured field that is missing and say how to fix it', () => {
    doc.querySelector('dl')?.children[4]?.remove(); // the "Date acknowledged" <dt>
    const { facts, problems } = readCaseFacts(doc, definitionListAdapter);
    expect(facts?.stage1AcknowledgedOn).toBeUndefined();
    expect(problems).toEqual([
      {
        field: 'stage1AcknowledgedOn',
        message: 'Stage 1 acknowledged: no label "Date acknowledged" on this page',
        howToFix: expect.stringContaining('Options → Adapters → Definition list CRM → Stage 1 acknowledged'),
      },
    ]);
  });

  it('should report an unreadable date instead of guessing one', () => {
    const dd = [...doc.querySelectorAll('dd')].find((el) => el.textContent === '04/11/2026');
    if (dd) dd.textContent = '31/02/2026';
    const { facts, problems } = readCaseFacts(doc, definitionListAdapter);
    expect(facts?.stage1AcknowledgedOn).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(['Stage 1 acknowledged: "31/02/2026" is not a real date']);
  });

  it('should give no facts when the reference cannot be read', () => {
    doc.querySelector('#ref')?.remove();
    const { facts, problems, anchor } = readCaseFacts(doc, definitionListAdapter);
    expect(facts).toBeNull();
    expect(problems[0]?.field).toBe('reference');
    expect(anchor).toBe(doc.querySelector('h1.case-title'));
  });

  it('should report a required date the CRM leaves empty', () => {
    const dd = [...doc.querySelectorAll('dd')].find((el) => el.textContent?.startsWith('Monday'));
    if (dd) dd.textContent = '';
    const { problems } = readCaseFacts(doc, definitionListAdapter);
    expect(problems).toMatchObject([{ field: 'stage1ReceivedOn', message: 'Stage 1 received: the CRM shows no value' }]);
  });

  it('should report a bad CSS selector rather than throw', () => {
    const adapter: CrmAdapter = { ...definitionListAdapter, fields: { ...definitionListAdapter.fields, reference: { selector: 'h1[' } } };
    const { facts, problems } = readCaseFacts(doc, adapter);
    expect(facts).toBeNull();
    expect(problems[0]?.message).toBe('Case reference: "h1[" is not a valid CSS selector');
  });

  it('should fall back to the reference as the anchor when the header is missing, and say so', () => {
    doc.querySelector('h1')?.classList.remove('case-title');
    const { anchor, problems } = readCaseFacts(doc, definitionListAdapter);
    expect(anchor).toBe(doc.querySelector('#ref'));
    expect(problems.map((p) => p.field)).toEqual(['header']);
  });

  it('should flag a stage 2 case when the adapter cannot read the stage 2 request date', () => {
    const stage = [...doc.querySelectorAll('dd')].find((el) => el.textContent === 'Stage 1');
    if (stage) stage.textContent = 'Stage 2';
    const { problems } = readCaseFacts(doc, definitionListAdapter);
    expect(problems.map((p) => p.field)).toEqual(['stage2RequestedOn']);
  });

  it('should not change the page', () => {
    const before = doc.body.outerHTML;
    readCaseFacts(doc, definitionListAdapter);
    expect(doc.body.outerHTML).toBe(before);
  });
});

describe('parseStage', () => {
  it.each([
    ['Stage 1', 1],
    ['stage one', 1],
    ['2', 2],
    ['Stage 2 (review)', 2],
    ['Complaint stage two', 2],
    ['Escalated', undefined],
    ['Stage 3', undefined],
  ])('should read %j as %s', (text, stage) => {
    expect(parseStage(text)).toBe(stage);
  });
});
