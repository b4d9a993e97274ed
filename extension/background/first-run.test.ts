import { describe, expect, it } from 'vitest';
import { shouldOpenOnboarding } from './first-run.js';

describe('shouldOpenOnboarding', () => {
  it('opens on a fresh install of a real build', () => {
    expect(shouldOpenOnboarding('install', 'production')).toBe(true);
    expect(shouldOpenOnboarding('install', 'demo')).toBe(true);
  });
  it('stays shut on updates and in the e2e build', () => {
    expect(shouldOpenOnboarding('update', 'production')).toBe(false);
    expect(shouldOpenOnboarding('chrome_update', 'production')).toBe(false);
    expect(shouldOpenOnboarding('install', 'e2e')).toBe(false);
  });
});
