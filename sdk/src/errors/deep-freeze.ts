/**
 * Freezes `value` and every plain object and array it holds, so data the SDK exports (rule sets,
 * calendars, bank holidays) cannot be changed by one caller for every other caller in the process.
 * Functions, RegExps, Maps and typed arrays are left alone (a frozen RegExp breaks `lastIndex`).
 *
 * @example
 * ```ts
 * const rules = deepFreeze({ stages: { 1: { acknowledgeWorkingDays: 5 } } });
 * rules.stages[1].acknowledgeWorkingDays = 50; // TypeError in strict mode
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  Object.freeze(value);
  for (const child of Object.values(value as object)) deepFreeze(child);
  return value;
}
