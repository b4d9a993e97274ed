// The side panel (Chrome `side_panel`, Firefox `sidebar_action`): thin; the UI lives in extension/sidepanel/.
import { render } from 'preact';
import { PanelApp } from '../../sidepanel/PanelApp.js';
import { startPanelData } from '../../sidepanel/use-panel-data.js';
import '../../sidepanel/panel.css';

// The reads start before the first render, not in an effect after it.
startPanelData();
const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
