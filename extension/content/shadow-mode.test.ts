import { describe, expect, it } from 'vitest';
import { shadowRootMode } from './shadow-mode.js';

describe('shadowRootMode', () => {
  it.each(['production', 'development', 'e2e-hostile', 'E2E', ''])('should close the roots in mode %j', (mode) => {
    expect(shadowRootMode(mode)).toBe('closed');
  });

  it('should open them only in the Playwright build', () => {
    expect(shadowRootMode('e2e')).toBe('open');
  });
});
