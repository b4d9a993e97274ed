// "Pick on page" and "Test on this page": injected into the CRM frame that owns the case only when
// the options page asks (ui/options/pick-on-page.ts, scripting.executeScript with `files`, so no
// web_accessible_resources), to keep this code out of the content script every CRM frame loads.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extensionLifetime } from '../content/picker/extension-lifetime.js';
import { listenForPicker } from '../content/picker/listen-for-picker.js';

/** Set in the extension's isolated world (the page cannot see it): one listener a frame however often injected. */
const INJECTED = '__complaintCodePicker';

export default defineUnlistedScript(() => {
  const world = globalThis as { [INJECTED]?: true };
  if (world[INJECTED]) return;
  world[INJECTED] = true;
  listenForPicker(extensionLifetime());
});
