import { readFileSync } from 'node:fs';
import { annualReportCommand } from './commands/annual-report.js';
import { check } from './commands/check.js';
import { deadlines } from './commands/deadlines.js';
import { notice } from './commands/notice.js';
import { report } from './commands/report.js';
import { UsageError, type CliCommand, type CliIo } from './io.js';

/** The subcommands, in the order the usage lists them. Each handles its own `--help`. */
const COMMANDS: Record<string, { run: CliCommand; summary: string }> = {
  deadlines: { run: deadlines, summary: "A complaint's Code deadlines, state and working days left" },
  report: { run: report, summary: 'Deadlines and state of every case in a CSV/NDJSON export, then CH01/CH02' },
  'annual-report': { run: annualReportCommand, summary: 'The annual complaints report (Code 8.1) for a period, as text, JSON, HTML or CSV' },
  check: { run: check, summary: 'Check a draft response letter against the Code' },
  notice: { run: notice, summary: 'Write an extension or stage 2 notice' },
};

const USAGE = `Usage: complaint-code <command> [options]

The Housing Ombudsman's Complaint Handling Code (and the LGSCO Code) on the command line.

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(15)}${summary}`)
  .join('\n')}

  complaint-code <command> --help   options of one command
  complaint-code -V, --version      the SDK version

Exit codes: 0 done, 2 bad input (the message names the option, field or row), 1 a bug.
`;

function version(): string {
  // Same relative path from src/cli and dist/cli.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * Runs `complaint-code` with the given arguments (without `node` and the script path) and returns
 * the exit code. Input errors print their message only (no stack) and return 2.
 *
 * @example
 * const code = await runCli(['deadlines', '--received', '2026-12-18', '--today', '2027-01-04'], io);
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    io.stderr.write(USAGE);
    return 2;
  }
  if (name === '--help' || name === '-h') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (name === '--version' || name === '-V' || name === '-v') {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  if (name === 'help') {
    const topic = rest[0];
    if (topic === undefined) {
      io.stdout.write(USAGE);
      return 0;
    }
    return runCli([topic, '--help'], io);
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    io.stderr.write(`Unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`complaint-code ${name}: unexpected error (a bug; please report it):\n${detail}\n`);
    return 1;
  }
}
