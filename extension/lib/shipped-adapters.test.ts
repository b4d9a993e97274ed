import { builtinAdapters } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { carriesDemoAdapters, shippedAdapters } from './shipped-adapters.js';

describe('shippedAdapters', () => {
  it('carries the demo adapters outside production', () => {
    expect(import.meta.env.MODE).toBe('test');
    expect(shippedAdapters).toBe(builtinAdapters);
  });
  it('production and organisation builds carry none; demo and e2e builds do', () => {
    expect(carriesDemoAdapters('production')).toBe(false);
    expect(carriesDemoAdapters('org')).toBe(false);
    expect(carriesDemoAdapters('e2e')).toBe(true);
    expect(carriesDemoAdapters('development')).toBe(true);
  });
});
