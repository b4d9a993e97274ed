// A meta-test over the content script's import graph: it runs in every CRM page, so it must stay
// small (goal: 40 KB gzipped) and must never open IndexedDB (it would be the CRM site's database).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as zodFreeShared from '../../shared/src/fact-names.js';
import * as limits from '../../shared/src/limits.js';
import * as safePattern from '../../shared/src/safe-pattern.js';

const entry = path.resolve(import.meta.dirname, '../entrypoints/crm.content/index.tsx');
/** The SDK's zod-free subpath (words, days, the UK date reader): the one SDK code a CRM page may carry. */
const SDK_WORDS = '@complaint-code/sdk/words';
/** Runs in CRM frames too, after an officer's click (content/on-demand). */
const onDemandEntry = path.resolve(import.meta.dirname, '../entrypoints/crm-on-demand.ts');
/** zod, Dexie, and any SDK entry point but the words subpath. */
const forbidden = (from: string) =>
  from === 'zod' || from.startsWith('zod/') || from === 'dexie' || from.startsWith('dexie/') || (from.startsWith('@complaint-code/sdk') && from !== SDK_WORDS);
const SHARED_VALUES_ALLOWED = new Set([...Object.keys(zodFreeShared), ...Object.keys(limits), ...Object.keys(safePattern)]);

interface Import {
  from: string;
  values: string[];
}

/** Value (not type-only) imports of one module. */
function importsOf(source: string): Import[] {
  const found: Import[] = [];
  for (const match of source.matchAll(/^import\s+(type\s+)?([^'";]*?)\s*from\s*'([^']+)'|^import\s+'([^']+)'/gm)) {
    const [, typeOnly, clause = '', from, bare] = match;
    if (bare) {
      found.push({ from: bare, values: ['(side effects)'] });
      continue;
    }
    if (typeOnly || !from) continue;
    const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
    const values = named
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '' && !name.startsWith('type '))
      .map((name) => name.split(/\s+as\s+/)[0] ?? name);
    const defaultOrNamespace = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim();
    if (defaultOrNamespace) values.push(defaultOrNamespace);
    if (values.length > 0) found.push({ from, values });
  }
  return found;
}

function contentScriptGraph(from = entry): Map<string, Import[]> {
  const graph = new Map<string, Import[]>();
  const queue = [from];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (graph.has(file)) continue;
    const imports = importsOf(readFileSync(file, 'utf8'));
    graph.set(file, imports);
    for (const { from } of imports) {
      if (!from.startsWith('.') || from.endsWith('?inline')) continue;
      const base = path.resolve(path.dirname(file), from.replace(/\.js$/, ''));
      queue.push([`${base}.ts`, `${base}.tsx`].find((candidate) => safeExists(candidate)) ?? `${base}.ts`);
    }
  }
  return graph;
}

function safeExists(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

describe('the CRM content script', () => {
  const graph = contentScriptGraph();

  it('should leave the forms and "Point at the editor" to the on-demand script', () => {
    const onDemandOnly = ['ui/CorrectionForm.tsx', 'ui/RecordExtensionForm.tsx', 'ui/evidence/EvidenceForms.tsx', 'ui/extension-notice/ExtensionNoticeForm.tsx', 'ui/extension-notice/SimpleLetterForms.tsx', 'content/picker/pick-editor.ts'];
    const inContentScript = [...graph.keys()].map((file) => path.relative(path.resolve(import.meta.dirname, '..'), file));
    expect(inContentScript.filter((file) => onDemandOnly.includes(file))).toEqual([]);
    const inOnDemand = [...contentScriptGraph(onDemandEntry).keys()].map((file) => path.relative(path.resolve(import.meta.dirname, '..'), file));
    expect(onDemandOnly.filter((file) => !inOnDemand.includes(file))).toEqual([]);
  });

  it('should reach its features through the entry point, and see their value imports', () => {
    expect([...graph.keys()].some((file) => file.endsWith('features/countdown.tsx'))).toBe(true);
    const shared = [...graph.values()].flat().filter((i) => i.from === '@complaint-code/shared');
    expect(shared.flatMap((i) => i.values)).toContain('caseFactLabels');
    const words = [...graph.values()].flat().filter((i) => i.from === SDK_WORDS);
    expect(words.flatMap((i) => i.values)).toEqual(expect.arrayContaining(['formatDay', 'parseUkDate', 'deadlineStateWords']));
  });

  it('should refuse every SDK entry point but the words subpath', () => {
    expect(['zod', 'zod/mini', 'dexie', '@complaint-code/sdk', '@complaint-code/sdk/testing'].filter(forbidden)).toHaveLength(5);
    expect(forbidden(SDK_WORDS)).toBe(false);
  });

  it('should tell value imports from type-only ones', () => {
    expect(importsOf("import { a, type B, c as d } from 'x';\nimport type { E } from 'y';\nimport css from './s.css?inline';")).toEqual([
      { from: 'x', values: ['a', 'c'] },
      { from: './s.css?inline', values: ['css'] },
    ]);
  });

  it('should import no zod, Dexie or SDK code but the zod-free words subpath (types only), nor should the on-demand script', () => {
    const offenders = [...graph, ...contentScriptGraph(onDemandEntry)].flatMap(([file, imports]) =>
      imports.filter((i) => forbidden(i.from)).map((i) => `${path.relative(import.meta.dirname, file)} imports ${i.values.join(', ')} from ${i.from}`),
    );
    expect(offenders).toEqual([]);
  });

  it('should take only zod-free values from @complaint-code/shared (the on-demand script too)', () => {
    const offenders = [...graph, ...contentScriptGraph(onDemandEntry)].flatMap(([file, imports]) =>
      imports
        .filter((i) => i.from === '@complaint-code/shared')
        .flatMap((i) => i.values.filter((name) => !SHARED_VALUES_ALLOWED.has(name)))
        .map((name) => `${path.relative(import.meta.dirname, file)}: ${name} (move it to a zod-free shared module: limits, fact-names, safe-pattern)`),
    );
    expect(offenders).toEqual([]);
  });
});
