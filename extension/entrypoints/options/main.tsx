import { render } from 'preact';
import { OptionsApp } from '../../ui/options/OptionsApp.js';
import { loadEffectiveSettings, watchManagedPolicy } from '../../lib/managed-policy.js';
import './style.css';

const app = document.getElementById('app');
if (app) {
  const show = async () => {
    const { own, repairs, policy, problems } = await loadEffectiveSettings();
    // Keyed by the policy: when IT changes it, the page shows the new values at once.
    render(<OptionsApp key={JSON.stringify(policy)} settings={own} repairs={repairs} policy={policy} problems={problems} />, app);
  };
  await show();
  watchManagedPolicy(() => void show());
}
