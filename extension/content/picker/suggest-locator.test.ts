/** @vitest-environment happy-dom */
import type { FieldLocator } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { locateField } from '../../lib/locate-field.js';
import { suggestLocator } from './suggest-locator.js';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

function suggestFor(doc: Document, selector: string): FieldLocator {
  const element = doc.querySelector(selector);
  if (!element) throw new Error(`fixture has no ${selector}`);
  return suggestLocator(doc, element);
}

/** The locator finds the element again (or an element holding it). */
function expectFindsAgain(doc: Document, selector: string, locator: FieldLocator) {
  const element = doc.querySelector(selector);
  const located = locateField(doc, locator);
  expect(located.ok && (located.element === element || located.element.contains(element))).toBe(true);
}

const basic = `
  <div id="main">
    <h1 id="case-title">Case <span id="ref">CMP-1042</span></h1>
    <dl><dt>Date received</dt><dd>2 Nov 2026</dd><dt>Handler</dt><dd>Sam</dd></dl>
    <div data-field="stage">Stage 1</div>
    <span id="id-83749281">04/11/2026</span>
    <section class="timeline"><table><tr><td></td><td><b>deep</b></td></tr></table></section>
  </div>`;

describe('suggestLocator', () => {
  it.each([
    ['#ref', { selector: '#ref' }],
    ['dd', { label: 'Date received' }],
    ['[data-field="stage"]', { selector: 'div[data-field="stage"]' }],
  ])('finds %s again by the most stable means', (selector, expected) => {
    const doc = page(basic);
    const locator = suggestFor(doc, selector);
    expect(locator).toEqual(expected);
    expectFindsAgain(doc, selector, locator);
  });

  it('does not trust a generated-looking id', () => {
    expect(suggestFor(page(basic), '#id-83749281')).not.toEqual({ selector: '#id-83749281' });
  });

  it('keeps a structural selector short: anchored on a stable ancestor, at most one nth-of-type', () => {
    const doc = page(basic);
    const locator = suggestFor(doc, 'b');
    expectFindsAgain(doc, 'b', locator);
    const selector = 'selector' in locator ? String(locator.selector) : '';
    expect(selector.match(/nth-of-type/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(selector.split(/\s*>\s*|\s+/).length).toBeLessThanOrEqual(5);
  });

  it('never builds a long nth-of-type chain, even on a page of anonymous divs', () => {
    const nested = '<div>'.repeat(3) + '<div></div><div></div><div><span>x</span><span>target</span></div>' + '</div>'.repeat(3);
    const doc = page(nested + nested);
    const target = [...doc.querySelectorAll('span')].find((span) => span.textContent === 'target');
    if (!target) throw new Error('fixture');
    const locator = suggestLocator(doc, target);
    expect(String('selector' in locator ? locator.selector : '').match(/nth-of-type/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('prefers a Dynamics data-id over the generated id and the label', () => {
    const doc = page(`<div data-id="ticketnumber-FieldSectionItemContainer">
      <label id="id-5f1c0d2e-ticketnumber-field-label" for="id-5f1c0d2e-ticketnumber">Case Number</label>
      <input id="id-5f1c0d2e-ticketnumber" data-id="ticketnumber.fieldControl-text-box-text" value="HC-2026-0446" readonly></div>`);
    expect(suggestFor(doc, 'input')).toEqual({ selector: 'input[data-id="ticketnumber.fieldControl-text-box-text"]' });
  });

  it('uses <label for> when the control has no stable hook', () => {
    const doc = page(`<p><label for="ctl00_x1234">Date received</label></p><p><input id="ctl00_x1234" value="02/11/2026"></p>`);
    expect(suggestFor(doc, 'input')).toEqual({ label: 'Date received' });
  });

  it('never takes this case’s own data as a label (the header tile before, a neighbouring cell)', () => {
    const tiles = page(`<div class="tiles">
      <div class="tile"><div class="tile-value">HC-2026-0446</div><div class="tile-label">Case Number</div></div>
      <div class="tile"><div class="tile-value">Normal</div><div class="tile-label">Priority</div></div></div>`);
    const normal = tiles.querySelectorAll('.tile-value')[1];
    if (!normal) throw new Error('fixture');
    const locator = suggestLocator(tiles, normal);
    expect(JSON.stringify(locator)).not.toMatch(/HC-2026-0446|Case Number/);
    const table = page(`<table class="cases"><tr><td>HC-2026-0412</td><td class="resident">Mrs Margaret Okafor</td><td>TEN-100233</td></tr></table>`);
    expect(suggestFor(table, 'td.resident')).toEqual({ selector: 'td.resident' });
    const third = table.querySelectorAll('td')[2];
    if (!third) throw new Error('fixture');
    expect(JSON.stringify(suggestLocator(table, third))).not.toMatch(/Okafor/);
  });

  it('says a label comes after its value on value-then-label header tiles', () => {
    const tiles = page(`<div class="tiles">
      <div class="tile"><div class="tile-value">HC-2026-0446</div><div class="tile-label">Case Number</div></div>
      <div class="tile"><div class="tile-value">Normal</div><div class="tile-label">Priority</div></div></div>`);
    const locator = suggestFor(tiles, '.tile-value');
    expect(locator).toEqual({ label: 'Case Number', labelDirection: 'value-then-label' });
    expectFindsAgain(tiles, '.tile-value', locator);
  });

  it('suggests the attribute that holds the value: a title on an empty element, a data-* date behind relative text', () => {
    const doc = page(`<ul class="lookup"><li><a data-id="customerid.fieldControl-LookupResultsDropdown_customerid_selected_tag" title="Mrs Margaret Okafor" href="#c"><span aria-hidden="true">M</span></a></li></ul>
      <span class="created" data-created-at="2026-11-20T09:13:00Z">4 days ago</span>
      <span class="updated"><time datetime="2026-11-23T08:00:00Z" title="Nov 23, 2026 08:00">1 day ago</time></span>`);
    expect(suggestFor(doc, 'a')).toEqual({ selector: 'a[data-id="customerid.fieldControl-LookupResultsDropdown_customerid_selected_tag"]', attribute: 'title' });
    expect(suggestFor(doc, 'span.created')).toEqual({ selector: 'span.created', attribute: 'data-created-at' });
    // A <time datetime> is read from its attribute without being told.
    expect(suggestFor(doc, 'time')).toEqual({ selector: 'span.updated > time' });
  });
});
