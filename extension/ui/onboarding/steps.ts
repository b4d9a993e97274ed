/**
 * @module extension/ui/onboarding/steps
 *
 * The first-run steps and which of them are done: done when the officer finished it here (stored),
 * or when the organisation's policy already sets what the step is for.
 */
import { lockedSettings, type ManagedPolicy } from '@complaint-code/shared';

/** The steps in order: CRM address, adapter, Code and Ombudsman, a test on a case page. */
export const onboardingSteps = ['crm', 'adapter', 'settings', 'test'] as const;
export type OnboardingStep = (typeof onboardingSteps)[number];

/** The step names as the page shows them. */
export const onboardingStepTitles: Record<OnboardingStep, string> = {
  crm: 'Add your CRM’s address',
  adapter: 'Choose an adapter',
  settings: 'Choose the Code and Ombudsman',
  test: 'Test on a case page',
};

/**
 * Steps the organisation's policy has already done: its CRM addresses, its adapters, or both the
 * Code and the Ombudsman. The test step is never done by policy: only a person can look at a page.
 *
 * @example
 * stepsSetByOrganisation({ crmOrigins: ['https://crm.example'], adapters: [], settings: {} }); //=> Set { 'crm' }
 */
export function stepsSetByOrganisation(policy: ManagedPolicy): Set<OnboardingStep> {
  const set = new Set<OnboardingStep>();
  if (policy.crmOrigins.length > 0) set.add('crm');
  if (policy.adapters.length > 0) set.add('adapter');
  const locked = lockedSettings(policy);
  if (locked.has('ruleSet') && locked.has('ombudsman')) set.add('settings');
  return set;
}

/**
 * The steps done: stored as done (unknown names ignored) or set by the organisation.
 *
 * @example
 * doneSteps(['crm', 'nonsense'], emptyManagedPolicy); //=> Set { 'crm' }
 */
export function doneSteps(stored: readonly unknown[], policy: ManagedPolicy): Set<OnboardingStep> {
  const done = stepsSetByOrganisation(policy);
  for (const step of stored) if ((onboardingSteps as readonly unknown[]).includes(step)) done.add(step as OnboardingStep);
  return done;
}

/**
 * Where to resume: the first step not done, or `'finished'` when all are.
 *
 * @example
 * resumeAt(new Set(['crm'])); //=> 'adapter'
 */
export function resumeAt(done: ReadonlySet<OnboardingStep>): OnboardingStep | 'finished' {
  return onboardingSteps.find((step) => !done.has(step)) ?? 'finished';
}
