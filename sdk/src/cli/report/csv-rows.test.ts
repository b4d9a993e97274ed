import { describe, expect, it } from 'vitest';
import { createCsvRowReader, csvFieldName } from './csv-rows.js';

const HEADER = 'reference,stage1_received_on,stage1_extended_to,stage1_extension_notified_on,stage1_extension_reason,stage1_extension_good_reason,stage2_handler\n';

describe('createCsvRowReader', () => {
  it('maps columns to a complaint record, leaving empty cells out', () => {
    const reader = createCsvRowReader();
    const rows = reader.push(`${HEADER} HA-1 ,2026-11-02,2026-12-01,2026-11-20,"Awaiting survey, damp",Yes,\n`);
    expect(rows).toEqual([
      {
        unit: 'row',
        number: 2,
        reference: 'HA-1',
        problems: [],
        record: {
          reference: 'HA-1',
          stage1: { receivedOn: '2026-11-02', extensions: [{ newDueOn: '2026-12-01', notifiedOn: '2026-11-20', reason: 'Awaiting survey, damp', goodReason: true }] },
        },
      },
    ]);
  });

  it('starts stage 2 when any stage 2 column is filled', () => {
    const [row] = createCsvRowReader().push(`${HEADER}HA-2,2026-11-02,,,,,m.jones\n`);
    expect(row?.record).toEqual({ reference: 'HA-2', stage1: { receivedOn: '2026-11-02' }, stage2: { handlerId: 'm.jones' } });
  });

  it('names a bad yes/no cell and an unknown rule set as problems of the row', () => {
    const reader = createCsvRowReader();
    reader.push('reference,rule_set,stage1_received_on,stage1_extension_good_reason\n');
    const [row] = reader.push('HA-3,ho-1999,2026-11-02,maybe\n');
    expect(row?.problems).toEqual([
      { field: 'rule_set', message: 'unknown rule set "ho-1999" (known: ho-2024, ho-2022, joint-draft-2023, lgsco-2024)' },
      { field: 'stage1_extension_good_reason', message: '"maybe" is not yes or no' },
    ]);
  });

  it('uses the default rule set only for rows without one', () => {
    const reader = createCsvRowReader({ defaultRuleSet: 'lgsco-2024' });
    const rows = reader.push('reference,rule_set,stage1_received_on\nA,,2026-11-02\nB,ho-2022,2024-01-02\n');
    expect(rows.map((row) => row.record?.ruleSet)).toEqual(['lgsco-2024', 'ho-2022']);
  });

  it('names validation paths by column', () => {
    expect(csvFieldName('stage2.extensions.0.notifiedOn')).toBe('stage2_extension_notified_on');
    expect(csvFieldName('stage1.acknowledgedOn')).toBe('stage1_acknowledged_on');
    expect(csvFieldName('ruleSet')).toBe('rule_set');
    expect(csvFieldName('')).toBe('');
  });
});
