// Journey: the countdown is right on each of the demo CRM's three DOM styles.
//
// Today is fixed at Tuesday 24 November 2026 (fixtures.ts). Expected dates are worked out by hand
// from the HO Code 2024 (6.2: acknowledge within 5 working days of receipt; 6.3: respond within
// 10 working days of the acknowledgement; 6.14: stage 2 response within 20 of its acknowledgement),
// counting the day after the event as working day 1. No bank holidays fall in Nov–mid Dec 2026.
import { expect, test } from '../fixtures.js';
import { demoCrm } from '../pages/crm.js';
import { badgeName, overlay } from '../pages/overlay.js';

test.describe('classic server-rendered page', () => {
  test('a new complaint: acknowledgement due in 4 working days', async ({ page }) => {
    // Received Mon 23 Nov → Tue 24 (1), Wed 25, Thu 26, Fri 27, Mon 30 Nov (5).
    await demoCrm(page).classicCase('HC-2026-0412');
    const countdown = overlay(page);
    await expect(countdown.badge).toHaveAccessibleName(
      badgeName({ re: String.raw`Stage 1 acknowledg\w*` }, 'due Mon 30 Nov 2026', '4 working days left', 'On track'),
    );
    await expect(countdown.host).toHaveAttribute('data-state', 'on-track');
    // The badge sits right after the case title (or the title's row), not over the CRM's fields or buttons.
    await expect(page.locator(':is(#case-title, .case-head) + complaint-code-countdown')).toHaveCount(1);
  });

  test('an overdue response: 4 working days late', async ({ page }) => {
    // Received Mon 2 Nov 2026 (shown 02/11/2026), acknowledged Wed 4 Nov → response due Wed 18 Nov
    // (Thu 5 … Wed 18 is 10 working days); Thu 19, Fri 20, Mon 23, Tue 24 = 4 working days late.
    await demoCrm(page).classicCase('HC-2026-0463');
    const countdown = overlay(page);
    await expect(countdown.badge).toHaveAccessibleName(
      badgeName('Stage 1 response', 'due Wed 18 Nov 2026', '4 working days late', 'Overdue'),
    );
    await expect(countdown.host).toHaveAttribute('data-state', 'overdue');
  });

  test('the timeline panel opens from the keyboard and cites the Code', async ({ page }) => {
    await demoCrm(page).classicCase('HC-2026-0463');
    const countdown = overlay(page);
    await countdown.badge.focus();
    await page.keyboard.press('Enter');
    await expect(countdown.badge).toHaveAttribute('aria-expanded', 'true');
    await expect(countdown.panel).toBeVisible();
    await expect(countdown.panel).toHaveAccessibleName('Complaint timeline for HC-2026-0463');
    const items = countdown.panel.getByRole('listitem');
    // Acknowledged Wed 4 Nov, within 5 working days of Mon 2 Nov: done on time.
    await expect(items.filter({ hasText: 'Stage 1 acknowledg' })).toContainText('Done on time');
    await expect(items.filter({ hasText: 'Stage 1 response' }).first()).toContainText('Wed 18 Nov 2026');
    await expect(countdown.panel).toContainText('6.3');
  });
});

test.describe('single-page app (fields render late)', () => {
  test('a response due in 8 working days', async ({ page }) => {
    // Acknowledged Fri 20 Nov → Mon 23 (1) … Fri 4 Dec (10); Wed 25 … Fri 4 Dec = 8 left.
    await demoCrm(page).spaCase('HC-2026-0429');
    await expect(overlay(page).badge).toHaveAccessibleName(
      badgeName('Stage 1 response', 'due Fri 4 Dec 2026', '8 working days left', 'On track'),
    );
    await expect(page.locator(':is(.case-head h1, .case-head) + complaint-code-countdown')).toHaveCount(1);
  });
});

test.describe('Dynamics 365-style form', () => {
  test('a stage 2 response due in 13 working days', async ({ page }) => {
    // Escalated Tue 10 Nov, acknowledged Fri 13 Nov → 20 working days: Mon 16 Nov … Fri 11 Dec.
    await demoCrm(page).dynamicsCase('HC-2026-0497');
    const countdown = overlay(page);
    await expect(countdown.badge).toHaveAccessibleName(
      badgeName({ re: String.raw`Stage 2 (?:final )?response` }, 'due Fri 11 Dec 2026', '13 working days left', 'On track'),
    );
    await expect(page.locator(':is([data-id="header_title"], .form-header) + complaint-code-countdown')).toHaveCount(1);
  });

  test('an acknowledgement due today', async ({ page }) => {
    // Created On Tuesday 17 November 2026 → Wed 18 (1) … Tue 24 Nov (5) = today.
    await demoCrm(page).dynamicsCase('HC-2026-0480');
    const countdown = overlay(page);
    await expect(countdown.badge).toHaveAccessibleName(
      badgeName({ re: String.raw`Stage 1 acknowledg\w*` }, 'due Tue 24 Nov 2026', 'Due today'),
    );
    await expect(countdown.host).toHaveAttribute('data-state', 'due-today');
  });
});
