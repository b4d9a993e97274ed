import { describe, expect, it } from 'vitest';
import * as main from './index.js';
import * as testing from './testing.js';

describe('@complaint-code/sdk/testing', () => {
  it('holds the corpus-scoring tools, which the main entry point no longer exports', () => {
    expect(typeof testing.scoreCorpus).toBe('function');
    expect(typeof testing.CorpusLabel.parse).toBe('function');
    expect('scoreCorpus' in main).toBe(false);
    expect('CorpusLabel' in main).toBe(false);
  });
});
