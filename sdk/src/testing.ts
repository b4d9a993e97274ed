/**
 * `@complaint-code/sdk/testing` — tools for measuring the draft checker against a labelled corpus of letters.
 * Kept out of the main entry point: a vendor's app never needs them, a vendor's test suite may.
 *
 * @example
 * import { CorpusLabel, scoreCorpus } from '@complaint-code/sdk/testing';
 *
 * @module
 */
export { scoreCorpus, CorpusLabel, type CorpusScores, type Score } from './letters/score-corpus.js';
