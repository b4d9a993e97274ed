// Journey: a field the adapter names but the page does not show (or shows unreadably) is reported
// in the overlay, naming the field, instead of a deadline computed from a wrong date.
import { expect, test } from '../fixtures.js';
import { demoCrm } from '../pages/crm.js';
import { overlay } from '../pages/overlay.js';

test('a missing "Date received" on the classic page is reported, not guessed', async ({ page }) => {
  await demoCrm(page).classicCase('HC-2026-0463', { broken: 'received' });
  const countdown = overlay(page);
  await expect(countdown.badge).toHaveAccessibleName(/^Complaint deadline:\s*cannot read this case/);
  await expect(countdown.host).toHaveAttribute('data-state', 'problem');
  await countdown.open();
  // It names the fact and the adapter's label it looked for, so an admin can fix the adapter.
  await expect(countdown.problems.getByRole('listitem').filter({ hasText: 'Stage 1 received: no label "Date received"' })).toBeVisible();
  // No deadline is shown for a date the overlay could not read.
  await expect(countdown.host).not.toContainText('Wed 18 Nov 2026');
});

test('an unreadable received date in the SPA is reported once the late fields render', async ({ page }) => {
  await demoCrm(page).spaCase('HC-2026-0429', { broken: 'received-garbled' });
  await expect(page.locator('dl.spa-fields')).toBeVisible();
  const countdown = overlay(page);
  await expect(countdown.host).toHaveAttribute('data-state', 'problem');
  await countdown.open();
  await expect(countdown.problems.getByRole('listitem').filter({ hasText: 'Stage 1 received' })).toBeVisible();
});

test('the same case reads fine without the flag (the problem is the page, not the case)', async ({ page }) => {
  await demoCrm(page).classicCase('HC-2026-0463');
  await expect(overlay(page).host).toHaveAttribute('data-state', 'overdue');
  await expect(overlay(page).problems).toHaveCount(0);
});
