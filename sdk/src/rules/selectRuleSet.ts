import { parseDayNumber } from '../dates/dayNumber.js';
import { InvalidDateError } from '../dates/InvalidDateError.js';
import type { IsoDate } from '../dates/isoDate.js';
import type { RuleSetId } from './RuleSet.js';

/**
 * Options for {@link selectRuleSet}.
 *
 * @example
 * ```ts
 * const options: SelectRuleSetOptions = { receivedOn: '2024-04-01', ombudsman: 'housing' };
 * ```
 */
export interface SelectRuleSetOptions {
  /** The date the complaint was received (stage 1). */
  receivedOn: IsoDate;
  /** Which Ombudsman the complaint belongs to (default `'housing'`). */
  ombudsman?: 'housing' | 'lgsco' | undefined;
}

/**
 * The rule set that applies to a complaint. Housing Ombudsman: by the date the complaint was made — the
 * 2022 Code is "applicable for complaints made before 1 April 2024", the 2024 Code from then on.
 * LGSCO: its Code.
 *
 * @param options - The received date and the Ombudsman
 * @returns The rule set id
 * @throws {@link InvalidDateError} when `receivedOn` is not a real date
 *
 * @example
 * ```ts
 * selectRuleSet({ receivedOn: '2024-03-31' }); //=> 'ho-2022'
 * selectRuleSet({ receivedOn: '2024-04-01' }); //=> 'ho-2024'
 * selectRuleSet({ receivedOn: '2025-01-06', ombudsman: 'lgsco' }); //=> 'lgsco-2024'
 * ```
 */
export function selectRuleSet(options: SelectRuleSetOptions): RuleSetId {
  const received = parseDayNumber(options.receivedOn);
  if (Number.isNaN(received)) throw new InvalidDateError(options.receivedOn);
  return ruleSetForValidDate(options.receivedOn, options.ombudsman);
}

/**
 * Internal: {@link selectRuleSet} for a received date already validated (a parsed record's), without
 * checking it again or building an options object: the timeline asks once a row in a big report.
 */
export function ruleSetForValidDate(receivedOn: IsoDate, ombudsman: SelectRuleSetOptions['ombudsman']): RuleSetId {
  if (ombudsman === 'lgsco') return 'lgsco-2024';
  return receivedOn < '2024-04-01' ? 'ho-2022' : 'ho-2024';
}
