import { describe, expect, it } from 'vitest';
import { findAdapterFor } from '../adapter.js';
import { builtinAdapters } from './index.js';

const demo = 'http://localhost:4310';
const idFor = (url: string) => findAdapterFor(new URL(url), builtinAdapters)?.id;

describe('demo adapters for editors in frames and by role', () => {
  it('picks the adapter for each page style', () => {
    expect(idFor(`${demo}/lightning/r/Case/500a1b2c3d4e5f6a7b/view`)).toBe('demo-salesforce');
    expect(idFor(`${demo}/dyn/main.aspx?appid=x&pagetype=entityrecord&etn=email&id=1`)).toBe('demo-dynamics-email');
    expect(idFor(`${demo}/sn/x_hh_complaint.do?sys_id=0123456789abcdef0123456789abcdef`)).toBe('demo-servicenow');
    expect(idFor(`${demo}/helpdesk/conversation/HC-2026-0480`)).toBe('demo-helpdesk');
    expect(idFor(`${demo}/agent/tickets/497`)).toBe('demo-one-box');
  });

  it('never takes the ServiceNow navigator page (the form frame inside it owns the case)', () => {
    expect(idFor(`${demo}/sn/nav_to.do?uri=x_hh_complaint.do%3Fsys_id%3D0123456789abcdef0123456789abcdef`)).toBeUndefined();
    expect(idFor(`${demo}/lightning/publisher/email-body`)).toBeUndefined();
    // The Dynamics case form keeps its own adapter.
    expect(idFor(`${demo}/dyn/main.aspx?etn=incident&pagetype=entityrecord&id=1`)).toBe('demo-dynamics');
  });
});
