/**
 * What the real-Chromium benchmarks share: a Chrome trace of one action, and the median of runs.
 */
import type { CDPSession } from '@playwright/test';

/** One event of a Chrome trace (only the fields the benchmarks read). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  /** Wall-clock duration, µs. */
  dur?: number;
  /** Thread (CPU) duration, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/**
 * Records a Chrome trace (timeline and V8 execution) while `action` runs.
 *
 * @example
 * const events = await trace(await page.context().newCDPSession(page), () => page.reload());
 */
export async function trace(session: CDPSession, action: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', '__metadata'] },
  });
  await action();
  await session.send('Tracing.end');
  await complete;
  return events;
}

/**
 * The median of a list of measurements (0 for none).
 *
 * @example
 * median([3, 1, 2]); //=> 2
 */
export function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
