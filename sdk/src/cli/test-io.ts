// Test helper: runs the CLI in-process with captured streams (excluded from the build as test-*.ts).
import { Readable, Writable } from 'node:stream';
import { runCli } from './run-cli.js';

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      callback();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** Runs `complaint-code …args` with `stdin` (text, or chunks) as standard input; returns the exit code and output. */
export async function runWith(args: string[], options: { stdin?: string | string[]; cwd?: string } = {}) {
  const stdout = sink();
  const stderr = sink();
  const code = await runCli(args, {
    stdin: Readable.from(options.stdin === undefined ? [] : typeof options.stdin === 'string' ? [options.stdin] : options.stdin),
    stdout: stdout.stream,
    stderr: stderr.stream,
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
