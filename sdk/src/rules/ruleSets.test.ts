import { describe, expect, it } from 'vitest';
import { getRuleSet } from './getRuleSet.js';
import { ruleSetIds, type ProvisionKey, type RuleSetId } from './RuleSet.js';
import { ruleSets } from './ruleSets.js';
import { selectRuleSet } from './selectRuleSet.js';

/** Every timescale, with the provision it cites: [ack, respond, clock, extension max, cap, refs]. */
const expected: Record<RuleSetId, { 1: unknown[]; 2: unknown[] }> = {
  'ho-2024': {
    1: [5, 10, 'acknowledged', 10, 'without-good-reason', '6.2', '6.3', '6.4'],
    2: [5, 20, 'acknowledged', 20, 'without-good-reason', '6.11', '6.14', '6.15'],
  },
  'ho-2022': {
    1: [5, 10, 'acknowledged', 10, 'without-good-reason', 'acknowledgement', '5.1', '5.1'],
    2: [5, 20, 'received', 10, 'without-good-reason', 'acknowledgement', 'stage 2', 'stage 2'],
  },
  'joint-draft-2023': {
    1: [5, 10, 'received', 10, 'without-good-reason', '6.2', '6.3', '6.4'],
    2: [5, 20, 'received', 20, 'without-good-reason', '6.13', '6.18', '6.19'],
  },
  'lgsco-2024': {
    1: [5, 10, 'acknowledged', 10, 'without-good-reason', '6.2', '6.3', '6.4'],
    2: [5, 20, 'acknowledged', 20, 'without-good-reason', 'stage 2', 'stage 2', 'stage 2'],
  },
};

describe('ruleSets', () => {
  for (const id of ruleSetIds) {
    for (const stage of [1, 2] as const) {
      it(`${id} stage ${stage}: timescales and the provisions they cite`, () => {
        const rules = ruleSets[id].stages[stage];
        expect([
          rules.acknowledgeWorkingDays,
          rules.respondWorkingDays,
          rules.responseClockFrom,
          rules.extensionMaxWorkingDays,
          rules.extensionCap,
          rules.acknowledgeProvision.ref,
          rules.respondProvision.ref,
          rules.extensionProvision.ref,
        ]).toEqual(expected[id][stage]);
      });
    }

    it(`${id}: every provision belongs to the rule set, is quoted and sourced`, () => {
      const ruleSet = ruleSets[id];
      const keys: ProvisionKey[] = [
        'acceptance-window', 'stage1-acknowledgement', 'stage1-response', 'stage1-extension', 'stage1-extension-notice',
        'stage2-acknowledgement', 'stage2-response', 'stage2-extension', 'stage2-extension-notice', 'different-handler', 'keep-informed',
      ];
      expect(Object.keys(ruleSet.provisions).sort()).toEqual([...keys].sort());
      for (const provision of Object.values(ruleSet.provisions)) {
        expect(provision.ruleSet).toBe(id);
        expect(provision.text.length).toBeGreaterThan(20);
        expect(provision.source.length).toBeGreaterThan(10);
      }
    });
  }

  it('quotes the HO Code 2024 timescales word for word', () => {
    const { provisions } = ruleSets['ho-2024'];
    expect(provisions['stage1-acknowledgement'].text).toContain('within five working days of the complaint being received');
    expect(provisions['stage1-response'].text).toContain('within 10 working days of the complaint being acknowledged');
    expect(provisions['stage2-response'].text).toContain('within 20 working days of the complaint being acknowledged');
    expect(provisions['stage2-extension'].text).toContain('no more than 20 working days without good reason');
  });

  it('quotes the joint draft’s clocks from receipt and escalation', () => {
    const { provisions } = ruleSets['joint-draft-2023'];
    expect(provisions['stage1-response'].text).toContain('within 10 working days of the complaint being received');
    expect(provisions['stage2-response'].text).toContain('within 20 working days of the complaint being escalated by the individual');
  });

  it('marks provisions not confirmed from an official text', () => {
    const unconfirmed = Object.values(ruleSets).flatMap((ruleSet) =>
      Object.entries(ruleSet.provisions).filter(([, p]) => p.source.startsWith('UNCONFIRMED')).map(([key]) => `${ruleSet.id} ${key}`),
    );
    expect(unconfirmed).toContain('ho-2022 stage2-response');
    expect(unconfirmed).toContain('lgsco-2024 stage2-extension');
    expect(unconfirmed.some((entry) => entry.startsWith('ho-2024') || entry.startsWith('joint-draft-2023'))).toBe(false);
  });
});

describe('getRuleSet', () => {
  it('returns the rule set', () => {
    expect(getRuleSet('ho-2024').title).toBe('Housing Ombudsman Complaint Handling Code 2024');
  });

  it('throws a clear error for an unknown id', () => {
    expect(() => getRuleSet('ho-2030' as RuleSetId)).toThrow('Unknown rule set "ho-2030". Known: ho-2024, ho-2022, joint-draft-2023, lgsco-2024');
    expect(() => getRuleSet('toString' as RuleSetId)).toThrow(/Unknown rule set/);
  });
});

describe('selectRuleSet', () => {
  it('picks the Housing Ombudsman Code by the date the complaint was received', () => {
    expect(selectRuleSet({ receivedOn: '2022-04-01' })).toBe('ho-2022');
    expect(selectRuleSet({ receivedOn: '2024-03-31' })).toBe('ho-2022');
    expect(selectRuleSet({ receivedOn: '2024-04-01' })).toBe('ho-2024');
    expect(selectRuleSet({ receivedOn: '2026-12-18', ombudsman: 'housing' })).toBe('ho-2024');
  });

  it('picks the LGSCO Code for the LGSCO', () => {
    expect(selectRuleSet({ receivedOn: '2025-01-06', ombudsman: 'lgsco' })).toBe('lgsco-2024');
  });

  it('rejects a date that is not real', () => {
    expect(() => selectRuleSet({ receivedOn: '2024-02-30' })).toThrow(/not a real date/);
  });
});

describe('citeProvision', () => {
  it('cites by Code and number, and says when a provision is unconfirmed', async () => {
    const { citeProvision } = await import('./cite.js');
    expect(citeProvision(ruleSets['ho-2024'], ruleSets['ho-2024'].provisions['stage1-response'])).toBe('HO Code 2024 6.3');
    expect(citeProvision(ruleSets['ho-2022'], ruleSets['ho-2022'].provisions['stage2-response'])).toBe('HO Code 2022, unconfirmed');
    expect(citeProvision(ruleSets['ho-2022'], ruleSets['ho-2022'].provisions['keep-informed'])).toBe('HO Code 2022 5.1, unconfirmed');
    expect(citeProvision(ruleSets['lgsco-2024'], ruleSets['lgsco-2024'].provisions['stage1-acknowledgement'])).toBe('LGSCO Code 6.2');
  });
});
