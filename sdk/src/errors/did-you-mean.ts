import type * as z from './zod.js';

/** Levenshtein distance, for the short names this compares (field and option names). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known name `given` was most likely meant as: one that contains it (`wales` →
 * `england-and-wales`), else the one closest by edit distance if close enough and not tied;
 * otherwise undefined.
 *
 * @example
 * ```ts
 * nearestName('acknowledgeOn', ['receivedOn', 'acknowledgedOn', 'respondedOn']); //=> 'acknowledgedOn'
 * nearestName('notes', ['reference', 'stage1']);                                //=> undefined
 * ```
 */
export function nearestName(given: string, known: readonly string[]): string | undefined {
  const lower = given.toLowerCase();
  if (lower.length >= 3) {
    const containing = known.filter((name) => name.toLowerCase().includes(lower) || lower.includes(name.toLowerCase()));
    if (containing.length === 1) return containing[0];
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const name of known) {
    const d = distance(lower, name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
      tied = false;
    } else if (d === bestDistance) {
      tied = true;
    }
  }
  // Two names equally near (`stage3-response`): guessing one would mislead, so name none.
  return best !== undefined && !tied && bestDistance <= Math.max(2, Math.floor(given.length / 3)) ? best : undefined;
}

/**
 * The message for a key the schema does not know, naming the nearest known key.
 *
 * @example
 * ```ts
 * unknownKeyMessage('acknowledgeOn', ['receivedOn', 'acknowledgedOn']); //=> 'Unknown field "acknowledgeOn": did you mean acknowledgedOn?'
 * ```
 */
export function unknownKeyMessage(key: string, known: readonly string[], noun = 'field'): string {
  const nearest = nearestName(key, known);
  return nearest === undefined ? `Unknown ${noun} "${key}" (known: ${known.join(', ')})` : `Unknown ${noun} "${key}": did you mean ${nearest}?`;
}

/**
 * Issues for the keys of `value` that `known` does not list, one per key (path `[...path, key]`).
 * A misspelt field would otherwise be ignored silently and the record read as if it were missing.
 *
 * @example
 * ```ts
 * unknownKeyIssues({ acknowledgeOn: '2026-11-03' }, ['receivedOn', 'acknowledgedOn'], ['stage1']);
 * //=> [{ code: 'custom', path: ['stage1', 'acknowledgeOn'], message: 'Unknown field "acknowledgeOn": did you mean acknowledgedOn?' }]
 * ```
 */
export function unknownKeyIssues(value: object, known: readonly string[], path: readonly PropertyKey[] = [], noun = 'field'): z.core.$ZodRawIssue[] {
  const issues: z.core.$ZodRawIssue[] = [];
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) issues.push({ code: 'custom', input: value, path: [...path, key], message: unknownKeyMessage(key, known, noun) });
  }
  return issues;
}
