/**
 * @module extension/ui/options/OptionsApp
 *
 * The options page: what the organisation sets, the CRM origins, the adapters, the settings, and
 * the team file.
 */
import { applyManagedPolicy, emptyManagedPolicy, lockedSettings, type ManagedPolicy as Policy, type ManagedProblem, type Settings, type SettingsRepair } from '@complaint-code/shared';
import { Adapters } from './Adapters.js';
import { CrmOrigins } from './CrmOrigins.js';
import { ManagedPolicy } from './ManagedPolicy.js';
import { SettingsForm } from './SettingsForm.js';
import { TeamFile } from './TeamFile.js';

export function OptionsApp({
  settings,
  repairs,
  policy = emptyManagedPolicy,
  problems = [],
}: {
  /** The officer's own settings (the policy is applied on top when they are read). */
  settings: Settings;
  repairs: SettingsRepair[];
  policy?: Policy;
  problems?: ManagedProblem[];
}) {
  // The form shows the policy's value for a locked setting, the officer's own for the rest.
  const locked = lockedSettings(policy);
  return (
    <main class="page">
      <h1>Complaint Code</h1>
      <p class="lead">
        Deadline countdowns under the Complaint Handling Code, inside your CRM. Complaint data stays in this browser.
      </p>
      <ManagedPolicy policy={policy} problems={problems} />
      <CrmOrigins />
      <Adapters initial={settings.adapters} />
      <SettingsForm settings={applyManagedPolicy(settings, policy)} repairs={repairs} locked={locked} />
      <TeamFile />
    </main>
  );
}

