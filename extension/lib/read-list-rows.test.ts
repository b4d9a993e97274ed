/** @vitest-environment happy-dom */
import { CrmAdapter, builtinAdapters } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { readListRows } from './read-list-rows.js';

const demoClassic = builtinAdapters.find((adapter) => adapter.id === 'demo-classic');
const page = 'http://localhost:4310/';

function documentWith(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
}

const row = (reference: string, cells: string) =>
  `<tr class="case-row"><td class="ref"><a href="/cases/${reference}">${reference}</a></td><td class="resident"><span class="name">Ms Test</span></td>${cells}</tr>`;

describe('readListRows', () => {
  it('should read each row of the demo queue with its case link and the dates it shows', () => {
    if (!demoClassic) throw new Error('demo-classic adapter missing');
    const doc = documentWith(`<table><tbody>
      ${row('HC-2026-0001', '<td class="stage">Stage 1</td><td class="received">02/11/2026</td><td class="key-dates"><div>Acknowledged <span class="s1-ack">04/11/2026</span></div></td><td class="officer">Sarah Mitchell</td>')}
      ${row('HC-2026-0002', '<td class="stage">Stage 2</td><td class="received">01/10/2026</td><td class="key-dates"><div><span class="s2-requested">10/11/2026</span></div></td><td class="officer">James Patel</td>')}
    </tbody></table>`);
    expect(readListRows(doc, demoClassic, page)).toEqual({
      skipped: 0,
      rows: [
        {
          url: 'http://localhost:4310/cases/HC-2026-0001',
          facts: { reference: 'HC-2026-0001', residentName: 'Ms Test', stage: 1, stage1ReceivedOn: '2026-11-02', stage1AcknowledgedOn: '2026-11-04', handler: 'Sarah Mitchell' },
        },
        {
          url: 'http://localhost:4310/cases/HC-2026-0002',
          facts: { reference: 'HC-2026-0002', residentName: 'Ms Test', stage: 2, stage1ReceivedOn: '2026-10-01', stage2RequestedOn: '2026-11-10', handler: 'James Patel' },
        },
      ],
    });
  });

  it('should leave out an unreadable date rather than guess, and skip rows with no reference or a link to another site', () => {
    const adapter = CrmAdapter.parse({
      id: 'grid',
      name: 'Grid',
      version: 2,
      casePage: { urlPattern: '^/case/' },
      listPage: { urlPattern: '^/$', row: 'li', fields: { reference: { selector: '.ref' }, stage1ReceivedOn: { selector: '.date' } } },
      fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { selector: '#received' } },
    });
    const doc = documentWith(`<ul>
      <li><a class="ref" href="/case/1">C-1</a><span class="date">TBC</span></li>
      <li><span class="ref"></span><span class="date">02/11/2026</span></li>
      <li><a class="ref" href="https://elsewhere.example/case/3">C-3</a></li>
      <li><a class="ref" href="/case/4">C-4</a><span class="date">31/02/2026</span></li>
    </ul>`);
    expect(readListRows(doc, adapter, page)).toEqual({
      skipped: 2,
      rows: [
        { url: 'http://localhost:4310/case/1', facts: { reference: 'C-1' } },
        { url: 'http://localhost:4310/case/4', facts: { reference: 'C-4' } },
      ],
    });
  });

  it('should read nothing with an adapter that has no list page or a bad row selector', () => {
    const adapter = CrmAdapter.parse({
      id: 'grid',
      name: 'Grid',
      version: 2,
      casePage: { urlPattern: '^/case/' },
      listPage: { urlPattern: '^/$', row: 'li[[', fields: { reference: { selector: '.ref' } } },
      fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { selector: '#received' } },
    });
    const doc = documentWith('<ul><li class="ref">C-1</li></ul>');
    expect(readListRows(doc, adapter, page)).toEqual({ rows: [], skipped: 0 });
    const { listPage: _none, ...withoutList } = adapter;
    expect(readListRows(doc, withoutList, page)).toEqual({ rows: [], skipped: 0 });
  });
});
