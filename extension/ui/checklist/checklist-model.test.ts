import type { DraftCheck } from '@complaint-code/shared';
import { describe, expect, it, vi } from 'vitest';
import { createChecklistModel, type ChecklistActions } from './checklist-model.js';

function actions(): ChecklistActions {
  return {
    insert: vi.fn(() => true),
    recheck: vi.fn(),
    saveCollapsed: vi.fn(),
    proposeExtension: vi.fn(),
    writeLetter: vi.fn(),
    recordExtension: vi.fn(),
    copy: vi.fn(),
  };
}

const element = (id: string, present: boolean, level: 'required' | 'advice' = 'required') => ({
  id, title: id, present, level, provision: 'HO Code 2024, 6.9', message: present ? 'ok' : 'missing',
});
const check = (overrides: Partial<DraftCheck> = {}): DraftCheck => ({
  kind: 'stage1-response', rules: 'ho-2024', stage: 1, complete: false, case: null,
  elements: [element('stage', true), element('decision', false), element('remedy', false), element('definition', true, 'advice')],
  cautions: [],
  ...overrides,
});

describe('createChecklistModel', () => {
  it('sums up the required parts present and the cautions, in words', () => {
    const model = createChecklistModel(actions(), { collapsed: false });
    expect(model.summary.value).toBe('Checking the draft…');
    model.setResult(check());
    expect(model.summary.value).toBe('1 of 3 required parts present.');
    model.setResult(check({ cautions: [{ id: 'partially-upheld', severity: 'breach', provision: 'x', message: 'm', words: ['partially upheld'] }] }));
    expect(model.summary.value).toBe('1 of 3 required parts present. 1 caution.');
    model.setFailure('The extension did not answer.');
    expect(model.summary.value).toBe('Cannot check this draft: The extension did not answer.');
    model.setResult(check());
    expect(model.failure.value).toBeNull();
  });

  it('asks which letter this is when the SDK cannot tell, until the officer chooses (never assumes)', () => {
    const model = createChecklistModel(actions(), { collapsed: false });
    model.setResult(check({ needsKind: { candidates: ['acknowledgement', 'refusal'] } }));
    expect(model.asking.value).toBe(true);
    expect(model.summary.value).toBe('Which letter is this? Choose the kind of letter to see what it must include.');
    model.chooseKind('refusal');
    expect(model.asking.value).toBe(false);
    expect(model.summary.value).toBe('1 of 3 required parts present.');
    model.chooseKind(undefined);
    model.setResult(check());
    expect(model.asking.value).toBe(false);
  });

  it('re-checks when the officer picks a kind, and remembers collapsing', () => {
    const outside = actions();
    const model = createChecklistModel(outside, { collapsed: true });
    model.chooseKind('refusal');
    expect(model.chosenKind.value).toBe('refusal');
    expect(outside.recheck).toHaveBeenCalledTimes(1);
    model.toggle();
    expect(model.collapsed.value).toBe(false);
    expect(outside.saveCollapsed).toHaveBeenCalledWith(false);
  });

  it('opens one letter form at a time and clears the last message', () => {
    const model = createChecklistModel(actions(), { collapsed: false });
    model.tell('Notice copied.');
    model.openForm('extension-notice');
    expect(model.form.value).toBe('extension-notice');
    expect(model.notice.value).toBeNull();
    model.openForm(null);
    expect(model.form.value).toBeNull();
  });
});
