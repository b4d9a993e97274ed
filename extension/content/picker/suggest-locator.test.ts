/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { locateField } from '../../lib/locate-field.js';
import { suggestLocator } from './suggest-locator.js';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

const html = `
  <div id="main">
    <h1 id="case-title">Case <span id="ref">CMP-1042</span></h1>
    <dl><dt>Date received</dt><dd>2 Nov 2026</dd><dt>Handler</dt><dd>Sam</dd></dl>
    <div data-field="stage">Stage 1</div>
    <span id="id-83749281">04/11/2026</span>
    <table><tr><td></td><td><b>deep</b></td></tr></table>
  </div>`;

describe('suggestLocator', () => {
  it.each([
    ['#ref', { selector: '#ref' }],
    ['dd', { label: 'Date received' }],
    ['[data-field="stage"]', { selector: 'div[data-field="stage"]' }],
    ['b', { selector: '#main > table > tbody > tr > td:nth-of-type(2) > b' }],
  ])('should find %s again by the most stable means', (selector, expected) => {
    const doc = page(html);
    const element = doc.querySelector(selector);
    if (!element) throw new Error(`fixture has no ${selector}`);
    const locator = suggestLocator(doc, element);
    expect(locator).toEqual(expected);
    const located = locateField(doc, locator);
    expect(located.ok && located.element).toBe(element);
  });

  it('should not trust a generated-looking id', () => {
    const doc = page(html);
    const element = doc.getElementById('id-83749281');
    if (!element) throw new Error('fixture');
    expect(suggestLocator(doc, element)).not.toEqual({ selector: '#id-83749281' });
  });
});
