/**
 * @module extension/ui/onboarding/progress
 *
 * The first-run steps the officer finished, kept in `local:onboardingDone` so reopening the page
 * resumes where they left off.
 */
import { storage } from 'wxt/utils/storage';
import { onboardingSteps, type OnboardingStep } from './steps.js';

/** Names of the finished steps (read through `doneSteps`, which drops anything unknown). */
export const onboardingDone = storage.defineItem<unknown[]>('local:onboardingDone', { fallback: [] });

/**
 * Store `step` as done (once) and return the stored list.
 *
 * @example
 * await markStepDone('crm'); //=> ['crm']
 */
export async function markStepDone(step: OnboardingStep): Promise<OnboardingStep[]> {
  const stored = await onboardingDone.getValue();
  const known = (Array.isArray(stored) ? stored : []).filter((name): name is OnboardingStep => (onboardingSteps as readonly unknown[]).includes(name));
  const next = known.includes(step) ? known : [...known, step];
  await onboardingDone.setValue(next);
  return next;
}
