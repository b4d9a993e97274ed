/**
 * @module extension/background/panel-wiring
 *
 * The side panel's part of the service worker: open the panel from the toolbar button, keep the
 * alarms, badge and notifications going. Listeners are added synchronously from `main()`, so an
 * alarm that wakes a stopped worker is not missed.
 */
import { browser } from 'wxt/browser';
import { settingsItem } from '../lib/settings-item.js';
import { ensureAlarms, handleAlarm, type AlarmDeps } from './alarms.js';
import { currentRows, showBadge } from '../data/index.js';

/** Chrome's side panel API (not in the polyfill's types); absent in Firefox, which uses `sidebar_action`. */
interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
/** Firefox's sidebar API (absent in Chrome). */
interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

function logError(what: string) {
  return (error: unknown) => console.error(`Complaint Code: could not ${what}`, error);
}

/**
 * Start the panel's background work; returns the badge refresher to call after cases change.
 *
 * @example
 * const refreshBadge = startPanelBackground({ db, settings, today });
 */
export function startPanelBackground(deps: AlarmDeps): () => void {
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
  if (api.sidePanel) void api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(logError('set the side panel to open from the toolbar'));
  else if (api.sidebarAction) {
    const sidebar = api.sidebarAction;
    browser.action.onClicked.addListener(() => void sidebar.toggle().catch(logError('open the sidebar')));
  }

  const ensure = () => void deps.settings().then((settings) => ensureAlarms(settings, new Date())).catch(logError('set the alerts'));
  const refreshBadge = () =>
    void Promise.all([deps.settings(), deps.today()])
      .then(([settings, today]) => currentRows(deps.db(), settings, today))
      .then(showBadge)
      .catch(logError('update the badge'));

  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm.name, deps).catch(logError('check the deadlines')));
  browser.runtime.onInstalled.addListener(() => {
    ensure();
    refreshBadge();
  });
  browser.runtime.onStartup.addListener(() => {
    ensure();
    refreshBadge();
  });
  // A new time or switch for the daily summary moves its alarm at once.
  settingsItem.watch(() => {
    ensure();
    refreshBadge();
  });
  return refreshBadge;
}
