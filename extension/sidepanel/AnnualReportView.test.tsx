/** @vitest-environment happy-dom */
import { defaultSettings, type TrackedCase } from '@complaint-code/shared';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAnnualSections } from '../lib/annual-sections-item.js';
import { AnnualReportView } from './AnnualReportView.js';

const origin = 'http://localhost:4310';
const cases: TrackedCase[] = [
  // Received Mon 4 Jan 2027, acknowledged Tue 5 Jan (due Mon 11 Jan), answered Fri 15 Jan (due Tue 19 Jan).
  {
    id: `${origin}|A-1`, origin, reference: 'A-1', adapterId: 'demo-classic', url: `${origin}/cases/A-1`,
    facts: { reference: 'A-1', stage1ReceivedOn: '2027-01-04', stage1AcknowledgedOn: '2027-01-05', stage1RespondedOn: '2027-01-15' },
    corrections: { evidence: { category: 'Repairs', stage1: { outcome: 'Upheld' } } },
    firstSeenAt: '2027-01-04T09:00:00.000Z', lastSeenAt: '2027-01-15T09:00:00.000Z',
  },
];

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
const rowValue = (caption: string, label: string) => {
  const table = [...root.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent === caption);
  const row = [...(table?.querySelectorAll('tbody tr') ?? [])].find((tr) => tr.querySelector('th')?.textContent === label);
  return row?.querySelector('td')?.textContent;
};

describe('AnnualReportView', () => {
  it('shows each figure with its provision, for the financial year of today', async () => {
    await act(() => render(<AnnualReportView cases={cases} settings={defaultSettings} today="2027-04-10" />, root));
    await flush();
    expect((root.querySelector('#pn-annual-from') as HTMLInputElement).value).toBe('2027-04-01');
    const from = root.querySelector('#pn-annual-from') as HTMLInputElement;
    from.value = '2026-04-01';
    await act(() => void from.dispatchEvent(new Event('change')));
    const to = root.querySelector('#pn-annual-to') as HTMLInputElement;
    to.value = '2027-03-31';
    await act(() => void to.dispatchEvent(new Event('change')));
    await flush();
    expect(rowValue('Stage 1', 'Received')).toBe('1');
    expect(rowValue('Stage 1', 'Acknowledged within 5 working days')).toBe('1');
    expect(rowValue('Outcomes', 'Stage 1: Upheld')).toBe('1');
    expect(rowValue('Categories', 'Repairs')).toBe('1');
    expect(root.textContent).toContain('HO Code 2024 6.2');
  });

  it('keeps the landlord’s sections by year and starts next year from them', async () => {
    await act(() => render(<AnnualReportView cases={cases} settings={defaultSettings} today="2027-03-10" />, root));
    await flush();
    const d = root.querySelector('#pn-annual-d') as HTMLTextAreaElement;
    expect(root.querySelector('label[for="pn-annual-d"]')?.textContent).toBe('8.1 (d) Service improvements made as a result of the learning from complaints');
    d.value = 'Damp visits within 2 days';
    await act(() => void d.dispatchEvent(new Event('input')));
    await act(() => void (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true })));
    await flush();
    expect(await loadAnnualSections()).toEqual({ '2026-04-01': { d: 'Damp visits within 2 days' } });
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Saved');

    render(null, root);
    await act(() => render(<AnnualReportView cases={cases} settings={defaultSettings} today="2027-05-10" />, root));
    await flush();
    expect((root.querySelector('#pn-annual-d') as HTMLTextAreaElement).value).toBe('Damp visits within 2 days');
  });
});
