/** @vitest-environment happy-dom */
import type { DraftCheck } from '@complaint-code/shared';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotAUserActionError } from '../user-action.js';
import { Checklist } from './Checklist.js';
import { createChecklistModel, type ChecklistActions } from './checklist-model.js';

const check: DraftCheck = {
  kind: 'stage1-response', rules: 'ho-2024', stage: 1, complete: false, case: null,
  elements: [{ id: 'remedy', title: 'Remedy', present: false, level: 'required', provision: 'HO Code 2024, 6.9', message: 'missing', suggestion: 'We will [remedy].' }],
  cautions: [],
};

let scratch: HTMLElement;
let outside: ChecklistActions;
beforeEach(() => {
  scratch = document.createElement('div');
  document.body.append(scratch);
  outside = { insert: vi.fn(() => true), recheck: vi.fn(), saveCollapsed: vi.fn(), proposeExtension: vi.fn(), writeLetter: vi.fn(), recordExtension: vi.fn(), copy: vi.fn() };
});
afterEach(() => {
  render(null, scratch);
  scratch.remove();
});

function trustedClick(element: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

describe('Checklist against a hostile page', () => {
  it('should not write into the reply when a page script clicks "Add"', () => {
    const model = createChecklistModel(outside, { collapsed: false });
    render(<Checklist model={model} />, scratch);
    act(() => model.setResult(check));
    const add = scratch.querySelector('button.ck-add') as HTMLButtonElement;
    // The gate throws NotAUserActionError in the handler (happy-dom rethrows it; a browser logs it).
    expect(() => act(() => add.click())).toThrow(NotAUserActionError);
    expect(outside.insert).not.toHaveBeenCalled();
    act(() => trustedClick(add));
    expect(outside.insert).toHaveBeenCalledWith('We will [remedy].');
  });

  it('should not remember a collapse a page script asked for', () => {
    const model = createChecklistModel(outside, { collapsed: false });
    render(<Checklist model={model} />, scratch);
    const hide = [...scratch.querySelectorAll('button')].find((button) => button.textContent === 'Hide checklist') as HTMLButtonElement;
    act(() => hide.click());
    expect(model.collapsed.value).toBe(false);
    expect(outside.saveCollapsed).not.toHaveBeenCalled();
  });
});
