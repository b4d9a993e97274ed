// The CRM overlay. Registered at run time only on CRM origins the user granted (see
// background/crm-content-script.ts); never in the manifest, so it asks for no host access itself.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CRM_ORIGINS_KEY, isAddedOrigin } from '../../lib/crm-origin.js';
import { countdown } from '../../content/features/countdown.js';
import { draftChecklist } from '../../content/features/draft-checklist.js';
import { harvestList } from '../../content/features/harvest-list.js';
import { listenForOwnerQueries } from '../../content/case-owner.js';
import { loadParts } from '../../content/on-demand/load-parts.js';
import { runFeatures } from '../../content/run-features.js';
import { takeOverTab } from '../../content/take-over-tab.js';
import { setOnDemandLoader } from '../../ui/on-demand.js';

export default defineContentScript({
  registration: 'runtime',
  // Styles are passed to the shadow root as a string: a runtime script has no `matches`, so WXT
  // cannot make a CSS file web-accessible for it (aesthetics-anchors recipe C).
  cssInjectionMode: 'manual',
  // WXT's start-up postMessage tells every page our extension id and invites a replay; the handover
  // between copies goes through the content script's own world instead (content/take-over-tab.ts).
  noScriptStartedPostMessage: true,
  // Every frame of a granted origin, including about:blank/srcdoc frames (see crm-content-script.ts).
  main(ctx) {
    // A frame with no address of its own (an editor's about:blank or srcdoc body) is reached by
    // the frame that owns the case (content/editors/find-reply-editor.ts): nothing to do here.
    if (!/^https?:$/.test(location.protocol)) return;
    if (!import.meta.env.FIREFOX) return start(ctx);
    // Firefox registers us on every port of a granted host: run only on the port that was added.
    void browser.storage.local.get(CRM_ORIGINS_KEY).then((stored) => {
      if (!ctx.isInvalid && isAddedOrigin(location.origin, stored[CRM_ORIGINS_KEY])) start(ctx);
    });
  },
});

function start(ctx: ContentScriptContext): void {
  takeOverTab(ctx);
  listenForOwnerQueries(ctx);
  // The forms and "Point at the editor" arrive only after an officer's click (content/on-demand).
  setOnDemandLoader(() => loadParts());
  runFeatures(ctx, [countdown, harvestList, draftChecklist]);
}
