// `pnpm demo`: from a fresh clone, install and build what is needed, start the demo CRM and open
// Chromium with the extension on the complaints queue. With a display it stays open for you;
// without one (or with --headless) it takes a scripted tour and writes screenshots to demo-output/.
// Flags after `pnpm demo --`: --headless, --today YYYY-MM-DD, --out DIR.
import { pnpm, run } from './lib.mjs';

const args = process.argv.slice(2);

run(process.execPath, ['scripts/setup.mjs']); // dependencies, the SDK's build, Debian's Chromium
pnpm(['run', 'build:e2e']); // the extension, with the demo CRM's origin granted up front
run(process.execPath, ['--conditions=source', '--import', 'tsx', 'e2e/demo/run.ts', ...args]);
