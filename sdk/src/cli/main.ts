#!/usr/bin/env node
// The `complaint-code` bin. All logic lives in runCli so tests can run it in-process.
import { runCli } from './run-cli.js';

// `complaint-code report big.csv | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
