import { CrmAdapter } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { explainAdapterIssues } from './explain-adapter-issues.js';

const adapter = { id: 'acme', name: 'Acme', version: 1, casePage: { urlPattern: '^/cases/' }, fields: { reference: { label: 'Reference' }, stage1ReceivedOn: { label: 'Received' } } };

function explain(input: unknown): string[] {
  const parsed = CrmAdapter.safeParse(input);
  if (parsed.success) throw new Error('expected a bad adapter');
  return explainAdapterIssues(parsed.error.issues);
}

describe('explainAdapterIssues', () => {
  it('lists the keys allowed where an unknown one was given, with the nearest for a typo', () => {
    const [message] = explain({ ...adapter, casePage: { urlPattern: '^/x', urlPatern: 'y' } });
    expect(message).toBe('casePage: "urlPatern" is not an option here (did you mean "urlPattern"?). Allowed here: "urlPattern", "visibleCase".');
    expect(explain({ ...adapter, feilds: {} }).join('\n')).toContain('"feilds" is not an option here (did you mean "fields"?)');
  });

  it('names the facts an adapter can read when a fact name is wrong', () => {
    const message = explain({ ...adapter, fields: { ...adapter.fields, receivedOn: { label: 'x' } } }).join('\n');
    expect(message).toContain('fields: "receivedOn" is not an option here');
    expect(message).toContain('"stage1ReceivedOn"');
  });

  it('says which kind of value is wanted, and when one is missing', () => {
    expect(explain({ ...adapter, name: 42 })).toEqual(['name: give text in quotes here, not a number.']);
    const { stage1ReceivedOn: _gone, ...fields } = adapter.fields;
    expect(explain({ ...adapter, fields }).join('\n')).toContain('fields.stage1ReceivedOn:');
  });

  it('says "a list" for an array, never "a array"', () => {
    const messages = explain({ ...adapter, version: 2, editor: { selector: '.reply', never: ['.note'] } });
    expect(messages).toEqual(['editor.never: give text in quotes here, not a list.']);
    expect(messages.join('\n')).not.toMatch(/\ba array\b/);
  });

  it('keeps the schema’s own plain messages', () => {
    expect(explain({ ...adapter, id: 'Not A Slug' })).toEqual(['id: Use lower-case letters, digits and hyphens for the adapter id']);
  });
});
