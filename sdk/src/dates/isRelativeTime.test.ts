import { describe, expect, it } from 'vitest';
import { isRelativeTime } from './isRelativeTime.js';

describe('isRelativeTime', () => {
  it.each(['4 days ago', 'Yesterday', 'today at 10:02', 'Tomorrow', 'just now', 'last week', 'in 3 days'])('reads %j as relative', (text) => {
    expect(isRelativeTime(text)).toBe(true);
  });

  it.each(['2 Nov 2026', '02/11/2026', 'Agoston Road', 'next Tuesday', `${'x'.repeat(60)} ago`])('does not read %j as relative', (text) => {
    expect(isRelativeTime(text)).toBe(false);
  });
});
