import { describe, expect, it } from 'vitest';
import { addedCrmOrigins, crmMatchPatterns, crmPatternsToRemove, crmPermissionPatterns, isAddedOrigin, toCrmOrigin } from './crm-origin.js';

describe('toCrmOrigin', () => {
  it.each([
    ['crm.council.example', 'https://crm.council.example'],
    ['https://crm.council.example/cases/12?x=1', 'https://crm.council.example'],
    ['  HTTPS://CRM.Council.Example:8443/ ', 'https://crm.council.example:8443'],
    ['http://localhost:4310/cases', 'http://localhost:4310'],
  ])('should turn %j into one origin', (input, origin) => {
    expect(toCrmOrigin(input)).toEqual({ ok: true, origin, pattern: `${origin}/*` });
  });

  it.each([
    ['', 'Enter the address'],
    ['*.council.example', 'without *'],
    ['http://crm.council.example', 'Use https://'],
    ['ftp://crm.council.example', 'must start with https://'],
    ['https://exa mple', 'is not a web address'],
  ])('should refuse %j', (input, message) => {
    const result = toCrmOrigin(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('Firefox origins (ports are not matched by Firefox, so they are enforced by us)', () => {
  it('should ask Firefox for the port-less pattern too, and Chrome for the exact one only', () => {
    expect(crmPermissionPatterns('http://localhost:4310', 'firefox')).toEqual(['http://localhost:4310/*', 'http://localhost/*']);
    expect(crmPermissionPatterns('https://crm.council.example:8443', 'firefox')).toEqual(['https://crm.council.example:8443/*', 'https://crm.council.example/*']);
    expect(crmPermissionPatterns('http://[::1]:4310', 'firefox')).toEqual(['http://[::1]:4310/*', 'http://[::1]/*']);
    expect(crmPermissionPatterns('https://crm.council.example', 'firefox')).toEqual(['https://crm.council.example/*']);
    expect(crmPermissionPatterns('http://localhost:4310', 'chrome')).toEqual(['http://localhost:4310/*']);
    expect(crmPermissionPatterns('http://localhost:4310', 'edge')).toEqual(['http://localhost:4310/*']);
  });

  it('should register the content script on port-less patterns in Firefox only', () => {
    const granted = ['http://localhost:4310/*', 'http://localhost/*', 'http://localhost:4311/*', 'https://crm.example/*'];
    expect(crmMatchPatterns(granted, 'firefox')).toEqual(['http://localhost/*', 'https://crm.example/*']);
    expect(crmMatchPatterns(['http://localhost:4310/*'], 'chrome')).toEqual(['http://localhost:4310/*']);
  });

  it('should keep the port in the list of added origins, so another port on the same host is refused', () => {
    const granted = ['http://localhost/*', 'http://localhost:4310/*', 'https://crm.example/*'];
    const added = addedCrmOrigins(granted, 'firefox');
    expect(added).toEqual(['http://localhost:4310/*', 'https://crm.example/*']);
    const origins = added.map((pattern) => pattern.replace(/\/\*$/, ''));
    expect(isAddedOrigin('http://localhost:4310', origins)).toBe(true);
    expect(isAddedOrigin('http://localhost:4311', origins)).toBe(false);
    expect(isAddedOrigin('http://localhost', origins)).toBe(false);
    expect(isAddedOrigin('http://localhost:4310', undefined)).toBe(false);
    // A port-less origin the user added on its own (port 80) stays added.
    expect(addedCrmOrigins(['http://localhost/*'], 'firefox')).toEqual(['http://localhost/*']);
    expect(addedCrmOrigins(granted, 'chrome')).toEqual(granted);
  });

  it('should give back the port-less helper only when no other added port on that host needs it', () => {
    expect(crmPatternsToRemove('http://localhost:4310/*', ['http://localhost:4310/*', 'http://localhost/*'], 'firefox')).toEqual([
      'http://localhost:4310/*',
      'http://localhost/*',
    ]);
    expect(crmPatternsToRemove('http://localhost:4310/*', ['http://localhost:4310/*', 'http://localhost/*', 'http://localhost:4311/*'], 'firefox')).toEqual([
      'http://localhost:4310/*',
    ]);
    expect(crmPatternsToRemove('http://localhost:4310/*', ['http://localhost:4310/*'], 'chrome')).toEqual(['http://localhost:4310/*']);
  });
});
