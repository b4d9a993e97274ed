// Set-up that every README command runs first: dependencies, the SDK's build (the CLI runs from
// dist, as vendors get it) and, unless --no-browser, Debian's Chromium for the e2e tests and demo
// and Debian's Firefox ESR for the Firefox smoke journey.
import { ensureChromium, ensureFirefox, pnpm } from './lib.mjs';

const withBrowser = !process.argv.includes('--no-browser');

pnpm(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
pnpm(['--filter', '@complaint-code/sdk', 'run', 'build']);
if (withBrowser) {
  ensureChromium();
  ensureFirefox();
}
