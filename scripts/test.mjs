// `pnpm test`: every check, in the order a failure is cheapest to find.
import { pnpm } from './lib.mjs';

const steps = [
  ['lint', ['exec', 'eslint', '.', '--max-warnings=0']],
  ['typecheck', ['run', 'typecheck']],
  ['unit tests', ['exec', 'vitest', 'run']],
  ['time-zone runs', ['run', 'test:tz']],
];

const started = Date.now();
for (const [name, args] of steps) {
  console.log(`\n━━ ${name}`);
  pnpm(args);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
