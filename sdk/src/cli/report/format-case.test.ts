import { describe, expect, it } from 'vitest';
import { complaintTimeline } from '../../index.js';
import { CASE_TEXT_HEADER, caseTextLine } from './format-case.js';

const timeline = complaintTimeline({ reference: 'HA-0000001', stage1: { receivedOn: '2026-11-16', acknowledgedOn: '2026-11-17' } }, { today: '2026-11-24' });
const offsets = (text: string, words: string[]) => words.map((word) => text.indexOf(word));

describe('caseTextLine', () => {
  it('keeps its columns under the header past row 99,999 (and for big NDJSON line numbers)', () => {
    const header = offsets(CASE_TEXT_HEADER, ['REFERENCE', 'STAGE', 'NEXT STEP']);
    for (const where of [
      { unit: 'row', number: 2 },
      { unit: 'row', number: 99_999 },
      { unit: 'row', number: 100_000 },
      { unit: 'row', number: 1_000_001 },
      { unit: 'row', number: 1_234_567_890 },
      { unit: 'line', number: 123_456_789 },
    ] as const) {
      const text = caseTextLine(where, timeline);
      expect(offsets(text, ['HA-0000001', ' 1 ', 'Stage 1 response']).map((at, i) => (i === 1 ? at + 1 : at)), `${where.unit} ${where.number}`).toEqual(header);
      expect(text.startsWith(`${where.unit} ${where.number} `)).toBe(true);
    }
  });

  it('never runs two cells together, even when a value is wider than its column', () => {
    const text = caseTextLine({ unit: 'row', number: 3 }, undefined, 'A-REFERENCE-LONGER-THAN-ITS-COLUMN');
    expect(text).toMatch(/^row 3 +A-REFERENCE-LONGER-THAN-ITS-COLUMN +not read: see the message/);
  });
});
