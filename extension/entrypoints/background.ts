// The service worker: wires modules, keeps nothing in memory that matters (it may stop any time).
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { serialClaims, sessionOwnerStore } from '../background/case-frames.js';
import { injectIntoOpenTabs, isGrantedOrigin, syncCrmContentScript } from '../background/crm-content-script.js';
import { type ComplaintDb, openDb, today } from '../data/index.js';
import { createMessageHandler } from '../background/handle-message.js';
import { loadOnDemand } from '../background/load-on-demand.js';
import { startPanelBackground } from '../background/panel-wiring.js';
import { shouldOpenOnboarding } from '../background/first-run.js';
import { updateSettings } from '../lib/settings-item.js';
import { loadEffectiveSettings, watchManagedPolicy } from '../lib/managed-policy.js';
import { shippedAdapters } from '../lib/shipped-adapters.js';

export default defineBackground({
  type: 'module',
  main() {
    let db: ComplaintDb | undefined;
    // The officer's settings under the organisation's policy (storage.managed), read afresh each time.
    const settings = async () => (await loadEffectiveSettings()).settings;
    const refreshBadge = startPanelBackground({ db: () => (db ??= openDb()), settings, today });
    const handle = createMessageHandler({
      runtimeId: browser.runtime.id,
      db: () => (db ??= openDb()),
      settings,
      builtinAdapters: shippedAdapters,
      isGrantedOrigin,
      today,
      now: () => new Date(),
      onCasesChanged: refreshBadge,
      claimCase: serialClaims({
        store: sessionOwnerStore(browser.storage.session),
        async stillShows(tabId, frameId, caseId) {
          try {
            const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'frame/owns-case', caseId }, { frameId });
            return (reply as { ok?: boolean; data?: unknown } | undefined)?.data === true;
          } catch {
            return false; // the frame is gone
          }
        },
      }),
      async saveSettings(change) {
        const saved = await updateSettings(change);
        if (!saved.success) throw new Error(`The settings were not saved: ${saved.error.issues[0]?.message ?? 'invalid settings'}`);
      },
      loadOnDemand,
    });

    // Listeners are added synchronously, so a message that wakes the worker is not missed.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      void handle(message, sender).then((reply) => {
        sendResponse(reply);
        // A case page's facts may have moved a case in or out of "overdue or due today".
        if (reply.ok && typeof message === 'object' && message !== null && String((message as { type?: unknown }).type).startsWith('case/')) refreshBadge();
      });
      return true; // answering asynchronously
    });

    const resync = () => void syncCrmContentScript().catch((error: unknown) => console.error('Complaint Code: could not register the CRM overlay', error));
    browser.runtime.onInstalled.addListener(({ reason }) => {
      resync();
      void injectIntoOpenTabs();
      if (shouldOpenOnboarding(reason, import.meta.env.MODE)) void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
    });
    browser.runtime.onStartup.addListener(resync);
    browser.permissions.onAdded.addListener(() => {
      resync();
      void injectIntoOpenTabs();
    });
    browser.permissions.onRemoved.addListener(resync);
    browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(`frame-owner:${tabId}`));
    // IT changed the policy while the browser runs: new settings reach the badge now, and open
    // case pages get the overlay again (with the policy's adapters) without a restart.
    watchManagedPolicy(() => {
      refreshBadge();
      void injectIntoOpenTabs();
    });
  },
});
