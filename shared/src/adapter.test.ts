import { describe, expect, expectTypeOf, it } from 'vitest';
import { CrmAdapter, FieldLocator, findAdapterFor, isCasePage, migrateAdapter, type CrmAdapterInput } from './adapter.js';

const adapter: CrmAdapterInput = {
  id: 'demo-classic',
  name: 'Demo CRM (classic)',
  version: 2,
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
    [{ ...adapter, version: 3 }, 'version', 'version 2'],
    [{ ...adapter, casePage: { urlPattern: '([' } }, 'casePage.urlPattern', '([ is not an allowed pattern'],
    [{ ...adapter, casePage: { urlPattern: '^/x/(?=a)' } }, 'casePage.urlPattern', 'look-ahead'],
    [{ ...adapter, fields: { ...adapter.fields, reference: { selector: '.ref', pattern: '\\d+' } } }, 'fields.reference.pattern', 'exactly one ( )'],
    [{ ...adapter, fields: { ...adapter.fields, reference: { selector: '.ref', pattern: '(a)(b)' } } }, 'fields.reference.pattern', '2 capture groups'],
    [{ ...adapter, fields: { ...adapter.fields, stage1ReceivedOn: { selector: '.d', dateFormats: ['dd/MM/yy'] } } }, 'fields.stage1ReceivedOn.dateFormats.0', 'four-digit year'],
    [{ ...adapter, fields: { ...adapter.fields, stage1ReceivedOn: { selector: '.d', dateFormats: ['dd/QQ/yyyy'] } } }, 'fields.stage1ReceivedOn.dateFormats.0', '"QQ" is not a date token'],
    [{ ...adapter, fields: { ...adapter.fields, stage1ReceivedOn: { selector: '.d', read: 'attribute' } } }, 'fields.stage1ReceivedOn.attribute', 'Name the attribute'],
    [{ ...adapter, fields: { ...adapter.fields, stage1ReceivedOn: { selector: '.d', labelDirection: 'value-then-label' } } }, 'fields.stage1ReceivedOn.labelDirection', 'goes with a label'],
    [{ ...adapter, fields: { ...adapter.fields, stage1ReceivedOn: { selector: '.d', read: 'text', attribute: 'title' } } }, 'fields.stage1ReceivedOn.attribute', 'only read with'],
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

describe('adapter format v1 → v2', () => {
  const v1 = {
    id: 'legacy',
    name: 'Legacy',
    version: 1,
    casePage: { urlPattern: '^/cases/' },
    header: { selector: 'h1' },
    listPage: { urlPattern: '^/queue$', row: 'tr', fields: { reference: { selector: 'a' } } },
    fields: {
      reference: { label: 'Reference', within: '.summary' },
      stage1ReceivedOn: { selector: 'time', attribute: 'datetime' },
    },
    editor: { selector: 'textarea' },
  };

  it('should import a version 1 file as version 2 with every field kept', () => {
    const parsed = CrmAdapter.parse(v1);
    expect(parsed).toEqual({ ...v1, version: 2 });
    expect(migrateAdapter(v1)).toEqual({ ...v1, version: 2 });
    // Parsing the migrated adapter again is stable (export then import gives the same).
    expect(CrmAdapter.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });

  it('should refuse a version 1 file whose pattern cannot be matched safely, saying what is allowed', () => {
    const result = CrmAdapter.safeParse({ ...v1, casePage: { urlPattern: '^/x/(?=(?:.*&)?etn=incident)' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe('casePage.urlPattern');
    expect(result.error?.issues[0]?.message).toContain('Allowed:');
  });

  it('should leave other input to the version 2 checks', () => {
    expect(migrateAdapter(null)).toBe(null);
    expect(migrateAdapter([v1])).toEqual([v1]);
    expect(CrmAdapter.safeParse('adapter').success).toBe(false);
  });
});

describe('FieldLocator v2', () => {
  it.each([
    [{ selector: '.summary', pattern: 'Complaint:\\s*(\\d+)' }],
    [{ selector: 'input[name=received]', read: 'value', dateFormats: ['yyyy-MM-dd HH:mm'] }],
    [{ selector: 'select#stage', read: 'selected-option' }],
    [{ selector: 'relative-time', attribute: 'datetime', dateFormats: ['iso'] }],
    [{ label: 'Case Number', labelDirection: 'value-then-label', within: '[data-id="header"]' }],
    [{ label: 'Raised', dateFormats: ['MMM d, yyyy HH:mm', 'dd-MMM-yyyy', 'd/M/yyyy'], optional: true, emptyMarkers: ['Not recorded'] }],
  ])('should accept %j', (locator) => {
    expect(FieldLocator.safeParse(locator).error).toBeUndefined();
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

describe('isCasePage on a hostile pattern (issue 10)', () => {
  it('should answer in linear time where RegExp would backtrack for minutes', () => {
    const hostile = CrmAdapter.parse({ ...adapter, origins: undefined, casePage: { urlPattern: '^/x/(a+)+$' } });
    const started = performance.now();
    expect(isCasePage(new URL(`https://crm.example/x/${'a'.repeat(100_000)}!`), hostile)).toBe(false);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
