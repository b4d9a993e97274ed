import { afterEach, describe, expect, it } from 'vitest';
import { HANDOVER, handover } from './handover.js';
import { loadParts } from './load-parts.js';
import { onDemandParts } from './parts.js';
import { sharedRuntime } from './shared-runtime.js';

type World = { [HANDOVER]?: unknown };
afterEach(() => {
  Reflect.deleteProperty(globalThis, HANDOVER);
});

describe('loadParts', () => {
  it('should lend the content script\'s Preact and take what the on-demand script registers', async () => {
    let lent: unknown;
    const parts = await loadParts(async () => {
      // What entrypoints/crm-on-demand.ts does when the background runs it in this frame.
      lent = handover().runtime;
      handover().register(onDemandParts);
    });
    expect(parts).toBe(onDemandParts);
    expect(lent).toBe(sharedRuntime);
    expect((globalThis as World)[HANDOVER]).toBeUndefined();
  });

  it('should fail plainly when the script did not hand itself over', async () => {
    await expect(loadParts(async () => undefined)).rejects.toThrow('The forms did not load. Reload the page and try again.');
    expect((globalThis as World)[HANDOVER]).toBeUndefined();
  });

  it('should pass on the background\'s error and take the hand-over away', async () => {
    await expect(
      loadParts(async () => {
        throw new Error('Could not establish connection');
      }),
    ).rejects.toThrow('Could not establish connection');
    expect((globalThis as World)[HANDOVER]).toBeUndefined();
  });

  it('should keep the first registration (a second run of the script changes nothing)', async () => {
    const other = { ...onDemandParts };
    const parts = await loadParts(async () => {
      handover().register(onDemandParts);
      handover().register(other);
    });
    expect(parts).toBe(onDemandParts);
  });
});

describe('handover', () => {
  it('should refuse to run the on-demand script when nothing asked for it', () => {
    expect(() => handover()).toThrow('the on-demand script runs only when the overlay asks for it');
  });
});
