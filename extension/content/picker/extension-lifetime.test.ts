import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionLifetime } from './extension-lifetime.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('extensionLifetime', () => {
  it('calls back once when the extension goes away, not before', () => {
    vi.useFakeTimers();
    let id: string | undefined = 'extension-id';
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockImplementation(() => id as string);
    const invalidated = vi.fn();
    extensionLifetime(1000).onInvalidated(invalidated);
    vi.advanceTimersByTime(5000);
    expect(invalidated).not.toHaveBeenCalled();
    id = undefined;
    vi.advanceTimersByTime(1000);
    expect(invalidated).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(invalidated).toHaveBeenCalledTimes(1);
  });
});
