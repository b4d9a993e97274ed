// Journey: import a CRM's CSV export into the side panel. The mapping is suggested from the header
// row, the preview lists each bad row and why, and nothing is stored until the user confirms.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.js';
import { sidePanel } from '../pages/sidepanel.js';

// Dates relative to the suite's today, Tue 24 Nov 2026 (HO Code 2024: acknowledge in 5 working
// days, respond in 10 working days from acknowledging).
const csv = [
  'Case ref,Customer,Owner,Date received,Acknowledged,Stage 1 response sent,Stage',
  'IMP-1,Ms Ada Lovelace,Sarah Mitchell,02/11/2026,04/11/2026,,Stage 1', // response was due Wed 18 Nov: overdue
  'IMP-2,Mr Alan Turing,James Patel,2026-11-17,,,1', // acknowledgement due today
  'IMP-3,Ms Grace Hopper,James Patel,23 Nov 2026,,,1', // acknowledgement due Mon 30 Nov: later
  'IMP-4,Mr Tim Berners-Lee,Aisha Khan,01/10/2026,02/10/2026,09/10/2026,1', // closed
  'IMP-5,Ms Bad Date,Aisha Khan,31/02/2026,,,1', // not a real date
  ',Ms No Reference,Aisha Khan,02/11/2026,,,1', // no reference
].join('\r\n');

/** Tracked cases, read straight from the extension's IndexedDB in the panel page. */
function storedCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('complaint-code');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('cases').objectStore('cases').count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

test('a CSV import shows the bad rows and why, and stores the good ones only after confirmation', async ({ page, extensionId }) => {
  const panel = sidePanel(page, extensionId);
  await panel.open();
  await expect(panel.status()).toHaveText('Showing 0 of 0 complaints');
  await panel.section('Import and export').click();

  await page.getByLabel('CSV file exported from your CRM').setInputFiles({ name: 'crm-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByLabel('Which CRM the complaints are from')).toHaveValue('http://localhost:4310');
  // The suggested mapping, from the header row.
  await expect(page.getByLabel('Case reference (needed)')).toHaveValue('0');
  await expect(page.getByLabel('Stage 1 received (needed)')).toHaveValue('3');

  await expect(page.getByRole('status').filter({ hasText: 'rows ready' })).toHaveText('4 rows ready to import. 2 rows will not be imported.');
  const bad = page.getByRole('list', { name: 'Rows that will not be imported' }).getByRole('listitem');
  await expect(bad).toHaveCount(2);
  await expect(bad.nth(0)).toContainText('Row 6 (IMP-5): Stage 1 received:');
  await expect(bad.nth(0)).toContainText('31/02/2026');
  await expect(bad.nth(1)).toHaveText('Row 7: Case reference is empty');
  expect(await storedCount(page)).toBe(0);

  // Unmapping a needed column refuses every row, and says which column to choose.
  await page.getByLabel('Stage 1 received (needed)').selectOption({ label: 'Not in this file' });
  await expect(page.getByText('Choose a column for: Stage 1 received.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import 0 complaints' })).toBeDisabled();
  await page.getByLabel('Stage 1 received (needed)').selectOption({ label: 'Date received' });

  await page.getByRole('button', { name: 'Import 4 complaints' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 4 complaints: 4 new, 0 updated, 0 unchanged.');
  expect(await storedCount(page)).toBe(4);

  await panel.section('Complaints').click();
  await expect(panel.status()).toHaveText('Showing 4 of 4 complaints');
  for (const [group, n] of [['overdue', 1], ['due today', 1], ['due soon', 0], ['later', 1], ['closed', 1]] as const) {
    await expect(panel.summaryItem(group)).toHaveText(`${n} ${group}`);
  }
  await expect(panel.row('IMP-1')).toContainText('Ms Ada Lovelace');
  await expect(panel.row('IMP-1')).toContainText('Overdue');

  // The import is one audit event for its four cases, yet each case's evidence pack names the file.
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Evidence pack for IMP-1' }).click();
  const html = await readFile(await (await saved).path(), 'utf8');
  // The day is the real import day (the pinned "today" only moves deadlines).
  expect(html).toMatch(/<td>2026-11-02<\/td><td>Stage 1 complaint received<\/td><td class="source">Imported from the file crm-export\.csv on \w{3} \d{1,2} \w{3} \d{4}<\/td>/);
});

test('a CSV import over 50,000 rows stores every row, and one unclosed quote costs only its row', async ({ page, extensionId }) => {
  test.setTimeout(180_000);
  const rows = Array.from({ length: 60_000 }, (_, i) => `BIG-${i},02/11/2026`);
  rows[100] = '"BIG-100,02/11/2026'; // an unclosed quote: this row only
  const big = ['Case ref,Date received', ...rows].join('\r\n');
  const panel = sidePanel(page, extensionId);
  await panel.open();
  await panel.section('Import and export').click();
  await page.getByLabel('CSV file exported from your CRM').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
  await expect(page.getByRole('status').filter({ hasText: 'rows ready' })).toHaveText('59999 rows ready to import. 1 rows will not be imported.', { timeout: 60_000 });
  await expect(page.getByRole('list', { name: 'Rows that will not be imported' }).getByRole('listitem')).toHaveText([
    'Row 102: field 1 has an opening quote but no closing quote: "BIG-100,02/11/2026"',
  ]);
  await page.getByRole('button', { name: 'Import 59999 complaints' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 59999 complaints: 59999 new, 0 updated, 0 unchanged.', { timeout: 150_000 });
  expect(await storedCount(page)).toBe(59_999);
});
