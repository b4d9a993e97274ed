/**
 * @module extension/lib/adapter-json
 *
 * Adapters travel as JSON files an admin hands to a team. Import accepts one adapter or a list,
 * and says exactly what is wrong with a bad one (zod's messages, with the path).
 */
import { CrmAdapter } from '@complaint-code/shared';
import { z } from 'zod';
import { explainAdapterIssues } from './explain-adapter-issues.js';

/** The largest adapter file read (characters; an adapter is a few KB). */
export const MAX_ADAPTER_FILE_CHARS = 1024 * 1024;

export type AdapterImport = { ok: true; adapters: CrmAdapter[] } | { ok: false; message: string };

/**
 * @example
 * parseAdapterJson('{"id":"acme", …}'); //=> { ok: true, adapters: [{ id: 'acme', … }] }
 * parseAdapterJson('{'); //=> { ok: false, message: 'This is not JSON: …' }
 */
export function parseAdapterJson(text: string): AdapterImport {
  // Refused before parsing: a huge file would otherwise fail later, at storage, out of sight.
  if (text.length > MAX_ADAPTER_FILE_CHARS) {
    return { ok: false, message: `This file is ${(text.length / (1024 * 1024)).toFixed(1)} MB. An adapter file is a few KB; the most the extension reads is 1 MB. Nothing was imported.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `This is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = z.union([CrmAdapter, z.array(CrmAdapter).min(1, 'The list has no adapters')]).safeParse(data);
  if (!result.success) {
    // A union's error is vague; parse as the shape it looks like, for the precise message.
    const precise = Array.isArray(data) ? z.array(CrmAdapter).safeParse(data) : CrmAdapter.safeParse(data);
    const issues = (precise.error ?? result.error).issues;
    // In a list, say which adapter, then explain the issue as for a single one.
    const lines = issues.map((issue) => {
      const [index, ...rest] = issue.path;
      if (!Array.isArray(data) || typeof index !== 'number') return explainAdapterIssues([issue]).join('\n');
      return `Adapter ${index + 1}: ${explainAdapterIssues([{ ...issue, path: rest }]).join('\n')}`;
    });
    return { ok: false, message: `This is not a valid adapter:\n${lines.map((line) => `• ${line}`).join('\n')}` };
  }
  const adapters = Array.isArray(result.data) ? result.data : [result.data];
  const ids = adapters.map((adapter) => adapter.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) return { ok: false, message: `Two adapters in this file have the id "${duplicate}"` };
  return { ok: true, adapters };
}

/**
 * Pretty JSON for export; parsing it again gives the same adapter.
 *
 * @example
 * adapterToJson(adapter); //=> '{\n  "id": "acme", …'
 */
export function adapterToJson(adapter: CrmAdapter | CrmAdapter[]): string {
  return `${JSON.stringify(adapter, null, 2)}\n`;
}

/**
 * Put imported adapters into the user's list: same id replaces, new ids are added at the end.
 *
 * @example
 * mergeAdapters([a1], [a1v2, b]); //=> { adapters: [a1v2, b], replaced: ['a1'], added: ['b'] }
 */
export function mergeAdapters(existing: readonly CrmAdapter[], incoming: readonly CrmAdapter[]) {
  const adapters = [...existing];
  const replaced: string[] = [];
  const added: string[] = [];
  for (const adapter of incoming) {
    const index = adapters.findIndex((candidate) => candidate.id === adapter.id);
    if (index === -1) {
      adapters.push(adapter);
      added.push(adapter.id);
    } else {
      adapters[index] = adapter;
      replaced.push(adapter.id);
    }
  }
  return { adapters, replaced, added };
}
