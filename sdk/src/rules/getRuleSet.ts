import { ruleSetIds, type RuleSet, type RuleSetId } from './RuleSet.js';
import { ruleSets } from './ruleSets.js';

/**
 * The rule set with this id.
 *
 * @param id - `'ho-2024'`, `'ho-2022'`, `'joint-draft-2023'` or `'lgsco-2024'`
 * @returns The rule set
 * @throws RangeError naming the known ids when `id` is not one of them
 *
 * @example
 * ```ts
 * getRuleSet('ho-2024').stages[2].respondWorkingDays; //=> 20
 * getRuleSet('ho-2030' as RuleSetId); // throws: Unknown rule set "ho-2030". Known: ho-2024, ho-2022, joint-draft-2023, lgsco-2024
 * ```
 */
export function getRuleSet(id: RuleSetId): RuleSet {
  const ruleSet = Object.hasOwn(ruleSets, id) ? ruleSets[id] : undefined;
  if (!ruleSet) throw new RangeError(`Unknown rule set "${String(id)}". Known: ${ruleSetIds.join(', ')}`);
  return ruleSet;
}
