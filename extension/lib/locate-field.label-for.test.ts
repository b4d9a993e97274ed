/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { locateField } from './locate-field.js';

function page(html: string): Document {
  // Built with DOMParser, never innerHTML on the live document: fixtures are data, like CRM pages.
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

// A CRM form laid out as a grid: the labels sit in one column, the inputs in another, so the element
// after each label is its hint, not its input. Only `<label for>` ties them together.
const farApart = page(`
  <form class="case-form">
    <div class="labels">
      <label for="f-received">Date received</label><span class="hint">DD/MM/YYYY</span>
      <label for="f-officer">Case officer</label><span class="hint">Who owns the case</span>
    </div>
    <div class="notes"><p>Check the dates against the letter before saving.</p></div>
    <div class="inputs">
      <input id="f-officer" value="Sam Patel">
      <input id="f-received" value="02/11/2026">
    </div>
  </form>
`);

describe('locateField with <label for>', () => {
  it('finds the input a label names by id, wherever it is on the page', () => {
    const received = locateField(farApart, { label: 'Date received' });
    expect(received).toMatchObject({ ok: true, value: '02/11/2026' });
    if (received.ok) expect(received.element.id).toBe('f-received');

    const officer = locateField(farApart, { label: 'Case officer' });
    expect(officer).toMatchObject({ ok: true, value: 'Sam Patel' });
    if (officer.ok) expect(officer.element.id).toBe('f-officer');
  });

  it('says there is no value when the label names an id missing from the page', () => {
    const broken = page('<label for="gone">Date received</label><span>02/11/2026</span>');
    expect(locateField(broken, { label: 'Date received' })).toEqual({ ok: false, reason: 'no-value', detail: 'nothing beside the label "Date received"' });
  });
});
