import { describe, expect, it } from 'vitest';
import { ContentRequest, describeInvalid, ExtensionRequest } from './messages.js';

const facts = { reference: 'CMP-1042', stage1ReceivedOn: '2026-11-02' };

describe('ExtensionRequest', () => {
  it.each([
    { type: 'page/context', url: 'https://crm.example/cases/1' },
    { type: 'case/seen', url: 'https://crm.example/cases/1', adapterId: 'acme', facts },
    { type: 'case/correct', caseId: 'https://crm.example|CMP-1042', fact: 'stage1AcknowledgedOn', value: '2026-11-04' },
    { type: 'case/correct', caseId: 'https://crm.example|CMP-1042', fact: 'stage1AcknowledgedOn', value: null },
    { type: 'case/extend', caseId: 'https://crm.example|CMP-1042', extension: { stage: 1, notifiedOn: '2026-11-10', newDueOn: '2026-11-25', reason: 'Surveyor' } },
  ])('should accept $type', (message) => {
    expect(ExtensionRequest.parse(message)).toEqual(message);
  });

  it.each<[string, unknown, string]>([
    ['an unknown type', { type: 'case/delete' }, 'type'],
    ['a page that is not http(s)', { type: 'page/context', url: 'javascript:alert(1)' }, 'url'],
    ['an extra field', { type: 'page/context', url: 'https://crm.example/', extra: 1 }, ''],
    ['an impossible date', { type: 'case/correct', caseId: 'a|b', fact: 'stage1ReceivedOn', value: '2026-02-30' }, 'value'],
    ['a fact that cannot be corrected', { type: 'case/correct', caseId: 'a|b', fact: 'reference', value: '2026-02-03' }, 'fact'],
    ['facts with a bad stage', { type: 'case/seen', url: 'https://crm.example/', adapterId: 'a', facts: { ...facts, stage: 3 } }, 'facts.stage'],
  ])('should refuse %s, naming where', (_what, message, path) => {
    const result = ExtensionRequest.safeParse(message);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]?.path.join('.')).toBe(path);
      expect(describeInvalid(result.error)).toMatch(/^Invalid message: /);
    }
  });
});

describe('ContentRequest', () => {
  it('should accept a pick request for a fact or the header only', () => {
    expect(ContentRequest.safeParse({ type: 'picker/pick', field: 'stage1ReceivedOn' }).success).toBe(true);
    expect(ContentRequest.safeParse({ type: 'picker/pick', field: 'header' }).success).toBe(true);
    expect(ContentRequest.safeParse({ type: 'picker/pick', field: 'password' }).success).toBe(false);
  });
});
