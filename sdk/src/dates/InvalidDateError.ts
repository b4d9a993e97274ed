/**
 * Thrown when a function is given something that is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * try { formatDay('2026-02-30'); } catch (error) {
 *   error instanceof InvalidDateError; //=> true
 *   (error as Error).message;          //=> '2026-02-30 is not a real date (expected YYYY-MM-DD)'
 * }
 * ```
 */
export class InvalidDateError extends Error {
  override readonly name = 'InvalidDateError';
  /** The value that was given. */
  readonly value: unknown;

  constructor(value: unknown) {
    super(`${String(value).slice(0, 40)} is not a real date (expected YYYY-MM-DD)`);
    this.value = value;
  }
}
