/**
 * Routes for the field-style pages: case pages built the way real CRM families show fields
 * (header tiles, agent workspace tabs, inline "Label: value" text, a GOV.UK summary list with an
 * agreed extension). One function so the server gains a single line.
 */
import type { DemoComplaint } from '../../data.js';
import { html, type Html } from '../../html.js';
import { govukPage } from './govuk.js';
import { headerTilesPage, headerTilesUrl } from './header-tiles.js';
import { inlinePage, inlineUrl } from './inline.js';
import { complaintNumber } from './shell.js';
import { workspacePage, workspaceReferences } from './workspace.js';

/** Links to each style, for the queue page. */
export function fieldStyleLinks(complaints: DemoComplaint[]): { href: string; label: string }[] {
  const byReference = new Map(complaints.map((complaint) => [complaint.reference, complaint]));
  const links: { href: string; label: string }[] = [];
  const tiles = byReference.get('HC-2026-0446');
  if (tiles) links.push({ href: headerTilesUrl(tiles), label: 'Dynamics 365 header tiles (HC-2026-0446)' });
  links.push({ href: '/desk/agent/workspace', label: `Helpdesk agent workspace, tickets as tabs (${workspaceReferences.join(', ')})` });
  const inline = byReference.get('HC-2026-0463');
  if (inline) links.push({ href: inlineUrl(inline), label: `In-house "Label: value" page (complaint ${complaintNumber(inline.reference)})` });
  links.push({ href: '/govuk/cases/HC-2026-0463', label: 'GOV.UK summary list with an agreed extension (HC-2026-0463)' });
  return links;
}

/** The page for `url`, or undefined when it is not a field-style route (or names no complaint). */
export function fieldStylePage(url: URL, complaints: DemoComplaint[], today: string): Html | undefined {
  const { pathname, searchParams } = url;
  if (pathname === '/d365/main.aspx' && searchParams.get('pagetype') === 'entityrecord') {
    const complaint = complaints.find((candidate) => candidate.id === searchParams.get('id'));
    return complaint && headerTilesPage(complaint);
  }
  if (pathname === '/desk/agent/workspace') {
    const open = workspaceReferences.flatMap((reference) => complaints.filter((complaint) => complaint.reference === reference));
    return workspacePage(open, today);
  }
  const inline = /^\/hub\/complaints\/(\d{8})$/.exec(pathname);
  if (inline) {
    const complaint = complaints.find((candidate) => complaintNumber(candidate.reference) === inline[1]);
    return complaint && inlinePage(complaint);
  }
  const govuk = /^\/govuk\/cases\/([A-Z]{2}-\d{4}-\d{4})$/.exec(pathname);
  if (govuk) {
    const complaint = complaints.find((candidate) => candidate.reference === govuk[1]);
    return complaint && govukPage(complaint);
  }
  return undefined;
}

/** The queue page's list of links to the field-style pages. */
export function fieldStyleNav(complaints: DemoComplaint[]): Html {
  return html`<section class="panel styles-nav" aria-labelledby="styles-h">
  <h2 id="styles-h">The same complaints in other CRM styles</h2>
  <ul>${fieldStyleLinks(complaints).map((link) => html`<li><a href="${link.href}">${link.label}</a></li>`)}</ul>
</section>`;
}
