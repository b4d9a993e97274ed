// The corpus test reads the labelled letters from disk: the only file in letters/ that touches the file system.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { CorpusLabel, scoreCorpus } from './score-corpus.js';

const corpus = join(import.meta.dirname, '..', '..', 'test-corpus');
const labels = z.array(CorpusLabel).parse(JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')));
const letters = labels.map((label) => ({ label, content: readFileSync(join(corpus, 'letters', label.file), 'utf8') }));
const scores = scoreCorpus(letters);

describe('labelled corpus', () => {
  test('has at least 100 letters, at least 8 of every kind', () => {
    expect(letters.length).toBeGreaterThanOrEqual(100);
    for (const kind of ['acknowledgement', 'stage1-response', 'stage2-response', 'extension-notice', 'refusal']) {
      expect(labels.filter((l) => l.kind === kind).length, kind).toBeGreaterThanOrEqual(8);
    }
  });
  test.each([...scores.elements, ...scores.cautions].map((s) => [s.id, s] as const))('%s: precision and recall at least 0.95', (_id, s) => {
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });
  test('kind detection is right for at least 95% of letters', () => {
    expect(scores.kindAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
