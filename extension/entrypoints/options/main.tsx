import { render } from 'preact';
import { OptionsApp } from '../../ui/options/OptionsApp.js';
import { loadSettings } from '../../lib/settings-item.js';
import './style.css';

const app = document.getElementById('app');
if (app) {
  const { settings, repairs } = await loadSettings();
  render(<OptionsApp settings={settings} repairs={repairs} />, app);
}
