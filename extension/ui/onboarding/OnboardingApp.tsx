/**
 * @module extension/ui/onboarding/OnboardingApp
 *
 * The first-run page: four steps, one at a time, each built from the options page's own parts.
 * Steps the officer finished are stored (reopening resumes); steps the organisation's policy
 * already covers are shown as set by the organisation and count as done.
 */
import { applyManagedPolicy, emptyManagedPolicy, lockedSettings, type CrmAdapter, type ManagedPolicy as Policy, type ManagedProblem, type Settings, type SettingsRepair } from '@complaint-code/shared';
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { shippedAdapters } from '../../lib/shipped-adapters.js';
import { Adapters } from '../options/Adapters.js';
import { CrmOrigins } from '../options/CrmOrigins.js';
import { ManagedPolicy } from '../options/ManagedPolicy.js';
import { SettingsForm } from '../options/SettingsForm.js';
import { TeamFile } from '../options/TeamFile.js';
import { markStepDone } from './progress.js';
import { doneSteps, onboardingStepTitles, onboardingSteps, resumeAt, stepsSetByOrganisation, type OnboardingStep } from './steps.js';
import { TestStep } from './TestStep.js';

/** What each step asks, in plain words. */
const stepWhat: Record<OnboardingStep, string> = {
  crm: 'Type the address of your CRM (the part before the first “/” after the name, for example https://crm.council.example) and select “Add CRM”. Your browser asks you to allow the extension to read pages there: choose Allow.',
  adapter:
    'An adapter tells the extension where your CRM shows each fact of a complaint. Copy and complete a template for your CRM, import the file your team or supplier gave you, or make a new adapter and point at the fields on a case page.',
  settings: 'Choose which Complaint Handling Code your deadlines follow and which Ombudsman your residents can go to, then select “Save settings”.',
  test: 'Check the adapter reads a real case page correctly before you rely on it.',
};

export function OnboardingApp({
  settings,
  repairs,
  policy = emptyManagedPolicy,
  problems = [],
  stored,
}: {
  settings: Settings;
  repairs: SettingsRepair[];
  policy?: Policy;
  problems?: ManagedProblem[];
  /** The stored finished steps (`local:onboardingDone`). */
  stored: readonly unknown[];
}) {
  const finished = useSignal(stored);
  const done = doneSteps(finished.value, policy);
  const byOrganisation = stepsSetByOrganisation(policy);
  const current = useSignal<OnboardingStep | 'finished'>(resumeAt(done));
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // After a move (not on first load), take keyboard and screen reader focus to the new step's heading.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [current.value]);

  const go = (step: OnboardingStep | 'finished') => {
    moved.current = true;
    current.value = step;
  };
  const complete = async (step: OnboardingStep) => {
    finished.value = await markStepDone(step);
    const next = onboardingSteps.slice(onboardingSteps.indexOf(step) + 1).find((later) => !doneSteps(finished.value, policy).has(later));
    go(next ?? resumeAt(doneSteps(finished.value, policy)));
  };

  const state = (step: OnboardingStep) => (byOrganisation.has(step) ? 'Set by your organisation' : done.has(step) ? 'Done' : 'Not done yet');
  const adapters: CrmAdapter[] = [...settings.adapters, ...policy.adapters, ...shippedAdapters];

  const body = (step: OnboardingStep) => {
    switch (step) {
      case 'crm':
        return <CrmOrigins />;
      case 'adapter':
        return (
          <>
            <Adapters initial={settings.adapters} />
            <TeamFile />
          </>
        );
      case 'settings':
        return <SettingsForm settings={applyManagedPolicy(settings, policy)} repairs={repairs} locked={lockedSettings(policy)} />;
      case 'test':
        return <TestStep adapters={adapters} />;
    }
  };

  const step = current.value;
  const index = step === 'finished' ? -1 : onboardingSteps.indexOf(step);
  return (
    <main class="page onboarding">
      <h1>Set up Complaint Code</h1>
      <p class="lead">Four steps to see complaint deadlines inside your CRM. Complaint data stays in this browser.</p>
      <ManagedPolicy policy={policy} problems={problems} />
      <nav aria-labelledby="steps-h">
        <h2 id="steps-h" class="steps-h">
          Steps
        </h2>
        <ol class="steps">
          {onboardingSteps.map((name, i) => (
            <li key={name} class={done.has(name) ? 'is-done' : ''}>
              <button type="button" class="link" aria-current={name === step ? 'step' : undefined} onClick={() => go(name)}>
                {i + 1}. {onboardingStepTitles[name]}
              </button>{' '}
              <span class={done.has(name) ? 'tag mine' : 'tag todo'}>{state(name)}</span>
            </li>
          ))}
        </ol>
      </nav>
      {step === 'finished' ? (
        <section aria-labelledby="step-h" class="step">
          <h2 id="step-h" ref={heading} tabIndex={-1}>
            You’re set up
          </h2>
          <p class="done">All four steps are done.</p>
          <h3>What next</h3>
          <ul class="instructions">
            <li>Open a complaint in your CRM: its deadlines show beside the case heading, and a warning shows while a reply misses something the Code requires.</li>
            <li>Open the Complaint Code side panel from the browser toolbar to see every complaint by its next deadline.</li>
            <li>
              To change anything later, use the{' '}
              <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
                options page
              </button>
              .
            </li>
          </ul>
        </section>
      ) : (
        <section aria-labelledby="step-h" class="step">
          <p class="caption">
            Step {index + 1} of {onboardingSteps.length}
          </p>
          <h2 id="step-h" ref={heading} tabIndex={-1}>
            {onboardingStepTitles[step]}
          </h2>
          {byOrganisation.has(step) ? <p class="done">Your organisation has set this up for you. You can go on to the next step.</p> : null}
          <p>{stepWhat[step]}</p>
          {body(step)}
          <div class="row step-actions">
            <button type="button" class="button" onClick={() => void complete(step)}>
              {index === onboardingSteps.length - 1 ? 'Finish' : 'Continue'}
            </button>
            {index > 0 ? (
              <button type="button" class="link" onClick={() => go(onboardingSteps[index - 1] ?? 'crm')}>
                Back to step {index}
              </button>
            ) : null}
          </div>
        </section>
      )}
    </main>
  );
}
