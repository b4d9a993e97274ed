let londonClock: Intl.DateTimeFormat | undefined;

/**
 * How far the clock in London (Europe/London) is ahead of UTC at an instant, in minutes: 0 in
 * winter (GMT), 60 in summer (BST). For work timed by the UK clock, such as a summary at 09:00 UK
 * time on a machine elsewhere.
 *
 * @param instant - The instant to ask about
 * @returns The offset in minutes (0 or 60)
 *
 * @example
 * ```ts
 * londonOffsetMinutes(new Date('2026-03-29T00:59:00Z')); //=> 0  (GMT until 01:00 UTC)
 * londonOffsetMinutes(new Date('2026-03-29T01:00:00Z')); //=> 60 (BST from then)
 * ```
 */
export function londonOffsetMinutes(instant: Date): number {
  londonClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const parts = londonClock.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}
