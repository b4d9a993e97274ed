// Zod-free, so a bundle that only adds working days carries no schema library.
import { deepFreeze } from '../errors/deep-freeze.js';

/**
 * The parts of the United Kingdom with their own bank holidays, named as GOV.UK names them.
 *
 * @example
 * ```ts
 * const division: Division = 'scotland';
 * ```
 */
export type Division = 'england-and-wales' | 'scotland' | 'northern-ireland';

/**
 * Every division, England and Wales first.
 *
 * @example
 * ```ts
 * divisions.map((division) => createCalendar({ division }).isWorkingDay('2026-11-30'));
 * //=> [true, false, true]
 * ```
 */
export const divisions: readonly Division[] = /* @__PURE__ */ deepFreeze(['england-and-wales', 'scotland', 'northern-ireland']);
