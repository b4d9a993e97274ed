// `pnpm test`: every check, in the order a failure is cheapest to find.
import { pnpm } from './lib.mjs';

const steps = [
  ['lint', ['exec', 'eslint', '.', '--max-warnings=0']],
  ['typecheck', ['run', 'typecheck']],
  // TypeDoc over the SDK's exports without writing files: a broken {@link} fails (treatWarningsAsErrors).
  ['API reference links (TypeDoc)', ['run', 'docs:check']],
  ['unit tests', ['exec', 'vitest', 'run']],
  ['time-zone runs', ['run', 'test:tz']],
  // The packed SDK tarball in a vendor project: type-checks under node16 and bundler resolution, and runs.
  ['vendor example (packed SDK)', ['run', 'test:vendor']],
  // The SDK in a vendor's browser bundle (esbuild, minified, gzipped, from dist/): addWorkingDays alone ≤ 8 KB; the
  // whole SDK under a ceiling of its measured size (goal 40 KB, issue 14); zod's English messages survive bundling.
  ['SDK browser bundle sizes', ['exec', 'tsx', 'sdk/bench/bundle-size.ts', '--check']],
  // Firefox MV3 build, then Mozilla's addons-linter: it exits non-zero on any error.
  ['firefox build + addons-linter', ['run', 'lint:firefox']],
  // The store zips: Chrome, Firefox and sources; no demo adapter or origin in either, addons-linter 0 errors.
  ['store zips (pnpm package)', ['run', 'package']],
  // Last: the slowest. Real Chromium, the e2e build of the extension, the demo CRM.
  // The hostile-page journey loads the shipped build (closed shadow roots); the rest the e2e build.
  ['production build', ['run', 'build']],
  // The CRM content script runs in every frame of a granted CRM: at most 40 KB gzipped (the script's default).
  ['content script size', ['exec', 'node', 'scripts/check-bundle-size.mjs']],
  // Its forms and "Point at the editor" load on demand after a click (content/on-demand), built against the
  // content script's Preact: 16 KB gzipped is room for them, not for a second Preact.
  ['on-demand script size', ['exec', 'node', 'scripts/check-bundle-size.mjs', '.output/chrome-mv3/crm-on-demand.js', String(16 * 1024)]],
  ['e2e build', ['run', 'build:e2e']],
  ['e2e journeys (Playwright)', ['--filter', '@complaint-code/e2e', 'test']],
  // Real Firefox (Debian's firefox-esr over WebDriver BiDi): countdown, side panel, options page.
  ['firefox e2e build', ['run', 'build:firefox:e2e']],
  ['firefox smoke journey', ['--filter', '@complaint-code/e2e', 'firefox']],
];

const started = Date.now();
for (const [name, args] of steps) {
  console.log(`\n━━ ${name}`);
  pnpm(args);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
