/** @vitest-environment happy-dom */
import { CrmAdapter } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { readCaseFacts } from './read-case-facts.js';
import { isEmptyValue } from './read-field-value.js';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

// The helpdesk of the adapter trials: "# HC-2026-0412", received as a data-time attribute.
const helpdesk = `<div class="conv-numnav"># HC-2026-0412</div><time class="received" data-time="2026-11-23T09:30:00Z">4 days ago</time>
  <div class="owner">—</div>`;

const adapterWith = (pattern: string) =>
  CrmAdapter.parse({
    id: 'desk',
    name: 'Helpdesk',
    version: 2,
    casePage: { urlPattern: '^/' },
    fields: {
      reference: { selector: '.conv-numnav', pattern },
      stage1ReceivedOn: { selector: '.received', attribute: 'data-time', dateFormats: ['iso'] },
      handler: { selector: '.owner' },
    },
  });

describe('readCaseFacts: a reference that is only a year', () => {
  it('should warn, with how to fix, when the pattern keeps "2026" of "HC-2026-0412"', () => {
    const { facts, problems } = readCaseFacts(page(helpdesk), adapterWith('(\\d+)'));
    expect(facts?.reference).toBe('2026');
    expect(problems).toEqual([
      {
        field: 'reference',
        message: 'Case reference: "2026" looks like a year, not a case reference (read from "# HC-2026-0412")',
        howToFix: expect.stringContaining('Options → Adapters → Helpdesk'),
      },
    ]);
  });

  it('should not warn for the whole reference, or for a number that is not a year', () => {
    expect(readCaseFacts(page(helpdesk), adapterWith('#\\s*(\\S+)')).problems).toEqual([]);
    const numeric = helpdesk.replace('# HC-2026-0412', '# 10000463');
    expect(readCaseFacts(page(numeric), adapterWith('(\\d+)')).problems).toEqual([]);
    const short = helpdesk.replace('# HC-2026-0412', '# 2150');
    expect(readCaseFacts(page(short), adapterWith('(\\d+)')).problems).toEqual([]);
  });
});

describe('isEmptyValue: a lone dash', () => {
  it('should read a lone em dash, en dash or hyphen as "no value yet", without emptyMarkers', () => {
    for (const marker of ['—', '–', '-', ' — ', '—Empty—']) expect(isEmptyValue(marker)).toBe(true);
    expect(isEmptyValue('—Tom—')).toBe(false);
  });

  it('should leave a handler shown as "—" empty, not a problem', () => {
    const reading = readCaseFacts(page(helpdesk), adapterWith('#\\s*(\\S+)'));
    expect(reading.fields.handler?.outcome).toBe('empty');
    expect(reading.facts?.handler).toBeUndefined();
  });
});
