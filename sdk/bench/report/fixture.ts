// Generates a large, deterministic CSV export of complaint records for the `report` benchmark.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** The header of the generated file: every column `complaint-code report` reads. */
export const FIXTURE_HEADER =
  'reference,rule_set,issue_occurred_on,resident_aware_on,' +
  'stage1_received_on,stage1_acknowledged_on,stage1_responded_on,stage1_handler,' +
  'stage1_extended_to,stage1_extension_notified_on,stage1_extension_reason,stage1_extension_good_reason,' +
  'stage2_requested_on,stage2_acknowledged_on,stage2_responded_on,stage2_handler,' +
  'stage2_extended_to,stage2_extension_notified_on,stage2_extension_reason,stage2_extension_good_reason';

/** Deliberately bad rows, one every `badEvery` rows, cycling through the bad-input cases. */
const BAD_ROWS = [
  (row: string[]) => { row[4] = '2026-02-30'; },                               // not a real date
  (row: string[]) => { row[5] = addDays(row[4] ?? '2026-01-01', -3); },          // acknowledged before received
  (row: string[]) => { row[1] = 'ho-2099'; },                                  // unknown rule set
  (row: string[]) => { row[11] = 'maybe'; row[8] ||= addDays(row[4] ?? '2026-01-01', 30); row[9] ||= row[4] ?? ''; }, // not yes/no
];

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
/** Days since 1970-01-01 ⇄ ISO date, cached: the generator works in day numbers. */
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoCache = new Map<number, string>();
function iso(day: number): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = new Date(day * DAY).toISOString().slice(0, 10);
    isoCache.set(day, text);
  }
  return text;
}
const addDays = (date: string, days: number) => iso(dayOf(date) + days);

const REASONS = ['Awaiting contractor report', 'Survey booked, "damp specialist"', 'Resident asked for a later visit,\nthen rearranged'];
const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * Writes `rows` complaint records to `file`: received between `from` and `today`, a mix of open
 * and closed cases, late and on-time steps, extensions (some with quoted reasons spanning lines),
 * stage 2 escalations, and one bad row every `badEvery` rows. Returns how many bad rows it wrote.
 *
 * @example
 * const bad = await writeReportFixture('/tmp/complaints.csv', { rows: 1_000_000, today: '2026-11-24' });
 */
export async function writeReportFixture(
  file: string,
  { rows, today, from = '2025-10-01', badEvery = 100_000, seed = 2026 }: { rows: number; today: string; from?: string; badEvery?: number; seed?: number },
): Promise<number> {
  const next = random(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const out = createWriteStream(file, { encoding: 'utf8' });
  let buffer = FIXTURE_HEADER + '\r\n';
  let bad = 0;
  const first = dayOf(from);
  const last = dayOf(today);
  for (let n = 1; n <= rows; n++) {
    const received = first + int(0, last - first);
    const row: string[] = new Array<string>(20).fill('');
    row[0] = `HA-${String(n).padStart(7, '0')}`;
    row[1] = next() < 0.2 ? 'ho-2024' : '';
    if (next() < 0.3) row[2] = iso(received - int(1, 500));
    row[4] = iso(received);
    const acknowledged = next() < 0.9 ? received + int(0, 8) : undefined;
    if (acknowledged !== undefined && acknowledged <= last) row[5] = iso(acknowledged);
    row[7] = `officer-${int(1, 40)}`;
    const extended = next() < 0.1;
    if (extended) {
      row[8] = iso(received + int(20, 45));
      row[9] = iso(received + int(5, 19));
      row[10] = REASONS[int(0, REASONS.length - 1)] ?? '';
      row[11] = next() < 0.3 ? 'yes' : 'no';
    }
    const responded = (acknowledged ?? received) + int(3, extended ? 40 : 20);
    if (row[5] && responded <= last) {
      row[6] = iso(responded);
      if (next() < 0.15) {
        const requested = responded + int(1, 20);
        if (requested <= last) {
          row[12] = iso(requested);
          const ack2 = requested + int(0, 7);
          if (ack2 <= last) row[13] = iso(ack2);
          const resp2 = ack2 + int(10, 35);
          if (row[13] && resp2 <= last) row[14] = iso(resp2);
          row[15] = next() < 0.05 ? (row[7] ?? '') : `manager-${int(1, 8)}`;
        }
      }
    }
    if (badEvery > 0 && n % badEvery === 0) {
      BAD_ROWS[bad % BAD_ROWS.length]?.(row);
      bad++;
    }
    buffer += row.map(csvCell).join(',') + '\r\n';
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return bad;
}
