// One CSV convention, tested both ways: the extension's export is a file `complaint-code report` reads,
// and a file in the CLI's columns imports into the extension with every column mapped.
import type { TrackedCase } from '@complaint-code/shared';
import { csvColumns } from '@complaint-code/sdk';
import { describe, expect, it } from 'vitest';
import { runWith } from '../../../sdk/src/cli/test-io.js';
import { toCsv } from './export-csv.js';
import { suggestMapping } from './mapping.js';
import { previewImport, readCsvTable } from './read-rows.js';

const origin = 'http://localhost:4310';
const tracked = (reference: string, facts: TrackedCase['facts']): TrackedCase => ({
  id: `${origin}|${reference}`,
  origin,
  reference,
  adapterId: 'demo-classic',
  url: `${origin}/cases/${reference}`,
  facts,
  corrections: {},
  firstSeenAt: '2026-11-24T10:00:00.000Z',
  lastSeenAt: '2026-11-24T10:00:00.000Z',
});

describe('the extension and the CLI share one CSV convention', () => {
  it('exports a file the CLI report reads, every case with its dates', async () => {
    const csv = toCsv(
      [
        tracked('HC-1', { reference: 'HC-1', stage1ReceivedOn: '2026-11-02', stage1AcknowledgedOn: '2026-11-04', residentName: 'Mrs O, Okafor', stage: 1 }),
        tracked('HC-2', { reference: 'HC-2', stage1ReceivedOn: '2026-09-01', stage1AcknowledgedOn: '2026-09-02', stage1RespondedOn: '2026-09-10', stage2RequestedOn: '2026-10-01', stage: 2 }),
      ],
      [],
      () => '',
    );
    const { code, stdout } = await runWith(['report', '-', '--today', '2026-11-24', '--json'], { stdin: csv });
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { reference?: string; stage?: number; deadlines?: { id: string; doneOn?: string }[] });
    expect(lines.map((line) => line.reference ?? 'summary')).toEqual(['HC-1', 'HC-2', 'summary']);
    expect(lines[0]?.deadlines?.find((d) => d.id === 'stage1-acknowledgement')?.doneOn).toBe('2026-11-04');
    expect(lines[1]?.stage).toBe(2);
  });

  it("imports a file in the CLI's columns (and UK dates) with every case fact mapped", () => {
    const names = csvColumns.map((column) => column.name);
    const header = ['reference', 'stage1_received_on', 'stage1_acknowledged_on', 'stage1_responded_on', 'stage1_handler', 'stage2_requested_on', 'stage2_acknowledged_on', 'stage2_responded_on'];
    expect(header.every((name) => names.includes(name))).toBe(true);
    const table = readCsvTable(`${header.join(',')}\nHA-1,02/11/2026,3 Nov 2026,2026-11-10,a.khan,12/11/2026,,\n`);
    const mapping = suggestMapping(table.headers);
    expect(mapping).toEqual({
      reference: 0, stage1ReceivedOn: 1, stage1AcknowledgedOn: 2, stage1RespondedOn: 3, handler: 4, stage2RequestedOn: 5, stage2AcknowledgedOn: 6, stage2RespondedOn: 7,
    });
    const { rows, bad } = previewImport(table, mapping, origin);
    expect(bad).toEqual([]);
    expect(rows[0]?.facts).toEqual({
      reference: 'HA-1', stage1ReceivedOn: '2026-11-02', stage1AcknowledgedOn: '2026-11-03', stage1RespondedOn: '2026-11-10', handler: 'a.khan', stage2RequestedOn: '2026-11-12',
    });
  });
});
