import { describe, expect, it } from 'vitest';
import { findCoveringAdapter, mayOverlap } from './find-covering-adapter.js';

const adapter = (id: string, urlPattern: string, origins?: string[]) => ({ id, name: id, casePage: { urlPattern }, ...(origins ? { origins } : {}) });
const d365 = '^/d365/main\\.aspx\\?(?:.*&)?pagetype=entityrecord';
const demo = ['http://127.0.0.1:4310'];

describe('mayOverlap', () => {
  it('should see the same pattern, or one pattern starting the other, on the same origin', () => {
    expect(mayOverlap(adapter('a', d365, demo), adapter('b', d365, demo))).toBe(true);
    expect(mayOverlap(adapter('a', '^/d365/', demo), adapter('b', d365, demo))).toBe(true);
    expect(mayOverlap(adapter('a', '^/helpdesk/conversation/', demo), adapter('b', '^/helpdesk/', demo))).toBe(true);
  });

  it('should treat an unanchored pattern or an adapter without origins as covering everything', () => {
    expect(mayOverlap(adapter('a', 'conversation', demo), adapter('b', d365, demo))).toBe(true);
    expect(mayOverlap(adapter('a', d365), adapter('b', d365, demo))).toBe(true);
  });

  it('should keep apart different paths and different origins', () => {
    expect(mayOverlap(adapter('a', '^/hub/complaints/\\d+', demo), adapter('b', '^/govuk/cases/', demo))).toBe(false);
    expect(mayOverlap(adapter('a', d365, demo), adapter('b', d365, ['https://other.example']))).toBe(false);
    // `\d` ends the fixed start; `s?` makes the "s" optional, so "/case" and "/cases/1" may overlap.
    expect(mayOverlap(adapter('a', '^/cases?/', demo), adapter('b', '^/case/1', demo))).toBe(true);
    expect(mayOverlap(adapter('a', '^/a\\d', demo), adapter('b', '^/b', demo))).toBe(false);
  });
});

describe('findCoveringAdapter', () => {
  it('should name the earlier adapter that is tried first, and none for the first or an unknown id', () => {
    const list = [adapter('broken', d365, demo), adapter('hub', '^/hub/', demo), adapter('fixed', d365, demo)];
    expect(findCoveringAdapter(list, 'fixed')?.id).toBe('broken');
    expect(findCoveringAdapter(list, 'broken')).toBeUndefined();
    expect(findCoveringAdapter(list, 'hub')).toBeUndefined();
    expect(findCoveringAdapter(list, 'missing')).toBeUndefined();
  });
});
