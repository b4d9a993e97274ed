// Letters bundle size: the SDK's letters code as a browser would ship it — bundled with esbuild from
// sdk/src/letters/index.ts, minified, zod left out (the caller already has it), then gzipped. The budget
// (issue 12) is 30 KB gzipped. Also prints the checker alone (checkDraft and what it needs), since the full
// letters entry also carries proposeExtension's working-day calendar and bank-holiday table.
// Run with `pnpm exec tsx --conditions=source sdk/bench/letters-size.ts` (part of `pnpm bench`).
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const letters = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'src', 'letters');
const BUDGET = 30 * 1024;

// Leaves out modules outside sdk/src/letters (the calendar, bank holidays and deadline rule sets that
// proposeExtension uses): they are the deadlines code, shipped and measured with it.
const lettersOnly: Plugin = {
  name: 'letters-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      return target.startsWith(letters) ? undefined : { path: args.path, external: true };
    });
  },
};

async function size(label: string, contents: string, plugins: Plugin[] = []): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: letters, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external: ['zod'],
    conditions: ['source'],
    write: false,
    logLevel: 'silent',
    plugins,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(`${label.padEnd(52)} ${(code.length / 1024).toFixed(1).padStart(6)} KB minified, ${(gz / 1024).toFixed(1).padStart(5)} KB gzipped`);
  return gz;
}

await size('sdk/src/letters/index.ts with the calendar it imports', "export * from './index.ts';");
const own = await size('sdk/src/letters/index.ts, letters code only', "export * from './index.ts';", [lettersOnly]);
await size('the checker alone (checkDraft)', "export { checkDraft } from './check-draft.ts';");
console.log(`Budget: ${(BUDGET / 1024).toFixed(0)} KB gzipped without zod for the letters code — ${own <= BUDGET ? 'within' : 'OVER'}.`);
