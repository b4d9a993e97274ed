import { emptyManagedPolicy, type ManagedPolicy } from '@complaint-code/shared';
import { describe, expect, it } from 'vitest';
import { doneSteps, resumeAt, stepsSetByOrganisation } from './steps.js';

const adapter = { id: 'org-crm', name: 'Org CRM', version: 2, casePage: { urlPattern: '^/cases/' }, fields: { reference: { label: 'Reference' }, stage1ReceivedOn: { label: 'Date received' } } } as ManagedPolicy['adapters'][number];

describe('onboarding steps', () => {
  it('starts at the CRM step and resumes at the first step not done', () => {
    expect(resumeAt(doneSteps([], emptyManagedPolicy))).toBe('crm');
    expect(resumeAt(doneSteps(['crm'], emptyManagedPolicy))).toBe('adapter');
    expect(resumeAt(doneSteps(['crm', 'settings'], emptyManagedPolicy))).toBe('adapter');
    expect(resumeAt(doneSteps(['crm', 'adapter', 'settings', 'test'], emptyManagedPolicy))).toBe('finished');
  });

  it('ignores stored names it does not know', () => {
    expect([...doneSteps(['crm', 'nonsense', 3, null], emptyManagedPolicy)]).toEqual(['crm']);
  });

  it('counts what the organisation set as done, but never the test', () => {
    const policy: ManagedPolicy = { crmOrigins: ['https://crm.example'], adapters: [adapter], settings: { ruleSet: 'auto', ombudsman: 'housing' } };
    expect([...stepsSetByOrganisation(policy)].sort()).toEqual(['adapter', 'crm', 'settings']);
    expect(resumeAt(doneSteps([], policy))).toBe('test');
  });

  it('needs both the Code and the Ombudsman set for the settings step', () => {
    const policy: ManagedPolicy = { ...emptyManagedPolicy, settings: { ombudsman: 'lgsco' } };
    expect(stepsSetByOrganisation(policy).has('settings')).toBe(false);
  });
});
