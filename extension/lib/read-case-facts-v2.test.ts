/** @vitest-environment happy-dom */
import { CrmAdapter, type CrmAdapterInput } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { readCaseFacts } from './read-case-facts.js';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

const base = { id: 'v2', name: 'V2 CRM', version: 2, casePage: { urlPattern: '^/' } } as const;
const adapterWith = (fields: CrmAdapterInput['fields'], extra: Partial<CrmAdapterInput> = {}) => CrmAdapter.parse({ ...base, fields, ...extra });

// Dynamics 365 header tiles put the value above its label: <div>value</div><div>label</div>.
const headerTiles = `
  <div id="headerControlsList_9f2e" data-id="header_overflowHolder">
    <div data-id="header_prioritycode"><div><div class="v">NormalPriority</div></div><div><label>Priority</label></div></div>
    <div data-id="header_ticketnumber"><div><div class="v">CAS-01234-X1Y2</div></div><div><label>Case Number</label></div></div>
    <div data-id="header_createdon"><div><div class="v">19/11/2026 16:40</div></div><div><label>Created On</label></div></div>
  </div>`;

describe('readCaseFacts: label direction (issue 9, point 5)', () => {
  it('should read a value-then-label header tile by detection, never the next tile', () => {
    const { facts, problems } = readCaseFacts(page(headerTiles), adapterWith({ reference: { label: 'Case Number' }, stage1ReceivedOn: { label: 'Created On' } }));
    expect(problems).toEqual([]);
    expect(facts).toEqual({ reference: 'CAS-01234-X1Y2', stage1ReceivedOn: '2026-11-19' });
  });

  it('should read with an explicit direction', () => {
    const adapter = adapterWith({
      reference: { label: 'Case Number', labelDirection: 'value-then-label' },
      stage1ReceivedOn: { label: 'Created On', labelDirection: 'value-then-label' },
    });
    expect(readCaseFacts(page(headerTiles), adapter).facts?.reference).toBe('CAS-01234-X1Y2');
  });

  it('should report, not store, a wrong direction that reads a neighbour ("NormalPriority")', () => {
    // label-then-value on a value-then-label header: the next tile's value is "NormalPriority"-like.
    const tiles = `<div><div><div>CAS-1</div></div><div><label>Priority</label></div></div>
      <div><div><div>NormalPriority</div></div><div><label>Case Number</label></div></div>
      <div><div><div>2 Nov 2026</div></div><div><label>Created On</label></div></div>`;
    const adapter = adapterWith({ reference: { label: 'Priority', labelDirection: 'value-then-label' }, stage1ReceivedOn: { label: 'Created On' } });
    const wrong = adapterWith({ reference: { label: 'Case Number' }, stage1ReceivedOn: { label: 'Created On' } });
    expect(readCaseFacts(page(tiles), adapter).facts?.reference).toBe('CAS-1');
    const reading = readCaseFacts(page(tiles), wrong);
    expect(reading.facts).toBeNull();
    expect(reading.problems[0]).toMatchObject({ field: 'reference' });
    expect(reading.problems[0]?.message).toContain('"NormalPriority" does not look like a case reference');
    expect(reading.problems[0]?.howToFix).toContain('label direction');
  });

  it('should report an ambiguous label (a value on each side) for that field', () => {
    const html = `<div class="a">CMP-1</div><div><span>Reference</span></div><div class="b">CMP-2</div><dl><dt>Received</dt><dd>2 Nov 2026</dd></dl>`;
    const reading = readCaseFacts(page(html), adapterWith({ reference: { label: 'Reference' }, stage1ReceivedOn: { label: 'Received' } }));
    expect(reading.facts).toBeNull();
    expect(reading.problems).toEqual([
      expect.objectContaining({ field: 'reference', message: expect.stringContaining('has a value on each side') }),
    ]);
  });
});

describe('readCaseFacts: where the value lives (issue 9, point 3)', () => {
  const html = `
    <h1>Case <span class="ref">CMP-77</span></h1>
    <input name="received" value="2026-11-19 16:40">
    <select id="stage"><option>Stage 1</option><option selected>Stage 2</option></select>
    <span class="esc" title="2026-11-21T09:00:00Z">4 days ago</span>
    <relative-time class="ack" datetime="2026-11-20T10:00:00Z">3 days ago</relative-time>
    <span class="resp" data-date="2026-11-25">Nov 25, 2026 16:40</span>
    <div class="s2ack" data-value="27/11/2026">Twenty-seventh</div>`;

  it('should read attributes, input values, selected options and the date behind relative text', () => {
    const adapter = adapterWith({
      reference: { selector: '.ref' },
      stage1ReceivedOn: { selector: 'input[name=received]', read: 'value' },
      stage: { selector: '#stage', read: 'selected-option' },
      stage2RequestedOn: { selector: '.esc' },
      stage1AcknowledgedOn: { selector: '.ack', attribute: 'datetime' },
      stage1RespondedOn: { selector: '.resp', read: 'text', dateFormats: ['MMM d, yyyy HH:mm'] },
      stage2AcknowledgedOn: { selector: '.s2ack', read: 'attribute', attribute: 'data-value', dateFormats: ['dd/MM/yyyy'] },
    });
    const { facts, problems } = readCaseFacts(page(html), adapter);
    expect(problems).toEqual([]);
    expect(facts).toEqual({
      reference: 'CMP-77',
      stage1ReceivedOn: '2026-11-19',
      stage: 2,
      stage2RequestedOn: '2026-11-21',
      stage1AcknowledgedOn: '2026-11-20',
      stage1RespondedOn: '2026-11-25',
      stage2AcknowledgedOn: '2026-11-27',
    });
  });

  it('should read a month-first date only with a declared format, and name the formats when it fails', () => {
    const doc = page(`<b class="ref">CMP-1</b><i class="d">03/04/2026</i>`);
    expect(readCaseFacts(doc, adapterWith({ reference: { selector: '.ref' }, stage1ReceivedOn: { selector: '.d', dateFormats: ['M/d/yyyy'] } })).facts?.stage1ReceivedOn).toBe('2026-03-04');
    expect(readCaseFacts(doc, adapterWith({ reference: { selector: '.ref' }, stage1ReceivedOn: { selector: '.d' } })).facts?.stage1ReceivedOn).toBe('2026-04-03');
    const wrong = readCaseFacts(doc, adapterWith({ reference: { selector: '.ref' }, stage1ReceivedOn: { selector: '.d', dateFormats: ['dd-MMM-yyyy'] } }));
    expect(wrong.problems[0]?.message).toBe('Stage 1 received: "03/04/2026" is not in the date format dd-MMM-yyyy');
    expect(wrong.problems[0]?.howToFix).toContain('now dd-MMM-yyyy');
  });
});

describe('readCaseFacts: value patterns (issue 9, point 4)', () => {
  const html = `<p class="sum">Complaint: 10000412</p><p class="raised">Raised: 2 Nov 2026</p>
    <table><tr><th>Resident</th><td>Ms A Resident, 12 High Street, Leeds LS1 1AA</td></tr></table>`;

  it('should keep the capture group of each value pattern', () => {
    const adapter = adapterWith({
      reference: { selector: '.sum', pattern: 'Complaint:\\s*(\\d+)' },
      stage1ReceivedOn: { selector: '.raised', pattern: 'Raised:\\s*(.+)' },
      residentName: { label: 'Resident', pattern: '^([^,]+),' },
    });
    expect(readCaseFacts(page(html), adapter)).toMatchObject({
      problems: [],
      facts: { reference: '10000412', stage1ReceivedOn: '2026-11-02', residentName: 'Ms A Resident' },
    });
  });

  it('should report text that does not match the pattern, naming the field', () => {
    const adapter = adapterWith({ reference: { selector: '.sum', pattern: 'Case:\\s*(\\d+)' }, stage1ReceivedOn: { selector: '.raised', pattern: 'Raised:\\s*(.+)' } });
    const reading = readCaseFacts(page(html), adapter);
    expect(reading.problems[0]).toMatchObject({ field: 'reference', message: 'Case reference: "Complaint: 10000412" does not match the value pattern Case:\\s*(\\d+)' });
  });
});

describe('readCaseFacts: optional fields, empty markers, label for (issue 9, point 6)', () => {
  it.each(['—Empty—', '---', 'N/A', '(blank)', ' - '])('should treat %j as no value, not a problem', (empty) => {
    const doc = page(`<dl><dt>Ref</dt><dd>CMP-1</dd><dt>Received</dt><dd>2 Nov 2026</dd><dt>Acknowledged</dt><dd>${empty}</dd></dl>`);
    const reading = readCaseFacts(doc, adapterWith({ reference: { label: 'Ref' }, stage1ReceivedOn: { label: 'Received' }, stage1AcknowledgedOn: { label: 'Acknowledged' } }));
    expect(reading.problems).toEqual([]);
    expect(reading.facts).toEqual({ reference: 'CMP-1', stage1ReceivedOn: '2026-11-02' });
  });

  it('should take the adapter’s own empty markers', () => {
    const doc = page(`<b id="r">CMP-1</b><i id="d">2 Nov 2026</i><i id="a">Awaiting</i>`);
    const adapter = adapterWith({ reference: { selector: '#r' }, stage1ReceivedOn: { selector: '#d' }, stage1AcknowledgedOn: { selector: '#a', emptyMarkers: ['Awaiting'] } });
    expect(readCaseFacts(doc, adapter).problems).toEqual([]);
  });

  it('should not report an optional field the page does not show, but still report a required one', () => {
    const doc = page(`<b id="r">CMP-1</b>`);
    const adapter = adapterWith({ reference: { selector: '#r' }, stage1ReceivedOn: { selector: '#d' }, stage1ExtendedTo: { label: 'Extended to', optional: true } });
    expect(readCaseFacts(doc, adapter).problems.map((p) => p.field)).toEqual(['stage1ReceivedOn']);
  });

  it('should still report a bad selector on an optional field', () => {
    const doc = page(`<b id="r">CMP-1</b><i id="d">2 Nov 2026</i>`);
    const adapter = adapterWith({ reference: { selector: '#r' }, stage1ReceivedOn: { selector: '#d' }, handler: { selector: '[[', optional: true } });
    expect(readCaseFacts(doc, adapter).problems.map((p) => p.field)).toEqual(['handler']);
  });

  it('should follow <label for> to its control wherever it is, including a hidden input holding the real date', () => {
    const doc = page(`
      <section class="labels"><label for="f-ref">Reference</label><label for="f-received">Date received</label></section>
      <section class="controls"><input id="f-ref" value="CMP-9" readonly><span>4 days ago</span><input type="hidden" id="f-received" value="2026-11-19T16:40:00Z"></section>`);
    const reading = readCaseFacts(doc, adapterWith({ reference: { label: 'Reference' }, stage1ReceivedOn: { label: 'Date received' } }));
    expect(reading).toMatchObject({ problems: [], facts: { reference: 'CMP-9', stage1ReceivedOn: '2026-11-19' } });
  });
});

describe('readCaseFacts: several cases in one page (issue 9, point 6)', () => {
  const tabs = (visible: 1 | 2) => `
    <div class="pane" ${visible === 1 ? '' : 'hidden'}><h2>CMP-1</h2><dl><dt>Reference</dt><dd>CMP-1</dd><dt>Received</dt><dd>2 Nov 2026</dd></dl></div>
    <div class="pane" ${visible === 2 ? '' : 'style="display:none"'}><h2>CMP-2</h2><dl><dt>Reference</dt><dd>CMP-2</dd><dt>Received</dt><dd>9 Nov 2026</dd></dl></div>`;
  const adapter = adapterWith(
    { reference: { label: 'Reference' }, stage1ReceivedOn: { label: 'Received' } },
    { casePage: { urlPattern: '^/', visibleCase: '.pane' }, header: { selector: 'h2' } },
  );

  it('should read only the visible case, and its own header', () => {
    for (const [visible, reference, received] of [[1, 'CMP-1', '2026-11-02'], [2, 'CMP-2', '2026-11-09']] as const) {
      const reading = readCaseFacts(page(tabs(visible)), adapter);
      expect(reading.facts).toEqual({ reference, stage1ReceivedOn: received });
      expect(reading.anchor?.textContent).toBe(reference);
      expect(reading.pane?.textContent).toContain(reference);
    }
  });

  it('should say so when no case pane is visible', () => {
    const reading = readCaseFacts(page(`<div class="pane" hidden><dl><dt>Reference</dt><dd>CMP-1</dd></dl></div>`), adapter);
    expect(reading.facts).toBeNull();
    expect(reading.problems[0]?.message).toContain('none of the 1 case panes matching ".pane" is visible');
  });
});

describe('readCaseFacts: extensions the CRM shows (issue 9, point 7)', () => {
  it('should read "Extended to" and the date the resident was told as facts', () => {
    const doc = page(`<table><tr><th>Reference</th><td>CMP-5</td></tr><tr><th>Received</th><td>2 Nov 2026</td></tr>
      <tr><th>Extended to</th><td>14 Dec 2026</td></tr><tr><th>Extension agreed</th><td>20 Nov 2026</td></tr></table>`);
    const adapter = adapterWith({
      reference: { label: 'Reference' },
      stage1ReceivedOn: { label: 'Received' },
      stage1ExtendedTo: { label: 'Extended to', optional: true },
      stage1ExtensionNotifiedOn: { label: 'Extension agreed', optional: true },
    });
    expect(readCaseFacts(doc, adapter)).toMatchObject({
      problems: [],
      facts: { reference: 'CMP-5', stage1ReceivedOn: '2026-11-02', stage1ExtendedTo: '2026-12-14', stage1ExtensionNotifiedOn: '2026-11-20' },
    });
  });
});

describe('readCaseFacts: a label that reads another label', () => {
  it('should report it for that field instead of storing the neighbour label as a value', () => {
    // Value-then-label tiles read with label-then-value: "Owner" is followed by the next tile's label.
    const doc = page(`<div class="tile"><span>CMP-1</span><span>Reference</span></div>
      <div class="row"><span>Owner</span><span>Received</span><span>2 Nov 2026</span></div>`);
    const adapter = adapterWith({
      reference: { label: 'Reference', labelDirection: 'value-then-label' },
      stage1ReceivedOn: { label: 'Received', labelDirection: 'label-then-value' },
      handler: { label: 'Owner', labelDirection: 'label-then-value' },
    });
    const reading = readCaseFacts(doc, adapter);
    expect(reading.facts).toEqual({ reference: 'CMP-1', stage1ReceivedOn: '2026-11-02' });
    expect(reading.problems).toEqual([
      expect.objectContaining({ field: 'handler', message: 'Handler: beside the label "Owner" is another label ("Received"), not a value' }),
    ]);
  });
});

describe('readCaseFacts: per-field readings (for "Test on this page")', () => {
  it('should say for each field what was read, what it gave, and where', () => {
    const doc = page(`<p class="sum">Complaint: 10000412</p><i class="d">31/02/2026</i><b class="a">N/A</b>`);
    const adapter = adapterWith({
      reference: { selector: '.sum', pattern: 'Complaint:\\s*(\\d+)' },
      stage1ReceivedOn: { selector: '.d' },
      stage1AcknowledgedOn: { selector: '.a' },
      handler: { selector: '.missing', optional: true },
    });
    const { fields } = readCaseFacts(doc, adapter);
    expect(fields.reference).toEqual({ outcome: 'value', element: doc.querySelector('.sum'), raw: 'Complaint: 10000412', value: '10000412' });
    expect(fields.stage1ReceivedOn).toMatchObject({ outcome: 'problem', raw: '31/02/2026', problem: { message: 'Stage 1 received: "31/02/2026" is not a real date' } });
    expect(fields.stage1AcknowledgedOn).toEqual({ outcome: 'empty', element: doc.querySelector('.a'), raw: 'N/A' });
    expect(fields.handler).toEqual({ outcome: 'absent' });
  });
});

describe('readCaseFacts: read "value" on a field container', () => {
  it('should read the live value of the control inside the container', () => {
    const doc = page(`<b id="r">CMP-1</b><div data-id="createdon-FieldSectionItemContainer"><label>Created On</label><input value="01/01/2026"></div>`);
    (doc.querySelector('input') as HTMLInputElement).value = '19/11/2026'; // typed after load: the attribute is stale
    const adapter = adapterWith({ reference: { selector: '#r' }, stage1ReceivedOn: { selector: '[data-id="createdon-FieldSectionItemContainer"]', read: 'value' } });
    expect(readCaseFacts(doc, adapter).facts?.stage1ReceivedOn).toBe('2026-11-19');
  });
});

describe('readCaseFacts: "Label: value" text', () => {
  it('should read bare text after a label element', () => {
    const doc = page(`<ul><li><strong>Complaint:</strong> 10000412</li><li><strong>Raised:</strong> 2 Nov 2026, 15:28</li><li><strong>Status:</strong> In progress</li></ul>`);
    const reading = readCaseFacts(doc, adapterWith({ reference: { label: 'Complaint' }, stage1ReceivedOn: { label: 'Raised' } }));
    expect(reading.problems).toEqual([]);
    expect(reading.facts).toEqual({ reference: '10000412', stage1ReceivedOn: '2026-11-02' });
    expect(reading.fields.reference?.element).toBe(doc.querySelector('li'));
  });
});
