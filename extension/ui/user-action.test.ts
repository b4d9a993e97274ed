/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import { isUserAction, NotAUserActionError, userWrite } from './user-action.js';

describe('userWrite', () => {
  it('should run the write for a trusted click or key press', () => {
    const write = vi.fn((value: string) => value.length);
    const guarded = userWrite(write);
    expect(guarded({ isTrusted: true, type: 'click' }, 'abc')).toBe(3);
    expect(guarded({ isTrusted: true, type: 'keydown' }, 'ab')).toBe(2);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('should refuse a synthetic click without running the write (a page script calling button.click())', () => {
    const write = vi.fn();
    const button = document.createElement('button');
    let caught: unknown;
    button.addEventListener('click', (event) => {
      try {
        userWrite(write)(event);
      } catch (error) {
        caught = error;
      }
    });
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(write).not.toHaveBeenCalled();
    expect(caught).toBeInstanceOf(NotAUserActionError);
  });

  it('should refuse a trusted submit: the browser fires one for requestSubmit() from a script', () => {
    expect(isUserAction({ isTrusted: true, type: 'submit' })).toBe(false);
    expect(isUserAction({ isTrusted: true, type: 'focus' })).toBe(false);
    expect(isUserAction({ isTrusted: false, type: 'click' })).toBe(false);
    expect(isUserAction(undefined)).toBe(false);
  });
});
