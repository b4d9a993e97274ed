/**
 * @module extension/lib/explain-adapter-issues
 *
 * Zod's issues about an adapter, in plain words that say what is allowed instead: an unknown key
 * lists the keys allowed at that place (and the nearest one, for a typo), a wrong choice lists the
 * choices, a wrong type names the kind of value wanted. Used by import and by the field editor.
 */
import { caseFactNames } from '@complaint-code/shared';
import type { z } from 'zod';

const LOCATOR_KEYS = ['selector', 'label', 'labelDirection', 'within', 'read', 'attribute', 'pattern', 'dateFormats', 'optional', 'emptyMarkers'];
const EDITOR_KEYS = ['selector', 'label', 'within', 'frames', 'never', 'replyWhen'];
const ADAPTER_KEYS = ['id', 'name', 'version', 'description', 'template', 'origins', 'casePage', 'listPage', 'header', 'fields', 'editor'];

/** The keys allowed at `path` (an adapter's JSON), or undefined when we cannot say. */
function allowedKeys(path: readonly PropertyKey[]): readonly string[] | undefined {
  const [first, second, third, fourth] = path.map(String);
  if (path.length === 0) return ADAPTER_KEYS;
  if (first === 'casePage' && path.length === 1) return ['urlPattern', 'visibleCase'];
  if (first === 'listPage' && path.length === 1) return ['urlPattern', 'row', 'fields'];
  if (first === 'fields' && path.length === 1) return caseFactNames;
  if (first === 'listPage' && second === 'fields' && path.length === 2) return caseFactNames;
  if (first === 'header' && path.length === 1) return LOCATOR_KEYS;
  if (first === 'fields' && path.length === 2) return LOCATOR_KEYS;
  if (first === 'listPage' && second === 'fields' && third !== undefined && fourth === undefined) return LOCATOR_KEYS;
  if (first === 'editor' && path.length === 1) return EDITOR_KEYS;
  return undefined;
}

/** Edit distance, for "did you mean". Short strings only (keys), so the simple table is fine. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function nearest(key: string, allowed: readonly string[]): string | undefined {
  const best = allowed.map((candidate) => [candidate, distance(key, candidate)] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= Math.max(2, Math.floor(key.length / 3)) ? best[0] : undefined;
}

const quoteList = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** "a list", "an object", "a number": zod's bare type names ("array") read as the words the rest of the message uses. */
function withArticle(received: string): string {
  if (/^(a|an|null)\b/.test(received)) return received;
  if (received === 'array') return 'a list';
  return /^[aeiou]/.test(received) ? `an ${received}` : `a ${received}`;
}

const WANTED: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list in [ ]',
  object: 'an object in { }',
};

/**
 * One plain sentence an issue.
 *
 * @example
 * explainAdapterIssues(CrmAdapter.safeParse({ …, fields: { reference: { lable: 'Ref' } } }).error.issues);
 * //=> ['fields.reference: "lable" is not an option here (did you mean "label"?). Allowed here: "selector", "label", …']
 */
export function explainAdapterIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = allowedKeys(issue.path);
        return issue.keys
          .map((key) => {
            const guess = allowed && nearest(key, allowed);
            const hint = guess ? ` (did you mean "${guess}"?)` : '';
            return `${where}"${key}" is not an option here${hint}.${allowed ? ` Allowed here: ${quoteList(allowed)}.` : ''}`;
          })
          .join('\n');
      }
      case 'invalid_value':
        return `${where}${JSON.stringify(issue.input)} is not allowed. Use ${issue.values.length === 1 ? '' : 'one of '}${quoteList(issue.values)}.`;
      case 'invalid_type': {
        // Zod leaves `input` out unless asked; its message ends "received <type>".
        const received = 'input' in issue ? kindOf(issue.input) : /received (\w+)/.exec(issue.message)?.[1];
        const wanted = WANTED[issue.expected] ?? issue.expected;
        if (received === undefined || received === 'undefined' || received === 'nothing') return `${where}this is required (${wanted}).`;
        return `${where}give ${wanted} here, not ${withArticle(received)}.`;
      }
      case 'invalid_union': {
        // Say what the closest branch wanted (the one with fewest issues), not "invalid input".
        const branch = [...issue.errors].filter((errors) => errors.length > 0).sort((a, b) => a.length - b.length)[0];
        if (!branch) return `${where}${issue.message}`;
        return explainAdapterIssues(branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }))).join('\n');
      }
      default:
        return `${where}${issue.message}`;
    }
  });
}
