/**
 * Runs the demo CRM until stopped: `tsx e2e/demo-crm/main.ts [--today 2026-11-24] [--port 4310]`.
 * "Today" comes from `--today`, else `DEMO_TODAY`, else the real date in Europe/London.
 */
import { parseArgs } from 'node:util';
import { IsoDate } from '@complaint-code/sdk';
import { startDemoCrm } from './server.js';

// pnpm 10 passes the `--` of `pnpm --filter … crm -- --today …` on to the script; parseArgs would
// take everything after it as positionals, so a leading `--` is dropped.
const argv = process.argv.slice(2);
const { values } = parseArgs({ args: argv[0] === '--' ? argv.slice(1) : argv, options: { today: { type: 'string' }, port: { type: 'string' } } });
const todayInput = values.today ?? process.env.DEMO_TODAY;
const today = todayInput === undefined ? undefined : IsoDate.safeParse(todayInput);
if (today && !today.success) {
  console.error(`--today: ${today.error.issues[0]?.message ?? 'use a date like 2026-11-24'}`);
  process.exit(2);
}
const port = Number(values.port ?? 4310);
if (!Number.isInteger(port) || port <= 0 || port > 65_535) {
  console.error(`--port: ${values.port} is not a port number`);
  process.exit(2);
}

const crm = await startDemoCrm({ port, ...(today && { today: today.data }) });
console.log(`Demo CRM on ${crm.url} (today is ${crm.today}). Ctrl+C to stop.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void crm.close().then(() => process.exit(0)));
}
