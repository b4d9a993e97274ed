import { describe, expect, it } from 'vitest';
import { createNdjsonRowReader } from './ndjson-rows.js';

describe('createNdjsonRowReader', () => {
  it('splits lines across chunks, skips blank lines and numbers every line', () => {
    const reader = createNdjsonRowReader();
    const text = '\uFEFF{"reference":"A","stage1":{"receivedOn":"2026-11-02"}}\r\n\n{"reference":"B","stage1":{"receivedOn":"2026-11-03"}}';
    const rows = [...reader.push(text.slice(0, 20)), ...reader.push(text.slice(20, 61)), ...reader.push(text.slice(61)), ...reader.end()];
    expect(rows.map((row) => [row.number, row.reference, row.problems])).toEqual([
      [1, 'A', []],
      [3, 'B', []],
    ]);
  });

  it('reports a line that is not a JSON object, and goes on', () => {
    const reader = createNdjsonRowReader();
    const rows = [...reader.push('[1,2]\n{"reference":"C","stage1":{"receivedOn":"2026-11-02"}}\n'), ...reader.end()];
    expect(rows[0]).toMatchObject({ unit: 'line', number: 1, problems: [{ field: 'JSON', message: expect.stringMatching(/expected an object/) }] });
    expect(rows[1]).toMatchObject({ number: 2, reference: 'C' });
  });

  it('fills a default rule set only where the record has none', () => {
    const reader = createNdjsonRowReader({ defaultRuleSet: 'lgsco-2024' });
    const rows = reader.push('{"reference":"D","stage1":{"receivedOn":"2026-11-02"}}\n{"reference":"E","ruleSet":"ho-2022","stage1":{"receivedOn":"2024-01-02"}}\n');
    expect(rows.map((row) => row.record?.ruleSet)).toEqual(['lgsco-2024', 'ho-2022']);
  });
});
