import 'fake-indexeddb/auto';
import { defaultSettings, type CaseFacts } from '@complaint-code/shared';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ComplaintDb, correctFact, harvestCases, openDb, recordExtension, recordSeen } from '../data/index.js';
import { buildEvidencePack, factSources } from './evidence-pack.js';

const origin = 'https://crm.example';
const url = `${origin}/cases/1`;
const caseId = `${origin}|C-1`;
let db: ComplaintDb;
beforeEach(() => {
  db = openDb(`pack-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const seen = (at: string, facts: CaseFacts) => recordSeen(db, { origin, url, adapterId: 'acme', facts, now: new Date(at) });

// Mon 4 Jan 2027: the page shows received 4 Jan and (wrongly) acknowledged 6 Jan; Thu 7 Jan the officer
// corrects the acknowledgement to 5 Jan; Tue 12 Jan an extension is recorded; Fri 15 Jan the page shows the response.
async function story() {
  await seen('2027-01-04T09:00:00Z', { reference: 'C-1', stage1ReceivedOn: '2027-01-04', stage1AcknowledgedOn: '2027-01-06' });
  await correctFact(db, { caseId, fact: 'stage1AcknowledgedOn', value: '2027-01-05', now: new Date('2027-01-07T10:00:00Z') });
  await recordExtension(db, { caseId, extension: { stage: 1, notifiedOn: '2027-01-12', newDueOn: '2027-01-26', reason: 'Awaiting the surveyor' }, now: new Date('2027-01-12T11:00:00Z') });
  return seen('2027-01-15T09:00:00Z', { reference: 'C-1', stage1ReceivedOn: '2027-01-04', stage1AcknowledgedOn: '2027-01-06', stage1RespondedOn: '2027-01-15' });
}

describe('factSources', () => {
  it('says when the CRM page showed each fact and when the officer corrected it', async () => {
    const tracked = await story();
    expect(factSources(tracked, await db.audit.toArray())).toEqual({
      'stage1.receivedOn': { origin: 'crm-page', recordedOn: '2027-01-04', url },
      'stage1.acknowledgedOn': { origin: 'crm-page', recordedOn: '2027-01-04', url, correctedOn: '2027-01-07', correctedBy: 'the officer', previousValue: '2027-01-06' },
      'stage1.respondedOn': { origin: 'crm-page', recordedOn: '2027-01-15', url },
      'stage1.extensions.0': { origin: 'officer', recordedOn: '2027-01-12' },
    });
  });
});

describe('buildEvidencePack', () => {
  it('renders the pack with each fact’s source', async () => {
    await story();
    const { fileName, html } = await buildEvidencePack(db, defaultSettings, '2027-01-20', caseId);
    expect(fileName).toBe('case-evidence-pack-C-1.html');
    expect(html).toContain('<td>2027-01-05</td><td>Stage 1 acknowledged</td><td class="source">Read from the CRM page on Mon 4 Jan 2027; corrected by the officer on Thu 7 Jan 2027 (was 2027-01-06)</td>');
    expect(html).toContain('<td>Awaiting the surveyor</td>');
  });

  it('says which file a CSV import brought each fact from, and when (one import event for every case it added)', async () => {
    const rows = Array.from({ length: 3 }, (_, i) => ({ url: '', facts: { reference: `C-${i}`, stage1ReceivedOn: '2027-01-04', stage1AcknowledgedOn: '2027-01-05' } }));
    await harvestCases(db, { origin, adapterId: 'csv-import', rows, now: new Date('2027-01-08T10:00:00Z'), source: 'csv-import', file: 'queue-export.csv' });
    // A later import changes the acknowledgement of C-1.
    await harvestCases(db, { origin, adapterId: 'csv-import', rows: [{ url: '', facts: { reference: 'C-1', stage1AcknowledgedOn: '2027-01-06' } }], now: new Date('2027-01-11T10:00:00Z'), source: 'csv-import', file: 'second.csv' });
    expect(await db.audit.count()).toBe(2);
    const { html } = await buildEvidencePack(db, defaultSettings, '2027-01-20', `${origin}|C-1`);
    expect(html).toContain('<td>2027-01-04</td><td>Stage 1 complaint received</td><td class="source">Imported from the file queue-export.csv on Fri 8 Jan 2027</td>');
    expect(html).toContain('<td>2027-01-06</td><td>Stage 1 acknowledged</td><td class="source">Imported from the file second.csv on Mon 11 Jan 2027</td>');
  });

  it('says so when the case is not stored', async () => {
    await expect(buildEvidencePack(db, defaultSettings, '2027-01-20', `${origin}|NOPE`)).rejects.toThrow('That case is not stored in this browser');
  });
});
