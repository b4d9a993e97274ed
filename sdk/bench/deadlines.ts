/**
 * Benchmark: working-day additions per second, the SDK beside a plain date-fns baseline
 * (`addBusinessDays`, then skipping the bank holidays it stepped over), plus whole timelines and the
 * CH01/CH02 accumulator. A script, not a timed test: it prints figures and exits 0.
 *
 *   pnpm exec tsx --conditions=source sdk/bench/deadlines.ts [--json]
 */
import { addBusinessDays, formatISO, parseISO } from 'date-fns';
import {
  bankHolidaysData,
  complaintTimeline,
  createCodePerformanceAccumulator,
  englandAndWales,
  type ComplaintRecordInput,
} from '@complaint-code/sdk';

const CASES = 1_000_000;

// Inputs: every day 2018-01-01 … 2027-12-31 as ISO strings, and random working-day counts 1–20.
const days: string[] = [];
for (let t = Date.UTC(2018, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
let seed = 20261218;
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
const dates = Array.from({ length: CASES }, () => days[Math.floor(random() * days.length)] as string);
const counts = Int32Array.from({ length: CASES }, () => 1 + Math.floor(random() * 20));

// The baseline a developer would write with date-fns: weekday holidays as timestamps, then
// addBusinessDays and keep adding one more day for each holiday stepped over.
const holidayTimes = bankHolidaysData['england-and-wales'].events
  .map((event) => parseISO(event.date))
  .filter((date) => date.getDay() !== 0 && date.getDay() !== 6)
  .map((date) => date.getTime());
function dateFnsAddWorkingDays(iso: string, amount: number): string {
  let date = parseISO(iso);
  let remaining = amount;
  while (remaining > 0) {
    const next = addBusinessDays(date, remaining);
    remaining = 0;
    for (const holiday of holidayTimes) if (holiday > date.getTime() && holiday <= next.getTime()) remaining++;
    date = next;
  }
  return formatISO(date, { representation: 'date' });
}

function measure(name: string, cases: number, run: () => number, rounds = 3): { name: string; perSecond: number; check: number } {
  run(); // warm up
  let best = Infinity;
  let check = 0;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    check = run();
    best = Math.min(best, performance.now() - started);
  }
  return { name, perSecond: (cases / best) * 1000, check };
}

// Agree first: a benchmark of wrong answers is worthless.
for (let i = 0; i < 20_000; i++) {
  const sdk = englandAndWales.addWorkingDays(dates[i] as string, counts[i] as number);
  const baseline = dateFnsAddWorkingDays(dates[i] as string, counts[i] as number);
  if (sdk !== baseline) throw new Error(`Disagree on ${dates[i]} + ${counts[i]}: SDK ${sdk}, date-fns ${baseline}`);
}

const sdkAdd = measure('SDK addWorkingDays', CASES, () => {
  let sum = 0;
  for (let i = 0; i < CASES; i++) sum += englandAndWales.addWorkingDays(dates[i] as string, counts[i] as number).length;
  return sum;
});
const sdkBetween = measure('SDK workingDaysBetween', CASES, () => {
  let sum = 0;
  for (let i = 0; i < CASES; i++) sum += englandAndWales.workingDaysBetween(dates[i] as string, dates[CASES - 1 - i] as string);
  return sum;
});
const BASELINE_CASES = 100_000;
const baseline = measure('date-fns addBusinessDays + holidays', BASELINE_CASES, () => {
  let sum = 0;
  for (let i = 0; i < BASELINE_CASES; i++) sum += dateFnsAddWorkingDays(dates[i] as string, counts[i] as number).length;
  return sum;
});

const records: ComplaintRecordInput[] = Array.from({ length: 20_000 }, (_, i) => {
  const received = dates[i % 300_000 + 1000] as string;
  const acknowledged = englandAndWales.addWorkingDays(received, 1 + (i % 7));
  return {
    reference: `C-${i}`,
    stage1: { receivedOn: received, acknowledgedOn: acknowledged, respondedOn: englandAndWales.addWorkingDays(acknowledged, 5 + (i % 9)) },
  };
});
const timelines = measure('complaintTimeline (whole timeline)', records.length, () => {
  let sum = 0;
  for (const record of records) sum += complaintTimeline(record, { today: '2027-12-31' }).deadlines.length;
  return sum;
}, 10); // more rounds: zod and the timeline code need longer to warm up than the 1M-addition loops
const accumulator = measure('CH01/CH02 accumulator add', records.length, () => {
  const totals = createCodePerformanceAccumulator({ period: { from: '2018-01-01', to: '2027-12-31' }, today: '2027-12-31' });
  for (const record of records) totals.add(record);
  return totals.result().stage1.responded;
}, 10);

const ratio = sdkAdd.perSecond / baseline.perSecond;
const rows = [sdkAdd, sdkBetween, baseline, timelines, accumulator];
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows: rows.map(({ name, perSecond }) => ({ name, perSecond: Math.round(perSecond) })), speedup: ratio }));
} else {
  const format = (n: number) => Math.round(n).toLocaleString('en-GB').padStart(14);
  console.log(`${'Operation'.padEnd(40)}${'per second'.padStart(14)}`);
  for (const row of rows) console.log(`${row.name.padEnd(40)}${format(row.perSecond)}`);
  console.log(`\nSDK addWorkingDays is ${ratio.toFixed(1)}× the date-fns baseline (goal: ≥ 20×, and > 5,000,000/s).`);
  console.log(`(Node ${process.version}, TZ=${process.env.TZ ?? 'unset'}, ${CASES.toLocaleString('en-GB')} additions, best of 3 (timelines: best of 10).)`);
}
