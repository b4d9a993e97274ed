/**
 * The adapters shipped with the extension. Only the demo CRM's for now: real CRMs differ per
 * landlord, so admins build theirs in the options page (and can start from one of these).
 */
import type { CrmAdapter } from '../adapter.js';
import { demoClassic, demoDynamics, demoSpa } from './demo-crm.js';

export { demoClassic, demoDynamics, demoSpa };
export { dynamics365Case, govukCaseTable, helpdeskConversation, platformPacks, salesforceLightningCase } from './platform-packs.js';

/**
 * Built-in adapters, tried after the user's own.
 *
 * @example
 * findAdapterFor(new URL('http://localhost:4310/cases/HC-2026-0412'), builtinAdapters)?.id; //=> 'demo-classic'
 */
export const builtinAdapters: CrmAdapter[] = [demoClassic, demoSpa, demoDynamics];
