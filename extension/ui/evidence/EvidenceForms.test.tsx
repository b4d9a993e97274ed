/** @vitest-environment happy-dom */
import type { CaseEvidence, CaseView, TrackedCase } from '@complaint-code/shared';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CountdownModel } from '../countdown-model.js';
import { EvidenceForms } from './EvidenceForms.js';

const tracked: TrackedCase = {
  id: 'https://crm.example|CMP-1042',
  origin: 'https://crm.example',
  reference: 'CMP-1042',
  adapterId: 'acme',
  url: 'https://crm.example/cases/1',
  facts: { reference: 'CMP-1042', stage1ReceivedOn: '2026-11-02' },
  corrections: {},
  firstSeenAt: '2026-11-02T09:00:00.000Z',
  lastSeenAt: '2026-11-02T09:00:00.000Z',
};
const view = (evidence?: CaseEvidence): CaseView => ({
  case: { ...tracked, corrections: evidence ? { evidence } : {} },
  timeline: null,
  problems: [],
  today: '2026-11-20',
  ruleSetTitle: null,
  categories: ['Repairs', 'Damp and mould'],
});

function click(element: Element, trusted = true): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}
function type(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}
/** Click, then let the save's promises settle. */
const press = (doClick: () => void) =>
  act(async () => {
    doClick();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
const byLabel = (form: Element, words: string) =>
  [...form.querySelectorAll('label')].find((label) => label.textContent?.includes(words))?.querySelector('input, select, textarea') as HTMLInputElement;
const button = (form: Element, words: string) => [...form.querySelectorAll('button')].find((b) => b.textContent?.includes(words)) as HTMLButtonElement;
const form = (heading: string) => [...scratch.querySelectorAll('form')].find((f) => f.querySelector('h3')?.textContent === heading) as HTMLFormElement;

let scratch: HTMLElement;
let onPage: string | undefined;
const recordEvidence = vi.fn<(caseId: string, evidence: CaseEvidence) => Promise<CaseView>>();
let model: CountdownModel;

beforeEach(() => {
  scratch = document.createElement('div');
  document.body.append(scratch);
  onPage = tracked.reference;
  recordEvidence.mockReset();
  recordEvidence.mockImplementation(async (_id, evidence) => view(evidence));
  model = new CountdownModel({ correct: vi.fn(), recordEvidence, referenceOnPage: () => onPage });
  act(() => model.setView(view({ remedies: [{ action: 'Mould wash', dueOn: '2026-11-30' }] })));
  render(<EvidenceForms model={model} view={model.view.value as CaseView} />, scratch);
});
afterEach(() => {
  render(null, scratch);
  scratch.remove();
  model[Symbol.dispose]();
});

describe('EvidenceForms', () => {
  it('records a stage outcome with its points and the category from the landlord list', async () => {
    const f = form('Outcome and category');
    act(() => {
      type(byLabel(f, 'Outcome'), 'Partly upheld');
      type(byLabel(f, 'Category'), 'Damp and mould');
      type(byLabel(f, 'Points of the complaint'), 'Mould in the bedroom: Upheld\nRude operative: Not upheld');
    });
    await press(() => click(button(f, 'Save outcome')));
    expect(recordEvidence).toHaveBeenCalledWith(tracked.id, {
      stage1: { outcome: 'Partly upheld', points: [{ point: 'Mould in the bedroom', outcome: 'Upheld' }, { point: 'Rude operative', outcome: 'Not upheld' }] },
      category: 'Damp and mould',
    });
    expect(f.textContent).toContain('Saved: stage 1 outcome Partly upheld, 2 points.');
  });

  it('adds a remedy to those recorded, and refuses an unreadable date without saving', async () => {
    const f = form('Remedies and outstanding actions');
    act(() => {
      type(byLabel(f, 'What will be done'), '£150 for time and trouble');
      type(byLabel(f, 'Due by'), '31/02/2026');
    });
    await press(() => click(button(f, 'Add remedy')));
    expect(recordEvidence).not.toHaveBeenCalled();
    expect(f.querySelector('[role="alert"]')?.textContent).toContain('Due by: "31/02/2026" is not a real date');
    act(() => type(byLabel(f, 'Due by'), '04/12/2026'));
    await press(() => click(button(f, 'Add remedy')));
    expect(recordEvidence).toHaveBeenCalledWith(tracked.id, { remedies: [{ action: 'Mould wash', dueOn: '2026-11-30' }, { action: '£150 for time and trouble', dueOn: '2026-12-04' }] });
  });

  it('asks about discretion (2.3) for a complaint over 12 months old and records the refusal', async () => {
    const f = form('Refusal');
    expect(f.textContent).not.toContain('discretion');
    act(() => type(byLabel(f, 'Grounds'), 'over-12-months'));
    expect(f.textContent).toContain('The Code (2.3) says you should consider accepting');
    act(() => {
      click(byLabel(f, 'We considered using our discretion'));
      type(byLabel(f, 'Reason'), 'The repair was in 2024 and nothing stopped an earlier complaint');
      type(byLabel(f, 'Date decided'), '2026-11-18');
      type(byLabel(f, 'Date the resident was told'), '2026-11-19');
      click(byLabel(f, 'Ombudsman'));
    });
    await press(() => click(button(f, 'Save refusal')));
    expect(recordEvidence).toHaveBeenCalledWith(tracked.id, {
      refusedToAccept: { decidedOn: '2026-11-18', grounds: 'over-12-months', reason: 'The repair was in 2024 and nothing stopped an earlier complaint', explainedOn: '2026-11-19', ombudsmanRightGiven: true, discretionConsidered: true },
    });
  });

  it('records the agreed interval and an update sent (5.9)', async () => {
    const f = form('Keeping the resident informed');
    act(() => {
      type(byLabel(f, 'Date agreed'), '2026-11-16');
      type(byLabel(f, 'Update every'), '7');
    });
    await press(() => click(button(f, 'Save agreed interval')));
    expect(recordEvidence).toHaveBeenLastCalledWith(tracked.id, { keepInformed: { agreedOn: '2026-11-16', intervalDays: 7, updatesSentOn: [] } });
  });

  it('saves nothing on a script click, or when the page now shows another case', async () => {
    const f = form('Keeping the resident informed');
    act(() => {
      type(byLabel(f, 'Date agreed'), '2026-11-16');
      type(byLabel(f, 'Update every'), '7');
    });
    await press(() => click(button(f, 'Save agreed interval'), false));
    expect(recordEvidence).not.toHaveBeenCalled();
    onPage = 'CMP-2000';
    await press(() => click(button(f, 'Save agreed interval')));
    expect(recordEvidence).not.toHaveBeenCalled();
    expect(f.querySelector('[role="alert"]')?.textContent).toContain('Nothing was saved: this page now shows case CMP-2000, not CMP-1042.');
  });
});
