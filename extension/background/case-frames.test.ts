import { describe, expect, it } from 'vitest';
import { claimCase, serialClaims, sessionOwnerStore, type FrameOwner } from './case-frames.js';

function setUp(showing: Record<number, string | undefined>) {
  const owners = new Map<number, FrameOwner>();
  const asked: number[] = [];
  const deps = {
    store: { get: async (tabId: number) => owners.get(tabId), set: async (tabId: number, owner: FrameOwner) => void owners.set(tabId, owner) },
    stillShows: async (_tabId: number, frameId: number, caseId: string) => {
      asked.push(frameId);
      return showing[frameId] === caseId;
    },
  };
  return { owners, asked, deps };
}

describe('claimCase', () => {
  it('gives the case to the first frame, and refuses a second frame while the first still shows it', async () => {
    const { deps, asked } = setUp({ 0: 'a|1', 3: 'a|1' });
    expect(await claimCase({ tabId: 1, frameId: 3, caseId: 'a|1' }, deps)).toBe(true);
    expect(await claimCase({ tabId: 1, frameId: 0, caseId: 'a|1' }, deps)).toBe(false);
    expect(asked).toEqual([3]);
    // The owner claiming again is cheap: nobody is asked.
    expect(await claimCase({ tabId: 1, frameId: 3, caseId: 'a|1' }, deps)).toBe(true);
    expect(asked).toEqual([3]);
  });

  it('hands over when the owner no longer shows its case (navigated, closed)', async () => {
    const showing: Record<number, string | undefined> = { 3: 'a|1' };
    const { deps, owners } = setUp(showing);
    await claimCase({ tabId: 1, frameId: 3, caseId: 'a|1' }, deps);
    delete showing[3];
    expect(await claimCase({ tabId: 1, frameId: 5, caseId: 'a|2' }, deps)).toBe(true);
    expect(owners.get(1)).toEqual({ frameId: 5, caseId: 'a|2' });
  });

  it('keeps tabs apart', async () => {
    const { deps } = setUp({ 0: 'a|1' });
    expect(await claimCase({ tabId: 1, frameId: 0, caseId: 'a|1' }, deps)).toBe(true);
    expect(await claimCase({ tabId: 2, frameId: 4, caseId: 'a|1' }, deps)).toBe(true);
  });
});

describe('serialClaims', () => {
  it('gives a case to one of two frames claiming it at the same moment', async () => {
    const { deps } = setUp({ 0: 'a|1', 3: 'a|1' });
    const claim = serialClaims(deps);
    const results = await Promise.all([claim({ tabId: 1, frameId: 0, caseId: 'a|1' }), claim({ tabId: 1, frameId: 3, caseId: 'a|1' })]);
    expect(results).toEqual([true, false]);
  });
});

describe('sessionOwnerStore', () => {
  it('round-trips an owner and ignores junk', async () => {
    const data: Record<string, unknown> = { 'frame-owner:9': 'junk' };
    const store = sessionOwnerStore({ get: async (key) => ({ [key]: data[key] }), set: async (items) => void Object.assign(data, items) });
    expect(await store.get(9)).toBeUndefined();
    await store.set(9, { frameId: 2, caseId: 'a|1' });
    expect(await store.get(9)).toEqual({ frameId: 2, caseId: 'a|1' });
  });
});
