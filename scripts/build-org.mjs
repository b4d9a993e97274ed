// `pnpm build:org -- --origin https://crm.council.example [--origin …] [--key keys/our.pub]`
// (or CC_ORG_ORIGINS / CC_ORG_KEY): the organisation build, with its CRM origins granted at
// install and a fixed extension id, for force-installing by policy (docs/deploy.md). Writes
// .output/chrome-mv3-org (Chrome, Edge) and .output/firefox-mv3-org (Firefox).
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { orgOrigins } from './org-origins.mjs';

const argv = process.argv.slice(2);
// pnpm 10 passes the `--` of `pnpm build:org -- --origin …` on to the script.
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: { origin: { type: 'string', multiple: true }, key: { type: 'string' }, firefox: { type: 'boolean', default: true } },
});
let origins;
try {
  origins = orgOrigins([...(values.origin ?? []), ...(process.env.CC_ORG_ORIGINS ?? '').split(/[\s,]+/)]);
} catch (error) {
  console.error(`build:org: ${error.message}`);
  process.exit(2);
}
if (origins.length === 0) {
  console.error('build:org: give at least one CRM address: pnpm build:org -- --origin https://crm.council.example');
  process.exit(2);
}
const env = { ...process.env, CC_ORG_ORIGINS: origins.join(','), ...(values.key ? { CC_ORG_KEY: values.key } : {}) };
for (const browser of values.firefox ? ['chrome', 'firefox'] : ['chrome']) {
  const result = spawnSync('pnpm', ['exec', 'wxt', 'build', '--mode', 'org', '-b', browser, '--mv3'], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
console.log(`Organisation build for ${origins.join(', ')}: .output/chrome-mv3-org, .output/firefox-mv3-org`);
