import { expect, test } from 'vitest';
import { LandlordPolicy } from './LandlordPolicy.js';

test('valid - targets, threshold and cap', () => {
  const policy = { dueSoonWorkingDays: 3, extensionCap: 'hard', targets: { 'stage2-response': 10 } };
  expect(LandlordPolicy.parse(policy)).toEqual(policy);
  expect(LandlordPolicy.parse({})).toEqual({});
});

test('invalid - names the setting', () => {
  const result = LandlordPolicy.safeParse({ dueSoonWorkingDays: 1.5, extensionCap: 'never', targets: { 'stage3-response': 5 } });
  expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toMatchInlineSnapshot(`
    [
      "dueSoonWorkingDays: Must be a whole number of working days",
      "extensionCap: Invalid option: expected one of "code"|"hard"|"soft"",
      "targets: Unknown field "stage3-response" (known: stage1-acknowledgement, stage1-response, stage2-acknowledgement, stage2-response)",
    ]
  `);
});
