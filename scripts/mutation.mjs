// `pnpm mutation [scope…]`: StrykerJS, one scope at a time (see mutation/scopes.mjs), then a one-line
// score per scope. Not part of `pnpm test`: it takes minutes, and the machine is shared.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { scopes } from '../mutation/scopes.mjs';

// Scope names, and Stryker flags to pass on (`--force` ignores the incremental file: Stryker reuses
// results for "static" mutants, those run at import time, even when new tests would now kill them).
const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const unknown = asked.filter((name) => !(name in scopes));
if (unknown.length > 0) {
  console.error(`Unknown scope ${unknown.join(', ')}: use ${Object.keys(scopes).join(', ')}`);
  process.exit(2);
}
const names = asked.length > 0 ? asked : Object.keys(scopes);
const summary = [];
let failed = false;
for (const name of names) {
  console.log(`\n== mutation: ${name}`);
  const run = spawnSync('pnpm', ['exec', 'stryker', 'run', 'stryker.config.mjs', ...flags], { stdio: 'inherit', env: { ...process.env, MUTATION_SCOPE: name } });
  if (run.status !== 0) {
    failed = true;
    summary.push(`${name}: Stryker exited with ${run.status}`);
    continue;
  }
  const report = JSON.parse(readFileSync(`reports/mutation/${name}.json`, 'utf8'));
  const counts = {};
  for (const file of Object.values(report.files)) for (const mutant of file.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  summary.push(`${name}: ${valid ? ((100 * detected) / valid).toFixed(1) : '–'}% (${detected} of ${valid} detected; ${JSON.stringify(counts)})`);
}
console.log(`\nMutation score (killed + timeout over valid mutants):\n  ${summary.join('\n  ')}`);
process.exit(failed ? 1 : 0);
