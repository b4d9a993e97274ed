import { describe, expect, it } from 'vitest';
import { ComplaintCodeInputError } from '../errors/ComplaintCodeInputError.js';
import { complaintTimeline } from './complaintTimeline.js';
import { InvalidComplaintError } from './InvalidComplaintError.js';
import { safeComplaintTimeline } from './safeComplaintTimeline.js';

describe('safeComplaintTimeline', () => {
  it('answers success with the timeline for a valid record', () => {
    const result = safeComplaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-11-02' } }, { today: '2026-11-03' });
    expect(result.success).toBe(true);
    expect(result.success && result.timeline.next?.dueOn).toBe('2026-11-09');
  });

  it('answers an invalid record with the error, and still throws for bad options', () => {
    const result = safeComplaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-02-30' } });
    expect(result.success).toBe(false);
    expect(!result.success && result.error.issues).toEqual([{ path: 'stage1.receivedOn', message: '2026-02-30 is not a real date' }]);
    expect(() => safeComplaintTimeline({ reference: 'C-1', stage1: { receivedOn: '2026-11-02' } }, { todya: '2026-11-03' } as never)).toThrow(ComplaintCodeInputError);
  });
});

describe('InvalidComplaintError', () => {
  it('is named, and says “(record)” for an issue with the whole record', () => {
    const error = (() => {
      try {
        complaintTimeline(null as never);
      } catch (thrown) {
        return thrown;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(InvalidComplaintError);
    expect((error as InvalidComplaintError).name).toBe('InvalidComplaintError');
    expect((error as InvalidComplaintError).message).toBe('Invalid complaint record:\n  - (record): Invalid input: expected object, received null');
  });
});
