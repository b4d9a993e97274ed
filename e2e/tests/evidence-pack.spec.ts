// Journey: from a case's countdown, save the case evidence pack (every fact with where it came from,
// the deadlines and the findings with the Code's words) — built in the background, saved by the page.
//
// Today is fixed at Tuesday 24 November 2026 (fixtures.ts). HC-2026-0463: received Mon 2 Nov 2026,
// acknowledged Wed 4 Nov, so the stage 1 response was due Wed 18 Nov (HO Code 2024 6.3) and is overdue.
import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures.js';
import { demoCrm } from '../pages/crm.js';
import { overlay } from '../pages/overlay.js';

test('the countdown saves a case evidence pack naming each fact’s source and the findings', async ({ page }) => {
  await demoCrm(page).classicCase('HC-2026-0463');
  const countdown = overlay(page);
  await countdown.open();
  const saved = page.waitForEvent('download');
  await countdown.panel.getByRole('button', { name: 'Download case evidence pack' }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toBe('case-evidence-pack-HC-2026-0463.html');
  const html = await readFile(await download.path(), 'utf8');
  expect(html).toContain('<title>Case evidence pack: HC-2026-0463</title>');
  expect(html).toMatch(/<td>2026-11-02<\/td><td>Stage 1 complaint received<\/td><td class="source">Read from the CRM page on \w{3} \d{1,2} \w{3} \d{4}<\/td>/);
  expect(html).toContain('<td>2026-11-04</td><td>Stage 1 acknowledged</td>');
  expect(html).toContain('Stage 1 response is overdue by 4 working days: it was due Wed 18 Nov 2026 (HO Code 2024 6.3).');
  expect(html).toContain('HO Code 2024 6.3: “Landlords must issue a full response to stage 1 complaints within 10 working days of the complaint being acknowledged.”');
});
