import { ho2022 } from './ho2022.js';
import { ho2024 } from './ho2024.js';
import { jointDraft2023 } from './jointDraft2023.js';
import { lgsco2024 } from './lgsco2024.js';
import type { RuleSet, RuleSetId } from './RuleSet.js';
import { deepFreeze } from '../errors/deep-freeze.js';

/**
 * Every rule set, by id.
 *
 * @example
 * ```ts
 * ruleSets['ho-2024'].stages[1].acknowledgeProvision.ref; //=> '6.2'
 * ```
 */
export const ruleSets: Readonly<Record<RuleSetId, RuleSet>> = /* @__PURE__ */ deepFreeze({
  'ho-2024': ho2024,
  'ho-2022': ho2022,
  'joint-draft-2023': jointDraft2023,
  'lgsco-2024': lgsco2024,
});
