/**
 * The demo (`pnpm demo` runs this after set-up and the e2e build): starts the demo CRM and opens
 * Chromium with the extension on the complaints queue. With a display (and no `--headless`) the
 * browser is left for you to use; without one it takes a scripted tour and writes screenshots to
 * `demo-output/`.
 *
 * Flags: `--headless`, `--today YYYY-MM-DD` (else `DEMO_TODAY`, else today in Europe/London),
 * `--port 4310`, `--out demo-output`.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { IsoDate } from '@complaint-code/sdk';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { startDemoCrm, type DemoCrm } from '../demo-crm/server.js';
import { extensionWorker, launchWithExtension, setExtensionToday } from '../fixtures.js';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    today: { type: 'string' },
    port: { type: 'string', default: '4310' },
    out: { type: 'string', default: 'demo-output' },
  },
});

const todayInput = values.today ?? process.env.DEMO_TODAY;
const today = todayInput === undefined ? undefined : IsoDate.safeParse(todayInput);
if (today && !today.success) {
  console.error(`--today: ${today.error.issues[0]?.message ?? 'use a date like 2026-11-24'}`);
  process.exit(2);
}
// The extension's e2e build only has the demo CRM's origin on port 4310.
const port = Number(values.port);
const headed = Boolean(process.env.DISPLAY) && !values.headless;
const outDir = path.resolve(values.out); // scripts/demo.mjs runs this from the repo root

async function shot(page: Page, name: string, what: string): Promise<void> {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  ✓ ${what} → ${path.relative(process.cwd(), file)}`);
}

/** Waits for the overlay's badge; a tour step without it is a failed demo, so say so plainly. */
async function badge(page: Page) {
  const button = page.getByRole('button', { name: /^Complaint deadline:/ });
  await button.waitFor({ timeout: 15_000 });
  // The badge says "reading this case…" until the (possibly late) fields have been read.
  await expect(button).not.toHaveAccessibleName(/reading this case/i, { timeout: 15_000 });
  console.log(`    badge: "${(await button.getAttribute('aria-label')) ?? (await button.innerText()).replace(/\s+/g, ' ')}"`);
  return button;
}

async function tour(context: BrowserContext, crm: DemoCrm): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());
  const find = (wanted: string, stage: 1 | 2) => crm.complaints.find((c) => c.intended === wanted && c.stage === stage);
  const overdue = find('overdue', 1);
  const onTrack = crm.complaints.find((c) => c.intended === 'on-track' && c.stage === 1 && c.acknowledgedOn);
  const stage2 = find('on-track', 2) ?? find('due-soon', 2);
  if (!overdue || !onTrack || !stage2) throw new Error('The demo data lack a case the tour needs.');

  console.log(`Scripted tour (today is ${crm.today}):`);
  await page.goto(`${crm.url}/`);
  await page.locator('tr.case-row').first().waitFor();
  await shot(page, '01-queue', 'complaints queue');

  await page.getByRole('link', { name: overdue.reference, exact: true }).click();
  const classicBadge = await badge(page);
  await shot(page, '02-classic-case', `classic case page ${overdue.reference} (overdue)`);
  await classicBadge.click();
  await page.getByRole('region', { name: /^Complaint timeline for / }).waitFor();
  await shot(page, '03-classic-timeline', 'the countdown opened: timeline, explanations, provisions');

  await page.goto(`${crm.url}/app/`);
  await page.getByRole('link', { name: onTrack.reference, exact: true }).click();
  await badge(page);
  await shot(page, '04-spa-case', `case app ${onTrack.reference} (client-side navigation, late fields)`);
  await page.getByRole('link', { name: /^Next case/ }).click();
  await page.waitForURL(/\/app\/cases\//);
  await page.locator('dl.spa-fields').waitFor();
  await badge(page);
  await shot(page, '05-spa-next-case', 'next case in the case app: the badge followed');

  await page.goto(`${crm.url}/dyn/main.aspx?etn=incident&pagetype=entitylist`);
  await page.getByRole('link', { name: stage2.reference, exact: true }).click();
  await badge(page);
  await page.locator('[data-id="EMAIL"] .ck-editor__editable').waitFor();
  await shot(page, '06-dynamics-case', `Dynamics 365-style form ${stage2.reference} (stage 2)`);

  // The officer drafts the stage 1 response: the checklist says what the Code still wants.
  await page.goto(`${crm.url}/cases/${overdue.reference}`);
  await badge(page);
  const reply = page.locator('textarea#reply');
  await reply.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(
    '\n\nThis is our stage 1 response to your complaint about how our officer spoke to you. We have upheld your complaint because the call fell short of our standards.',
  );
  const checklistHost = page.locator('complaint-code-checklist');
  // The check runs after a pause in typing; the sentence above gives the stage, decision and reasons.
  await expect(checklistHost.getByRole('status').first()).toContainText(/^[1-9]\d* of \d+ required/, { timeout: 15_000 });
  await checklistHost.scrollIntoViewIfNeeded();
  await shot(page, '07-draft-checklist', `the draft checklist beside the reply on ${overdue.reference}`);
  await checklistHost.getByRole('button', { name: 'Extend deadline', exact: true }).click();
  const noticeForm = checklistHost.getByRole('form', { name: /^Extend the stage 1 response deadline/ });
  await noticeForm.waitFor();
  // The form opens below the button it came from: scroll its top into view, so the shot shows the
  // filled notice rather than the button.
  await noticeForm.evaluate((form) => form.scrollIntoView({ block: 'start' }));
  await shot(page, '08-extension-notice', 'the one-click extension notice, filled from the case');

  // The team lead: visiting the queue tracks every complaint on it; the side panel groups them.
  const worker = await extensionWorker(context);
  const extensionUrl = `chrome-extension://${new URL(worker.url()).host}`;
  await page.goto(`${crm.url}/`);
  await page.locator('tr.case-row').first().waitFor();
  await page.waitForTimeout(1_500); // the list is read after the page settles
  await page.goto(`${extensionUrl}/sidepanel.html`);
  await page.getByRole('region', { name: 'Complaints by next deadline' }).getByRole('heading', { level: 3 }).first().waitFor({ timeout: 15_000 });
  await page.setViewportSize({ width: 420, height: 900 }); // about the width of Chrome's side panel
  await shot(page, '09-side-panel', 'the side panel: every tracked complaint, grouped by state');
  await page.getByRole('navigation', { name: 'Side panel sections' }).getByRole('button', { name: 'Performance', exact: true }).click();
  await shot(page, '10-side-panel-performance', 'the side panel: CH01/CH02 and responses by week');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto(`${extensionUrl}/options.html`);
  await page.getByRole('heading', { name: 'Your CRM' }).waitFor();
  await page.screenshot({ path: path.join(outDir, '11-options.png'), fullPage: true });
  console.log(`  ✓ options page → ${path.relative(process.cwd(), path.join(outDir, '11-options.png'))}`);
}

const crm = await startDemoCrm({ port, ...(today && { today: today.data }) });
console.log(`Demo CRM on ${crm.url} (today is ${crm.today}).`);
let context: BrowserContext | undefined;
let exitCode = 0;
try {
  context = await launchWithExtension({ headless: !headed });
  // Only when a date was asked for: otherwise the extension uses the real date, as the data do.
  if (today) await setExtensionToday(await extensionWorker(context), crm.today);
  if (headed) {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${crm.url}/`);
    console.log('Chromium is open on the complaints queue with the extension loaded. Close the browser (or press Ctrl+C) to stop.');
    const closed = new Promise<void>((resolve) => context?.once('close', () => resolve()));
    const interrupted = new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    await Promise.race([closed, interrupted]);
  } else {
    await tour(context, crm);
    console.log(`\nScreenshots are in ${path.relative(process.cwd(), outDir) || '.'}/.`);
  }
} catch (error) {
  console.error(`\n✗ The demo failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await context?.close().catch(() => undefined);
  await crm.close();
}
process.exit(exitCode);
