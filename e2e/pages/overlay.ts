/**
 * Page object for the extension's overlay on a CRM page, through its stable test hooks
 * (extension/README.md): the `<complaint-code-countdown>` host, the badge button, the timeline.
 */
import type { FrameLocator, Page } from '@playwright/test';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The badge's whole accessible name, from its parts: `Complaint deadline: <part>, <part>, …`.
 * A part may be a RegExp source via `{ re }`. Spacing around the commas is not the point, so it is loose.
 *
 * @example
 * badgeName('Stage 1 response', 'due Wed 18 Nov 2026', 'Overdue');
 */
export function badgeName(...parts: (string | { re: string })[]): RegExp {
  const body = parts.map((part) => (typeof part === 'string' ? escapeRegExp(part) : part.re)).join(String.raw`\s*,\s*`);
  return new RegExp(String.raw`^Complaint deadline:\s*${body}$`);
}

export function overlay(page: Page | FrameLocator) {
  const host = page.locator('complaint-code-countdown');
  const badge = page.getByRole('button', { name: /^Complaint deadline:/ });
  return {
    host,
    badge,
    status: host.getByRole('status'),
    panel: page.getByRole('region', { name: /^Complaint timeline for / }),
    problems: page.getByRole('list', { name: 'Problems reading this page' }),
    /** Opens the timeline panel if it is closed. */
    async open() {
      if ((await badge.getAttribute('aria-expanded')) !== 'true') await badge.click();
    },
  };
}
