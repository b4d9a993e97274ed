import { describe, expect, it } from 'vitest';
import { CrmAdapter } from './adapter.js';
import { builtinAdapters } from './builtin-adapters/index.js';
import { findListAdapterFor, isListPage } from './panel.js';

const withList = CrmAdapter.parse({
  id: 'acme',
  name: 'Acme',
  version: 2,
  origins: ['https://crm.example'],
  casePage: { urlPattern: '^/cases/' },
  listPage: { urlPattern: '^/queue(?:\\?|$)', row: 'tr', fields: { reference: { selector: 'a' } } },
  fields: { reference: { selector: '#ref' }, stage1ReceivedOn: { label: 'Received' } },
});

describe('isListPage', () => {
  it('should match the list page URL on the adapter origins only', () => {
    expect(isListPage(new URL('https://crm.example/queue?page=2'), withList)).toBe(true);
    expect(isListPage(new URL('https://crm.example/cases/1'), withList)).toBe(false);
    expect(isListPage(new URL('https://other.example/queue'), withList)).toBe(false);
    const { listPage: _none, ...withoutList } = withList;
    expect(isListPage(new URL('https://crm.example/queue'), withoutList)).toBe(false);
  });

  it('should find the demo CRM queue with the built-in adapters', () => {
    expect(findListAdapterFor(new URL('http://localhost:4310/'), builtinAdapters)?.id).toBe('demo-classic');
    expect(findListAdapterFor(new URL('http://localhost:4310/cases/HC-2026-0412'), builtinAdapters)).toBeUndefined();
  });
});
