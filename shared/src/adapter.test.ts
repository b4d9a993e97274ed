import { describe, expect, expectTypeOf, it } from 'vitest';
import { CrmAdapter, FieldLocator, findAdapterFor, isCasePage, type CrmAdapterInput } from './adapter.js';

const adapter: CrmAdapterInput = {
  id: 'demo-classic',
  name: 'Demo CRM (classic)',
  version: 1,
  origins: ['http://localhost:4310/anything'],
  casePage: { urlPattern: '^/classic/cases/[A-Z0-9-]+$' },
  header: { selector: 'h1' },
  fields: { reference: { label: 'Reference' }, stage1ReceivedOn: { label: 'Date received', within: '.summary' } },
};

describe('CrmAdapter', () => {
  it('should parse an adapter and keep only the origin of each CRM address', () => {
    const parsed = CrmAdapter.parse(adapter);
    expect(parsed.origins).toEqual(['http://localhost:4310']);
    expectTypeOf(parsed).toEqualTypeOf<CrmAdapter>();
  });

  it.each([
    [{ ...adapter, id: 'Demo Classic' }, 'id', 'Use lower-case letters, digits and hyphens for the adapter id'],
    [{ ...adapter, version: 2 }, 'version', ''],
    [{ ...adapter, casePage: { urlPattern: '([' } }, 'casePage.urlPattern', '([ is not a valid regular expression'],
    [{ ...adapter, origins: ['ftp://crm.example'] }, 'origins.0', 'Origins look like https://crm.example.org'],
    [{ ...adapter, fields: { reference: { label: 'Reference' } } }, 'fields.stage1ReceivedOn', ''],
    [{ ...adapter, fields: { ...adapter.fields, stage: { selector: '' } } }, 'fields.stage.selector', 'Give a CSS selector'],
    [{ ...adapter, script: 'alert(1)' }, '', 'script'],
  ])('should refuse a bad adapter with a message naming the field (%#)', (input, path, message) => {
    const result = CrmAdapter.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path.join('.')).toBe(path);
    expect(issue?.message).toContain(message);
  });
});

describe('FieldLocator', () => {
  it('should be either a selector or a label, never both', () => {
    expect(FieldLocator.safeParse({ selector: '#a', attribute: 'datetime' }).success).toBe(true);
    expect(FieldLocator.safeParse({ label: 'Date received', within: '.panel' }).success).toBe(true);
    expect(FieldLocator.safeParse({ selector: '#a', label: 'Date received' }).success).toBe(false);
    expect(FieldLocator.safeParse({}).success).toBe(false);
  });
});

describe('isCasePage', () => {
  const parsed = CrmAdapter.parse(adapter);
  it.each([
    ['http://localhost:4310/classic/cases/CMP-1042', true],
    ['http://localhost:4310/CLASSIC/cases/cmp-1042', true],
    ['http://localhost:4310/classic/cases/', false],
    ['http://localhost:4310/classic/cases/CMP-1042/edit', false],
    ['http://localhost:9999/classic/cases/CMP-1042', false],
  ])('should match %s: %s', (url, expected) => {
    expect(isCasePage(new URL(url), parsed)).toBe(expected);
  });

  it('should match against the query and hash too, for CRMs that route there', () => {
    const spa = CrmAdapter.parse({ ...adapter, origins: undefined, casePage: { urlPattern: '#/complaints/\\d+' } });
    expect(isCasePage(new URL('https://crm.example/app#/complaints/42'), spa)).toBe(true);
    const dynamics = CrmAdapter.parse({ ...adapter, origins: undefined, casePage: { urlPattern: '[?&]etn=incident\\b' } });
    expect(isCasePage(new URL('https://org.crm11.dynamics.com/main.aspx?appid=1&etn=incident&id=2'), dynamics)).toBe(true);
  });
});

describe('findAdapterFor', () => {
  it('should pick the first adapter that matches, so user adapters placed first win', () => {
    const builtin = CrmAdapter.parse(adapter);
    const mine = CrmAdapter.parse({ ...adapter, id: 'mine' });
    expect(findAdapterFor(new URL('http://localhost:4310/classic/cases/A-1'), [mine, builtin])?.id).toBe('mine');
    expect(findAdapterFor(new URL('http://localhost:4310/other'), [mine, builtin])).toBeUndefined();
  });
});
