/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onDemandParts, type OnDemandParts } from '../content/on-demand/parts.js';
import { loadOnDemand, OnDemand, OnDemandFailure, onDemandFailure, setOnDemandLoader } from './on-demand.js';
import type { ChecklistModel } from './checklist/checklist-model.js';

const trusted = { type: 'click', isTrusted: true };
const load = vi.fn(async (): Promise<OnDemandParts> => onDemandParts);
let scratch: HTMLElement;
beforeEach(() => {
  load.mockClear();
  setOnDemandLoader(load);
  scratch = document.createElement('div');
  document.body.append(scratch);
});
afterEach(() => {
  render(null, scratch);
  scratch.remove();
  setOnDemandLoader(undefined);
});

describe('loadOnDemand', () => {
  it.each([
    { type: 'click', isTrusted: false },
    { type: 'submit', isTrusted: true },
    { type: 'focus', isTrusted: true },
  ])('should not load for $type (trusted: $isTrusted)', async (event) => {
    expect(await loadOnDemand(event)).toBeNull();
    expect(load).not.toHaveBeenCalled();
  });

  it('should load once for the officer\'s click, however many clicks come while it loads', async () => {
    const [first, second] = await Promise.all([loadOnDemand(trusted), loadOnDemand({ type: 'keydown', isTrusted: true })]);
    expect(first).toBe(onDemandParts);
    expect(second).toBe(onDemandParts);
    expect(await loadOnDemand({ type: 'click', isTrusted: false })).toBe(onDemandParts); // already here: nothing to start
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('should never reject: a failure is kept for the UI, and the next click tries again', async () => {
    load.mockRejectedValueOnce(new Error('The forms did not load. Reload the page and try again.'));
    expect(await loadOnDemand(trusted)).toBeNull();
    expect(onDemandFailure()).toBe('The forms could not be loaded: The forms did not load. Reload the page and try again.');
    expect(await loadOnDemand(trusted)).toBe(onDemandParts);
    expect(onDemandFailure()).toBeNull();
  });
});

describe('<OnDemand>', () => {
  const model = { notice: { value: null }, form: { value: 'refusal' } } as unknown as ChecklistModel;

  it('should show nothing until the parts arrive, then the part asked for', async () => {
    const stub = vi.fn(({ model: given }: { model: ChecklistModel }) => <p data-testid="part">{given === model ? 'the same model' : 'another'}</p>);
    load.mockResolvedValueOnce({ ...onDemandParts, RefusalForm: stub as unknown as OnDemandParts['RefusalForm'] });
    render(<OnDemand part="RefusalForm" model={model} />, scratch);
    expect(scratch.innerHTML).toBe('');
    await act(async () => void (await loadOnDemand(trusted)));
    expect(scratch.querySelector('[data-testid="part"]')?.textContent).toBe('the same model');
  });

  it('should say why the forms did not arrive', async () => {
    load.mockRejectedValueOnce(new Error('Could not establish connection'));
    render(<OnDemandFailure />, scratch);
    await act(async () => void (await loadOnDemand(trusted)));
    expect(scratch.querySelector('[role="alert"]')?.textContent).toBe('The forms could not be loaded: Could not establish connection');
  });
});
