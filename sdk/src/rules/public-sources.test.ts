import { describe, expect, it } from 'vitest';
import * as sdk from '../index.js';

/** Wording that belongs to our research notes, never to data a vendor may show a resident. */
const INTERNAL = [/\bseed\b/i, /domain\.md/i, /domain research/i, /\bS0\d\d\b/, /\bP\d{1,2}\b/, /research\//i, /\/work\//];

/** Every string under a `source`, `sources` or `notes` key, anywhere in the SDK's exported data. */
function citations(value: unknown, path: string, seen: Set<unknown>, out: Array<[string, string]>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (key === 'source' || key === 'sources' || key === 'notes') {
      for (const text of [child].flat()) if (typeof text === 'string') out.push([at, text]);
    }
    citations(child, at, seen, out);
  }
}

describe('public data', () => {
  const found: Array<[string, string]> = [];
  citations(sdk, 'sdk', new Set(), found);

  it('finds the provisions of every rule set and the letter provisions', () => {
    expect(found.some(([at]) => at.startsWith('sdk.ruleSets.ho-2024.provisions'))).toBe(true);
    expect(found.some(([at]) => at.startsWith('sdk.letterProvisions.joint-draft-2023'))).toBe(true);
    expect(found.some(([at]) => at.startsWith('sdk.housingOmbudsman.sources'))).toBe(true);
  });

  it('cites public documents, never internal notes', () => {
    const internal = found.filter(([, text]) => INTERNAL.some((re) => re.test(text)));
    expect(internal).toEqual([]);
  });

  it('gives the Codes their public addresses', () => {
    const hoSources = found.filter(([at]) => at.startsWith('sdk.ruleSets.ho-2024.provisions')).map(([, t]) => t);
    expect(hoSources.every((t) => t.includes('https://www.housing-ombudsman.org.uk/landlords-info/complaint-handling-code/'))).toBe(true);
    const jointSources = found.filter(([at]) => at.startsWith('sdk.ruleSets.joint-draft-2023.provisions')).map(([, t]) => t);
    expect(jointSources.length).toBeGreaterThan(0);
    expect(jointSources.every((t) => t.includes('consultation draft 2023'))).toBe(true);
  });
});
