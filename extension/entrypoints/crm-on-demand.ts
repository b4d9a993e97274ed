// The overlay's on-demand part (content/on-demand/parts.ts): run in one CRM frame by the background
// (background/load-on-demand.ts, scripting.executeScript with `files`, so no web_accessible_resources)
// only when that frame's content script asks, after an officer's click. Built against the content
// script's own Preact (wxt.config.ts aliases it to content/on-demand/shims), so it adds only its forms.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { handover } from '../content/on-demand/handover.js';
import { onDemandParts } from '../content/on-demand/parts.js';

export default defineUnlistedScript(() => {
  handover().register(onDemandParts);
});
