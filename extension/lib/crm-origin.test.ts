import { describe, expect, it } from 'vitest';
import { toCrmOrigin } from './crm-origin.js';

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
