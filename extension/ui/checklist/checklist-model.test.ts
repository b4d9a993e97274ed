import type { DraftCheck } from '@complaint-code/shared';
import { describe, expect, it, vi } from 'vitest';
import { NotAUserActionError } from '../user-action.js';
import { createChecklistModel, type ChecklistActions } from './checklist-model.js';

/** What a real click looks like to the gate; a page script's `button.click()` is `isTrusted: false`. */
const realClick = { isTrusted: true, type: 'click' };
const scriptClick = { isTrusted: false, type: 'click' };

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
    model.toggle(realClick);
    expect(model.collapsed.value).toBe(false);
    expect(outside.saveCollapsed).toHaveBeenCalledWith(false);
  });

  it('opens when asked by the extension itself (the countdown) without remembering it', () => {
    const outside = actions();
    const model = createChecklistModel(outside, { collapsed: true });
    model.expand();
    expect(model.collapsed.value).toBe(false);
    expect(outside.saveCollapsed).not.toHaveBeenCalled();
  });

  it('refuses every write a page script asks for with a synthetic event, before it reaches the editor or the store', async () => {
    const outside = actions();
    const model = createChecklistModel(outside, { collapsed: true });
    expect(() => model.actions.insert(scriptClick, 'text')).toThrow(NotAUserActionError);
    expect(() => model.actions.copy(scriptClick, 'text')).toThrow(NotAUserActionError);
    expect(() => model.actions.recordExtension(scriptClick, { stage: 1, notifiedOn: '2026-11-24', newDueOn: '2026-12-08', goodReason: false }, 'repairs')).toThrow(NotAUserActionError);
    expect(() => model.actions.insert({ isTrusted: true, type: 'submit' }, 'text')).toThrow(NotAUserActionError);
    model.toggle(scriptClick);
    expect(model.collapsed.value).toBe(true);
    expect([outside.insert, outside.copy, outside.recordExtension, outside.saveCollapsed].map((fn) => vi.mocked(fn).mock.calls.length)).toEqual([0, 0, 0, 0]);
    // The same calls from a real click go through.
    expect(model.actions.insert(realClick, 'text')).toBe(true);
    await model.actions.recordExtension(realClick, { stage: 1, notifiedOn: '2026-11-24', newDueOn: '2026-12-08', goodReason: false }, 'repairs');
    expect(outside.recordExtension).toHaveBeenCalledTimes(1);
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

  it('writes only for the case the page shows now, never for the one the letter form was filled from', () => {
    const outside = actions();
    const model = createChecklistModel(outside, { collapsed: false });
    expect(() => model.caseForWrite(undefined)).toThrow('The case reference cannot be read on this page.');
    // No case details yet: the page's case.
    expect(model.caseForWrite('https://crm.example|A')).toBe('https://crm.example|A');
    model.setResult(check({ case: { caseId: 'https://crm.example|A', reference: 'A', stage: 1, today: '2026-11-24', ombudsman: 'housing' } }));
    expect(model.caseForWrite('https://crm.example|A')).toBe('https://crm.example|A');
    // The page put another reference in place: refused, and checked again for the new case.
    expect(() => model.caseForWrite('https://crm.example|B')).toThrow(/case on this page changed/);
    expect(outside.recheck).toHaveBeenCalledTimes(1);
  });
});
