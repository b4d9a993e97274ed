// Dates in the SDK are calendar dates in Europe/London: results must not move with the machine's
// time zone. Run the SDK's suite again under zones far from London on both sides.
import { pnpm } from './lib.mjs';

for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
  console.log(`\n— SDK tests with TZ=${tz}`);
  pnpm(['exec', 'vitest', 'run', '--project', 'sdk', '--project', 'shared', '--reporter=dot'], { env: { TZ: tz } });
}
