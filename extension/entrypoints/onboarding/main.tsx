import { render } from 'preact';
import { OnboardingApp } from '../../ui/onboarding/OnboardingApp.js';
import { onboardingDone } from '../../ui/onboarding/progress.js';
import { loadEffectiveSettings } from '../../lib/managed-policy.js';
import '../options/style.css';
import './style.css';

const app = document.getElementById('app');
if (app) {
  const [{ own, repairs, policy, problems }, stored] = await Promise.all([loadEffectiveSettings(), onboardingDone.getValue()]);
  render(<OnboardingApp settings={own} repairs={repairs} policy={policy} problems={problems} stored={Array.isArray(stored) ? stored : []} />, app);
}
