import type { Readable, Writable } from 'node:stream';

/**
 * What a CLI command may touch. Commands take it as a parameter so tests can run them in-process
 * with captured output instead of spawning a process.
 */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** The working directory relative file paths are read from. */
  readonly cwd: string;
}

/**
 * A CLI subcommand: gets its own arguments (after the command name) and returns the exit code.
 * Exit 0 on success, 2 on bad input (with a message on stderr naming the field or row), 1 on a bug.
 */
export type CliCommand = (args: readonly string[], io: CliIo) => Promise<number>;

/** Thrown by a command for input the user must fix; the CLI prints the message (no stack) and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Rewrites zod's wording for a missing value ("Invalid input: expected string, received undefined")
 * in plain words; other messages pass through.
 *
 * @example
 * plainIssueMessage('Invalid input: expected string, received undefined'); // 'required, but empty'
 * plainIssueMessage('Invalid input: expected string, received undefined', 'required, but not given');
 */
export function plainIssueMessage(message: string, missing = 'required, but empty'): string {
  return /received undefined$/.test(message) ? missing : message;
}
