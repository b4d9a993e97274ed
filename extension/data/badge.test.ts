import { describe, expect, it } from 'vitest';
import { badgeText } from './badge.js';

describe('badgeText', () => {
  it('should count overdue and due today only, and be empty when none', () => {
    expect(badgeText([{ group: 'overdue' }, { group: 'due-today' }, { group: 'due-soon' }, { group: 'closed' }])).toBe('2');
    expect(badgeText([{ group: 'later' }])).toBe('');
    expect(badgeText(Array.from({ length: 1200 }, () => ({ group: 'overdue' as const })))).toBe('999+');
  });
});
