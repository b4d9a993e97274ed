/** @vitest-environment happy-dom */
import { complaintTimeline } from '@complaint-code/sdk';
import type { CaseView, TrackedCase } from '@complaint-code/shared';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onDemandParts } from '../content/on-demand/parts.js';
import { Countdown } from './Countdown.js';
import { CountdownModel } from './countdown-model.js';
import { provideOnDemand, setOnDemandLoader } from './on-demand.js';

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

function viewFor(today: string, caseData: TrackedCase = tracked): CaseView {
  const facts = { ...caseData.facts, ...caseData.corrections };
  const timeline = complaintTimeline(
    { reference: facts.reference, ruleSet: 'ho-2024', stage1: { receivedOn: facts.stage1ReceivedOn ?? '', ...(facts.stage1AcknowledgedOn ? { acknowledgedOn: facts.stage1AcknowledgedOn } : {}) } },
    { today },
  );
  return { case: caseData, timeline, problems: [], today, ruleSetTitle: 'Housing Ombudsman Complaint Handling Code 2024' };
}

/** A click as the browser delivers a real one (happy-dom cannot make trusted events; Chrome forbids this redefinition to pages). */
function trustedClick(element: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

let scratch: HTMLElement;
let model: CountdownModel;
const correct = vi.fn<(caseId: string, fact: string, value: string | null) => Promise<CaseView>>();
/** The reference the CRM page shows now. */
let onPage: string | undefined;

beforeEach(() => {
  scratch = document.createElement('div');
  document.body.append(scratch);
  correct.mockReset();
  onPage = tracked.reference;
  model = new CountdownModel({ correct, referenceOnPage: () => onPage });
  // The forms arrive on demand in the extension (ui/on-demand.tsx); here they are given up front.
  provideOnDemand(onDemandParts);
});
afterEach(() => {
  render(null, scratch);
  scratch.remove();
  model[Symbol.dispose]();
  setOnDemandLoader(undefined);
});

const badge = () => scratch.querySelector('button.cc-badge') as HTMLButtonElement;
/** The badge's accessible name (what a screen reader and Playwright's getByRole see). */
const badgeName = () => badge().getAttribute('aria-label');
const status = () => scratch.querySelector('[role="status"]')?.textContent;

describe('Countdown', () => {
  it('should say it is reading, with an empty live region, until the case arrives', () => {
    render(<Countdown model={model} />, scratch);
    expect(badgeName()).toBe('Complaint deadline: reading this case…');
    expect(status()).toBe('');
  });

  it('should name the next step, its date, working days left and the state in words', () => {
    render(<Countdown model={model} />, scratch);
    act(() => model.setView(viewFor('2026-11-03')));
    expect(badgeName()).toBe('Complaint deadline: Stage 1 acknowledgement, due Mon 9 Nov 2026, 4 working days left, On track');
    expect(badge().getAttribute('aria-expanded')).toBe('false');
    expect(scratch.querySelector('.cc-pill')?.getAttribute('data-state')).toBe('on-track');
    expect(status()).toBe(badgeName());
  });

  it.each([
    ['2026-11-06', 'Due soon'],
    ['2026-11-09', 'Due today'],
    ['2026-11-10', 'Overdue'],
  ])('should show the state on %s as %s', (today, words) => {
    render(<Countdown model={model} />, scratch);
    act(() => model.setView(viewFor(today)));
    expect(scratch.querySelector('.cc-pill')?.textContent).toBe(words);
  });

  it('should draw the panel body only once it first opens, and keep it when closed', () => {
    render(<Countdown model={model} />, scratch);
    act(() => model.setView(viewFor('2026-11-03')));
    const panel = scratch.querySelector('[role="region"]') as HTMLElement;
    // Closed on load: no deadlines nor forms drawn (most page loads never open it).
    expect(panel.querySelector('.cc-deadline')).toBeNull();
    expect(panel.querySelector('form')).toBeNull();
    act(() => model.toggle(true));
    expect(panel.querySelectorAll('.cc-deadline').length).toBeGreaterThan(0);
    act(() => model.toggle(false));
    expect(panel.hidden).toBe(true);
    expect(panel.querySelectorAll('.cc-deadline').length).toBeGreaterThan(0);
  });

  it('should open the timeline with each date, its explanation and provision, and close on Esc', () => {
    render(<Countdown model={model} />, scratch);
    act(() => model.setView(viewFor('2026-11-03')));
    const panel = scratch.querySelector('[role="region"]') as HTMLElement;
    expect(panel.hidden).toBe(true);
    act(() => badge().click());
    expect(panel.hidden).toBe(false);
    expect(panel.getAttribute('aria-label')).toBe('Complaint timeline for CMP-1042');
    const item = panel.querySelector('.cc-deadline');
    expect(item?.textContent).toContain('Stage 1 acknowledgement');
    expect(item?.textContent).toContain('Housing Ombudsman Complaint Handling Code 2024, provision 6.2');
    act(() => {
      panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(panel.hidden).toBe(true);
  });

  it('should list problems with the field and how to fix it', () => {
    render(<Countdown model={model} />, scratch);
    act(() => {
      model.setReading([{ field: 'stage1AcknowledgedOn', message: 'Stage 1 acknowledged: no label "Ack" on this page', howToFix: 'Pick it again.' }], true);
      model.setView(viewFor('2026-11-03'));
    });
    expect(badgeName()).toContain('1 field to check');
    act(() => badge().click());
    expect(scratch.querySelector('[aria-labelledby="cc-problems-h"]')?.textContent).toBe('Stage 1 acknowledged: no label "Ack" on this pagePick it again.');
  });

  it('should say it cannot read the case when no facts could be read', () => {
    render(<Countdown model={model} />, scratch);
    act(() => model.setReading([{ field: 'reference', message: 'Case reference: nothing matches "#ref"', howToFix: 'Pick it again.' }], true));
    expect(badgeName()).toBe('Complaint deadline: cannot read this case');
    expect(model.state.value).toBe('problem');
  });

  it('should save a correction typed in a CRM date form and show the new timeline', async () => {
    const corrected = { ...tracked, corrections: { stage1AcknowledgedOn: '2026-11-04' } };
    correct.mockResolvedValue(viewFor('2026-11-05', corrected));
    render(<Countdown model={model} />, scratch);
    act(() => model.setView(viewFor('2026-11-05')));
    act(() => badge().click());
    const form = scratch.querySelector('form[aria-label="Correct a fact"]') as HTMLFormElement;
    const input = form.querySelector('input') as HTMLInputElement;
    await act(async () => {
      input.value = '4 Nov 2026';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      trustedClick(form.querySelector('button[type="submit"]') as HTMLButtonElement);
    });
    expect(correct).toHaveBeenCalledWith(tracked.id, 'stage1AcknowledgedOn', '2026-11-04');
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(badgeName()).toContain('Stage 1 response');
    expect(scratch.textContent).toContain('Remove correction: Stage 1 acknowledged');
  });

  it('should refuse an unreadable correction without calling the background', async () => {
    render(<Countdown model={model} />, scratch);
    act(() => model.setView(viewFor('2026-11-05')));
    act(() => model.toggle(true)); // the panel's body is drawn when it first opens
    const form = scratch.querySelector('form[aria-label="Correct a fact"]') as HTMLFormElement;
    const input = form.querySelector('input') as HTMLInputElement;
    await act(async () => {
      input.value = 'next Tuesday';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      trustedClick(form.querySelector('button[type="submit"]') as HTMLButtonElement);
    });
    expect(correct).not.toHaveBeenCalled();
    expect(form.querySelector('.cc-error')?.textContent).toContain('not a date in a form we read');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  describe('a hostile CRM page', () => {
    const withCorrection = { ...tracked, corrections: { stage1AcknowledgedOn: '2026-11-04' } };

    async function typeDate(form: HTMLFormElement, text: string) {
      const input = form.querySelector('input') as HTMLInputElement;
      await act(async () => {
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }

    it('should not save a correction from synthetic events (button.click(), requestSubmit(), a dispatched submit)', async () => {
      correct.mockResolvedValue(viewFor('2026-11-05', withCorrection));
      render(<Countdown model={model} />, scratch);
      act(() => model.setView(viewFor('2026-11-05')));
      act(() => model.toggle(true)); // the panel's body is drawn when it first opens
      const form = scratch.querySelector('form[aria-label="Correct a fact"]') as HTMLFormElement;
      await typeDate(form, '4 Nov 2026');
      const save = form.querySelector('button[type="submit"]') as HTMLButtonElement;
      await act(async () => {
        save.click();
        save.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
        // What Chrome does for requestSubmit() from a script: a *trusted* submit event.
        const submit = new Event('submit', { bubbles: true, cancelable: true });
        Object.defineProperty(submit, 'isTrusted', { value: true });
        form.dispatchEvent(submit);
      });
      expect(correct).not.toHaveBeenCalled();
    });

    it('should not remove a correction from a synthetic click', async () => {
      render(<Countdown model={model} />, scratch);
      act(() => model.setView(viewFor('2026-11-05', withCorrection)));
      act(() => model.toggle(true)); // the panel's body is drawn when it first opens
      const remove = [...scratch.querySelectorAll('button')].find((button) => button.textContent?.startsWith('Remove correction'));
      expect(remove).toBeDefined();
      await act(async () => remove?.click());
      expect(correct).not.toHaveBeenCalled();
    });

    it('should refuse a real click that would save on a case the page no longer shows', async () => {
      render(<Countdown model={model} />, scratch);
      act(() => model.setView(viewFor('2026-11-05')));
      act(() => model.toggle(true)); // the panel's body is drawn when it first opens
      const form = scratch.querySelector('form[aria-label="Correct a fact"]') as HTMLFormElement;
      await typeDate(form, '4 Nov 2026');
      onPage = 'CMP-9999'; // the page changed the reference cell under the open form
      await act(async () => trustedClick(form.querySelector('button[type="submit"]') as HTMLButtonElement));
      expect(correct).not.toHaveBeenCalled();
      expect(scratch.textContent).toContain('Nothing was saved');
    });

    it('should forget the shown case, its corrections and the typed date when the page shows another reference', async () => {
      render(<Countdown model={model} />, scratch);
      act(() => model.setView(viewFor('2026-11-05', withCorrection)));
      act(() => badge().click());
      const form = scratch.querySelector('form[aria-label="Correct a fact"]') as HTMLFormElement;
      await typeDate(form, '9 Nov 2026');
      expect(scratch.textContent).toContain('Your corrections');
      act(() => model.showCase('CMP-9999'));
      expect(scratch.textContent).not.toContain('Your corrections');
      expect(scratch.textContent).not.toContain('CMP-1042');
      expect(model.expanded.value).toBe(false);
      // The other case arrives: a fresh form, nothing typed for the first case carried over.
      const other = { ...tracked, id: 'https://crm.example|CMP-9999', reference: 'CMP-9999', facts: { ...tracked.facts, reference: 'CMP-9999' } };
      act(() => model.setView(viewFor('2026-11-05', other)));
      act(() => model.toggle(true)); // the panel's body is drawn when it first opens
      expect((scratch.querySelector('form[aria-label="Correct a fact"] input') as HTMLInputElement).value).toBe('');
    });

    it('should drop an answer for a case the page no longer shows', () => {
      render(<Countdown model={model} />, scratch);
      act(() => model.showCase('CMP-9999'));
      act(() => model.setView(viewFor('2026-11-05', withCorrection)));
      expect(model.view.value).toBeNull();
      expect(scratch.textContent).not.toContain('Your corrections');
    });
  });
});

describe('Countdown: record an extension agreed earlier (issue 9, point 7)', () => {
  const fill = async (form: HTMLFormElement, values: string[]) => {
    const inputs = [...form.querySelectorAll('input')];
    await act(async () => {
      values.forEach((value, i) => {
        const input = inputs[i] as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    });
    await act(async () => trustedClick(form.querySelector('button[type="submit"]') as HTMLButtonElement));
    // Let the save's promise chain settle (the gate, the message, the new view).
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
  };

  it('should not offer the form where the overlay cannot record one', () => {
    render(<Countdown model={model} />, scratch);
    act(() => model.setView(viewFor('2026-11-20')));
    act(() => badge().click());
    expect(scratch.querySelector('form[aria-label="Record an extension agreed earlier"]')).toBeNull();
  });

  it('should record the new due date with the date the resident was told', async () => {
    const extend = vi.fn<(caseId: string, extension: unknown) => Promise<CaseView>>().mockResolvedValue(viewFor('2026-11-20'));
    const withExtend = new CountdownModel({ correct, extend, referenceOnPage: () => tracked.reference });
    render(<Countdown model={withExtend} />, scratch);
    act(() => withExtend.setView(viewFor('2026-11-20')));
    act(() => badge().click());
    const form = scratch.querySelector('form[aria-label="Record an extension agreed earlier"]') as HTMLFormElement;
    await fill(form, ['27/11/2026', '10 Nov 2026', 'Awaiting the surveyor']);
    expect(extend).toHaveBeenCalledWith(tracked.id, { stage: 1, notifiedOn: '2026-11-10', newDueOn: '2026-11-27', reason: 'Awaiting the surveyor' });
    expect(form.textContent).toContain('Saved: stage 1 extended to 2026-11-27, told on 2026-11-10.');
  });

  it('should refuse a new date before the date the resident was told, without saving', async () => {
    const extend = vi.fn<(caseId: string, extension: unknown) => Promise<CaseView>>();
    const withExtend = new CountdownModel({ correct, extend, referenceOnPage: () => tracked.reference });
    render(<Countdown model={withExtend} />, scratch);
    act(() => withExtend.setView(viewFor('2026-11-20')));
    act(() => badge().click());
    const form = scratch.querySelector('form[aria-label="Record an extension agreed earlier"]') as HTMLFormElement;
    await fill(form, ['09/11/2026', '10/11/2026', 'x']);
    expect(extend).not.toHaveBeenCalled();
    expect(form.querySelector('.cc-error')?.textContent).toBe('The new due date is before the date the resident was told');
  });
});

describe('Countdown: an extension agreed earlier is recorded only by the officer (issue 10, point 1)', () => {
  it('should refuse a page script that fills the form and clicks "Record extension"', async () => {
    const scratch = document.createElement('div');
    document.body.append(scratch);
    const extend = vi.fn<(caseId: string, extension: unknown) => Promise<CaseView>>().mockResolvedValue(viewFor('2026-11-20'));
    const model = new CountdownModel({ correct: vi.fn(), extend, referenceOnPage: () => tracked.reference });
    render(<Countdown model={model} />, scratch);
    act(() => model.setView(viewFor('2026-11-20')));
    act(() => (scratch.querySelector('button[aria-expanded]') as HTMLButtonElement).click());
    const form = scratch.querySelector('form[aria-label="Record an extension agreed earlier"]') as HTMLFormElement;
    const inputs = [...form.querySelectorAll('input')];
    await act(async () => {
      ['27/11/2026', '10/11/2026', 'Forged'].forEach((value, i) => {
        (inputs[i] as HTMLInputElement).value = value;
        inputs[i]?.dispatchEvent(new Event('input', { bubbles: true }));
      });
    });
    // A script's click is untrusted; its requestSubmit() fires a trusted submit, which never counts.
    await act(async () => (form.querySelector('button[type="submit"]') as HTMLButtonElement).click());
    await act(async () => {
      const submit = new Event('submit', { bubbles: true, cancelable: true });
      Object.defineProperty(submit, 'isTrusted', { value: true });
      form.dispatchEvent(submit);
    });
    expect(extend).not.toHaveBeenCalled();
    render(null, scratch);
    scratch.remove();
  });
});

describe('Countdown: case evidence pack', () => {
  const packButton = () => [...scratch.querySelectorAll('button')].find((button) => button.textContent === 'Download case evidence pack');

  it('offers the pack for the case shown, and says why when it cannot be made', async () => {
    const onPack = vi.fn<(caseId: string) => Promise<void>>();
    onPack.mockRejectedValueOnce(new Error('That case is not stored in this browser'));
    render(<Countdown model={model} onPack={onPack} />, scratch);
    act(() => model.setView(viewFor('2026-11-03')));
    act(() => badge().click());
    // A page script's click (untrusted) does nothing: the pack holds the case's personal data.
    await act(async () => packButton()?.click());
    expect(onPack).not.toHaveBeenCalled();
    await act(async () => trustedClick(packButton() as HTMLButtonElement));
    expect(onPack).toHaveBeenCalledWith('https://crm.example|CMP-1042');
    expect(scratch.querySelector('[role="alert"]')?.textContent).toBe('Could not make the case evidence pack: That case is not stored in this browser');
  });

  it('shows no pack button without a handler', () => {
    render(<Countdown model={model} />, scratch);
    act(() => model.setView(viewFor('2026-11-03')));
    act(() => badge().click());
    expect(packButton()).toBeUndefined();
  });
});

describe('Countdown: the forms arrive on demand, only from the officer\'s click', () => {
  const load = vi.fn(async () => onDemandParts);
  beforeEach(() => {
    load.mockClear();
    setOnDemandLoader(load);
    model.setView(viewFor('2026-11-04'));
  });
  const correctionForm = () => scratch.querySelector('form[aria-label="Correct a fact"]');

  it('should not load the forms before the timeline is opened', () => {
    render(<Countdown model={model} />, scratch);
    expect(load).not.toHaveBeenCalled();
    expect(correctionForm()).toBeNull();
  });

  it('should load them once when the officer opens the timeline, and show them', async () => {
    render(<Countdown model={model} />, scratch);
    await act(async () => trustedClick(badge()));
    expect(load).toHaveBeenCalledTimes(1);
    expect(correctionForm()).not.toBeNull();
    await act(async () => trustedClick(badge())); // close
    await act(async () => trustedClick(badge())); // open again
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('should not load them for a page script\'s click on the badge', async () => {
    render(<Countdown model={model} />, scratch);
    await act(async () => badge().click());
    expect(model.expanded.value).toBe(true);
    expect(load).not.toHaveBeenCalled();
    expect(correctionForm()).toBeNull();
  });

  it('should say so when the forms cannot be loaded, and try again on the next click', async () => {
    load.mockRejectedValueOnce(new Error('The forms did not load. Reload the page and try again.'));
    render(<Countdown model={model} />, scratch);
    await act(async () => trustedClick(badge()));
    expect(scratch.querySelector('[role="alert"]')?.textContent).toBe('The forms could not be loaded: The forms did not load. Reload the page and try again.');
    await act(async () => trustedClick(badge())); // close
    await act(async () => trustedClick(badge())); // open: tried again
    expect(load).toHaveBeenCalledTimes(2);
    expect(correctionForm()).not.toBeNull();
    expect(scratch.querySelector('[role="alert"]')).toBeNull();
  });
});
