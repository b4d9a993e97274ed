// `@complaint-code/sdk/words` is what the content script may carry: it must bundle without zod (or
// the bank-holiday data), and give the same functions as the main entry point.
// A test that bundles the subpath runs in Node only (the lint rule guards library code that browsers run).
// eslint-disable-next-line no-restricted-imports
import path from 'node:path';
// eslint-disable-next-line no-restricted-imports
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as main from './index.js';
import * as words from './words.js';

const entry = path.resolve(import.meta.dirname, 'words.ts');

async function bundle(entryPoint: string) {
  const result = await build({ entryPoints: [entryPoint], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', minify: true, logLevel: 'silent' });
  return { inputs: Object.keys(result.metafile.inputs), bytes: result.outputFiles[0]?.contents ?? new Uint8Array() };
}

describe('@complaint-code/sdk/words', () => {
  it('should bundle without zod or the bank-holiday data', async () => {
    const { inputs, bytes } = await bundle(entry);
    expect(inputs.filter((file) => /node_modules|zod|bank-holidays|calendar\//.test(file))).toEqual([]);
    // A guard against a heavy import creeping in (the whole subpath is about 4 KB gzipped today).
    expect(gzipSync(bytes).length).toBeLessThan(8 * 1024);
  });

  it('should notice a module that pulls zod (the check can fail)', async () => {
    const { inputs } = await bundle(path.resolve(import.meta.dirname, 'dates/isoDate.ts'));
    expect(inputs.some((file) => file.includes('zod'))).toBe(true);
  });

  it('should give the very functions the main entry point gives', () => {
    for (const [name, value] of Object.entries(words)) expect(main[name as keyof typeof main], name).toBe(value);
  });
});
