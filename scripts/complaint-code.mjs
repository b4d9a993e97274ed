// `pnpm complaint-code …` from the repo root: the SDK's CLI as vendors get it (built to dist).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pnpm, root } from './lib.mjs';

const bin = path.join(root, 'sdk/dist/cli/main.js');
if (!existsSync(bin)) pnpm(['--filter', '@complaint-code/sdk', 'run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
