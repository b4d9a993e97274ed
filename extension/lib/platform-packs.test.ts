/** @vitest-environment happy-dom */
// Each platform pack, completed as an admin would, reads a page built from its CRM family's public
// DOM conventions (see shared/src/builtin-adapters/platform-packs.ts for the sources).
import { CrmAdapter, findAdapterFor, platformPacks, type CrmAdapterInput } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { readCaseFacts } from './read-case-facts.js';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

/** What the admin does in the options page: set the origin, and drop `template` once completed. */
function complete(pack: CrmAdapter, origin: string): CrmAdapter {
  const { template: _template, ...rest } = pack;
  return CrmAdapter.parse({ ...rest, id: pack.id.replace(/^pack-/, ''), origins: [origin] } satisfies CrmAdapterInput);
}

const pack = (id: string) => {
  const found = platformPacks.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return CrmAdapter.parse(found);
};

describe('platform packs', () => {
  it('should all parse as version 2 templates listing what to complete', () => {
    for (const adapter of platformPacks) {
      const parsed = CrmAdapter.parse(adapter);
      expect(parsed.version).toBe(2);
      expect(parsed.template?.complete.length, adapter.id).toBeGreaterThan(0);
    }
  });

  it('should apply to no page until completed', () => {
    const urls = [
      'https://org.crm11.dynamics.com/main.aspx?appid=1&pagetype=entityrecord&etn=incident&id=2',
      'https://org.lightning.force.com/lightning/r/Case/5003h000001AbCdAAK/view',
      'https://help.example/conversation/1042',
      'https://cases.example/cases/CMP-1',
    ];
    for (const url of urls) expect(findAdapterFor(new URL(url), platformPacks)).toBeUndefined();
    const completed = complete(pack('pack-dynamics-365-case'), 'https://org.crm11.dynamics.com');
    expect(findAdapterFor(new URL(urls[0] as string), [completed])?.id).toBe('dynamics-365-case');
  });

  it('Dynamics 365: reads the case number from value-then-label header tiles and dates from input values', () => {
    const doc = page(`
      <h1 data-id="header_title">Boiler not fixed - Saved</h1>
      <div id="headerControlsList_4d0d2c87" class="headerControlsList">
        <div data-preview_orientation="column"><div>Normal</div><div>Priority</div></div>
        <div data-preview_orientation="column"><div>CAS-01234-X1Y2</div><div>Case Number</div></div>
        <div data-preview_orientation="column"><div>Active</div><div>Status</div></div>
      </div>
      <div data-id="createdon-FieldSectionItemContainer"><label>Created On</label>
        <input data-id="createdon.fieldControl-date-time-input" value="19/11/2026"></div>
      <div data-id="cc_extendedto-FieldSectionItemContainer"><label>Extended To</label>
        <input data-id="cc_extendedto.fieldControl-date-time-input" value="---"></div>`);
    const reading = readCaseFacts(doc, complete(pack('pack-dynamics-365-case'), 'https://org.crm11.dynamics.com'));
    expect(reading.problems).toEqual([]);
    expect(reading.facts).toEqual({ reference: 'CAS-01234-X1Y2', stage1ReceivedOn: '2026-11-19' });
    expect(reading.anchor?.textContent).toContain('Boiler not fixed');
  });

  it('Salesforce Lightning: reads the active console tab only, by API names', () => {
    const record = (active: boolean, number: string, created: string) => `
      <div class="windowViewMode-normal oneContent${active ? ' active' : ''}">
        <records-record-layout-item field-label="Case Number"><div data-target-selection-name="sfdc:RecordField.Case.CaseNumber">
          <dt>Case Number</dt><dd><lightning-formatted-text data-output-element-id="output-field">${number}</lightning-formatted-text></dd></div></records-record-layout-item>
        <records-record-layout-item field-label="Date/Time Opened"><div data-target-selection-name="sfdc:RecordField.Case.CreatedDate">
          <dt>Date/Time Opened</dt><dd><lightning-formatted-text>${created}</lightning-formatted-text></dd></div></records-record-layout-item>
        <records-record-layout-item field-label="Case Owner"><div><span class="test-id__field-label">Case Owner</span><span>Sam Patel</span></div></records-record-layout-item>
      </div>`;
    const doc = page(record(false, '00001041', '02/11/2026, 09:15') + record(true, '00001042', '19/11/2026, 16:40'));
    const reading = readCaseFacts(doc, complete(pack('pack-salesforce-lightning-case'), 'https://org.lightning.force.com'));
    expect(reading.problems).toEqual([]);
    expect(reading.facts).toEqual({ reference: '00001042', stage1ReceivedOn: '2026-11-19', handler: 'Sam Patel' });
  });

  it('Helpdesk: reads "# 1042" with a value pattern and the date behind "4 days ago" from its title', () => {
    const doc = page(`
      <div class="conv-subjwrap"><div class="conv-numnav"># <strong>1042</strong></div><h2>Damp in bedroom</h2></div>
      <div class="thread"><span class="thread-date" title="Nov 19, 2026 16:40">4 days ago</span></div>`);
    const reading = readCaseFacts(doc, complete(pack('pack-helpdesk-conversation'), 'https://help.example'));
    expect(reading.problems).toEqual([]);
    expect(reading.facts).toEqual({ reference: '1042', stage1ReceivedOn: '2026-11-19' });
  });

  it('Helpdesk: keeps the whole reference "HC-2026-0412", not the year in it', () => {
    const doc = page(`
      <div class="conv-subjwrap"><div class="conv-numnav"># <strong>HC-2026-0412</strong></div><h2>Damp</h2></div>
      <div class="thread"><span class="thread-date" title="Nov 23, 2026 09:30">1 day ago</span></div>`);
    const reading = readCaseFacts(doc, complete(pack('pack-helpdesk-conversation'), 'https://help.example'));
    expect(reading.problems).toEqual([]);
    expect(reading.facts).toEqual({ reference: 'HC-2026-0412', stage1ReceivedOn: '2026-11-23' });
  });

  it('GOV.UK-style: reads a summary list, including an agreed extension', () => {
    const row = (key: string, value: string) => `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${key}</dt><dd class="govuk-summary-list__value">${value}</dd></div>`;
    const doc = page(`<h1>Complaint CMP-2026-0042</h1><dl class="govuk-summary-list">
      ${row('Case reference', 'CMP-2026-0042')}${row('Date received', '3 Mar 2026')}${row('Stage', 'Stage 1')}
      ${row('Extended to', '14 Apr 2026')}${row('Extension agreed', '20 Mar 2026')}${row('Resident', 'Ms A Resident, 12 High Street')}
      ${row('Date acknowledged', 'Not recorded')}</dl>`);
    const reading = readCaseFacts(doc, complete(pack('pack-govuk-case-table'), 'https://cases.example'));
    expect(reading.problems).toEqual([]);
    expect(reading.facts).toEqual({
      reference: 'CMP-2026-0042',
      stage1ReceivedOn: '2026-03-03',
      stage: 1,
      stage1ExtendedTo: '2026-04-14',
      stage1ExtensionNotifiedOn: '2026-03-20',
      residentName: 'Ms A Resident',
    });
  });
});
