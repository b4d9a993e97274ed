import { refusalGrounds } from '@complaint-code/sdk';
import { describe, expect, it } from 'vitest';
import { refusalGroundsShown } from './RefusalRecordForm.js';

describe('RefusalRecordForm', () => {
  it("offers exactly the SDK's refusal grounds, in its order", () => {
    expect([...refusalGroundsShown]).toEqual([...refusalGrounds]);
  });
});
