import { describe, expect, it } from 'vitest';
import * as sdk from './index.js';

describe('public API (the binding contract in the team brief)', () => {
  it('exports every name vendors and the other packages code against', () => {
    const names = [
      'IsoDate', 'todayInLondon', 'formatDay',
      'createCalendar', 'englandAndWales',
      'ruleSets', 'getRuleSet', 'selectRuleSet',
      'ComplaintRecord', 'complaintTimeline', 'safeComplaintTimeline', 'InvalidComplaintError',
      'codePerformance', 'createCodePerformanceAccumulator',
    ];
    for (const name of names) expect(sdk, name).toHaveProperty(name);
  });

  it('has the four rule sets, ho-2024 the default for complaints from 1 April 2024', () => {
    expect(Object.keys(sdk.ruleSets).sort()).toEqual(['ho-2022', 'ho-2024', 'joint-draft-2023', 'lgsco-2024']);
    expect(sdk.selectRuleSet({ receivedOn: '2026-01-05' })).toBe('ho-2024');
  });

  it('gives the default calendar England and Wales holidays 2018–2028', () => {
    expect(sdk.englandAndWales.division).toBe('england-and-wales');
    expect(sdk.englandAndWales.coverage).toEqual({ from: '2018-01-01', to: '2028-12-31' });
  });
});
