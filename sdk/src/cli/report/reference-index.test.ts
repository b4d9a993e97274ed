import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReferenceIndex } from './reference-index.js';

describe('createReferenceIndex', () => {
  it('behaves like a Map from reference to row, through growth and colliding hashes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('HA-1', 'HA-10', '', 'ha-1')), fc.nat()), { maxLength: 3000 }), (pairs) => {
        const index = createReferenceIndex();
        const map = new Map<string, number>();
        for (const [i, [reference, row]] of pairs.entries()) {
          // Sometimes looked up first (the report's way), sometimes stored straight away.
          if (i % 3 !== 0) expect(index.get(reference)).toBe(map.get(reference));
          if (i % 5 === 0) index.get(`${reference}x`);
          index.set(reference, row);
          map.set(reference, row);
        }
        expect(index.size).toBe(map.size);
        for (const [reference, row] of map) expect(index.get(reference)).toBe(row);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps 100,000 references apart', () => {
    const index = createReferenceIndex();
    for (let n = 1; n <= 100_000; n++) index.set(`HA-${n}`, n + 1);
    expect(index.size).toBe(100_000);
    expect(index.get('HA-1')).toBe(2);
    expect(index.get('HA-99999')).toBe(100_000);
    expect(index.get('HA-100001')).toBeUndefined();
    expect(index.get('HA-0')).toBeUndefined();
  });
});
