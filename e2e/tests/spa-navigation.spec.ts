// Journey: the countdown follows the single-page app's client-side navigation (history.pushState,
// popstate), waits for fields that render late, and never leaves a stale or second badge behind.
// Today is fixed at Tue 24 Nov 2026; expected dates are worked out by hand (see countdown.spec.ts).
import { expect, test } from '../fixtures.js';
import { demoCrm } from '../pages/crm.js';
import { badgeName, overlay } from '../pages/overlay.js';

test('the badge updates on client-side navigation and on Back', async ({ page }) => {
  const crm = demoCrm(page);
  const countdown = overlay(page);
  await crm.spaCaseFromList('HC-2026-0429');
  // Acknowledged Fri 20 Nov → response due Fri 4 Dec (HO Code 6.3), 8 working days left.
  await expect(countdown.badge).toHaveAccessibleName(badgeName('Stage 1 response', 'due Fri 4 Dec 2026', '8 working days left', 'On track'));
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));

  await crm.nextCaseLink().click();
  await expect(page).toHaveURL(/\/app\/cases\/HC-2026-0446$/);
  // Received Thu 19 Nov, not acknowledged → due Thu 26 Nov (HO Code 6.2), 2 working days left: due soon.
  await expect(countdown.badge).toHaveAccessibleName(
    badgeName({ re: String.raw`Stage 1 acknowledg\w*` }, 'due Thu 26 Nov 2026', '2 working days left', 'Due soon'),
  );
  await expect(countdown.host).toHaveAttribute('data-state', 'due-soon');
  await expect(countdown.host).toHaveCount(1);

  await page.goBack();
  await expect(page).toHaveURL(/\/app\/cases\/HC-2026-0429$/);
  await expect(countdown.badge).toHaveAccessibleName(badgeName('Stage 1 response', 'due Fri 4 Dec 2026', '8 working days left', 'On track'));
  await expect(countdown.host).toHaveCount(1);
  expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('leaving the case for the list removes the badge', async ({ page }) => {
  const crm = demoCrm(page);
  await crm.spaCaseFromList('HC-2026-0429');
  await expect(overlay(page).badge).toBeVisible();
  await page.getByRole('link', { name: 'My open cases' }).click();
  await expect(page.getByRole('heading', { name: 'My open cases' })).toBeVisible();
  await expect(overlay(page).badge).toHaveCount(0);
});
