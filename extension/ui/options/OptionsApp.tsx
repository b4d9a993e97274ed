/**
 * @module extension/ui/options/OptionsApp
 *
 * The options page: the CRM origins, the adapters, and the settings.
 */
import type { Settings, SettingsRepair } from '@complaint-code/shared';
import { Adapters } from './Adapters.js';
import { CrmOrigins } from './CrmOrigins.js';
import { SettingsForm } from './SettingsForm.js';

export function OptionsApp({ settings, repairs }: { settings: Settings; repairs: SettingsRepair[] }) {
  return (
    <main class="page">
      <h1>Complaint Code</h1>
      <p class="lead">
        Deadline countdowns under the Complaint Handling Code, inside your CRM. Complaint data stays in this browser.
      </p>
      <CrmOrigins />
      <Adapters initial={settings.adapters} />
      <SettingsForm settings={settings} repairs={repairs} />
    </main>
  );
}
