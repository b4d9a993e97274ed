// The side panel (Chrome `side_panel`, Firefox `sidebar_action`): thin; the UI lives in extension/sidepanel/.
import { render } from 'preact';
import { PanelApp } from '../../sidepanel/PanelApp.js';
import '../../sidepanel/panel.css';

const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
