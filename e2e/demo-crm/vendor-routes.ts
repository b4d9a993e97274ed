/**
 * Routes of the demo pages in other products' DOM styles (see pages/vendor-shell.ts):
 * `/lightning/r/Case/<id>/view[?publisher=textarea|external]` · `/lightning/publisher/email-body` · `/dyn/main.aspx?…etn=email…` ·
 * `/sn/nav_to.do?uri=…` · `/sn/x_hh_complaint.do?sys_id=…` · `/helpdesk/conversation/<ref>` ·
 * `/agent/tickets/<number>`.
 */
import type { DemoComplaint } from './data.js';
import type { Html } from './html.js';
import { dynamicsEmailPage } from './pages/dynamics-email.js';
import { helpdeskConversationPage } from './pages/helpdesk.js';
import { omnicomposerTicketPage, ticketNumber } from './pages/omnicomposer.js';
import { salesforceCasePage, salesforceEmailBodyFrame, salesforceId } from './pages/salesforce.js';
import { serviceNowFormPage, serviceNowNavPage, sysId } from './pages/servicenow.js';

/** The page for `url`, `null` for one of these routes with no such complaint, `undefined` for another route. */
export function vendorPage(url: URL, complaints: readonly DemoComplaint[], today: string): Html | null | undefined {
  const { pathname, searchParams } = url;
  const find = (test: (complaint: DemoComplaint) => boolean) => complaints.find(test) ?? null;
  const render = (complaint: DemoComplaint | null, page: (complaint: DemoComplaint) => Html) => (complaint ? page(complaint) : null);

  const salesforce = /^\/lightning\/r\/Case\/([A-Za-z0-9]{18})\/view$/.exec(pathname);
  if (salesforce) {
    const publisher = searchParams.get('publisher');
    const kind = publisher === 'textarea' || publisher === 'external' ? publisher : 'frames';
    return render(find((c) => salesforceId(c) === salesforce[1]), (c) => salesforceCasePage(c, today, kind));
  }
  if (pathname === '/lightning/publisher/email-body') return salesforceEmailBodyFrame(today);
  if (pathname === '/dyn/main.aspx' && searchParams.get('etn') === 'email' && searchParams.get('pagetype') === 'entityrecord') {
    return render(find((c) => c.id === searchParams.get('id')), (c) => dynamicsEmailPage(c, today));
  }
  if (pathname === '/sn/nav_to.do') {
    // Only the demo's own form pages go into gsft_main.
    const uri = searchParams.get('uri') ?? '';
    return /^x_hh_complaint\.do\?sys_id=[0-9a-f]{32}$/.test(uri) ? serviceNowNavPage(`/sn/${uri}`, today) : null;
  }
  if (pathname === '/sn/x_hh_complaint.do') return render(find((c) => sysId(c) === searchParams.get('sys_id')), (c) => serviceNowFormPage(c, today));
  const conversation = /^\/helpdesk\/conversation\/([^/]+)$/.exec(pathname);
  if (conversation) return render(find((c) => c.reference === decodeURIComponent(conversation[1] ?? '')), (c) => helpdeskConversationPage(c, today));
  const ticket = /^\/agent\/tickets\/(\d+)$/.exec(pathname);
  if (ticket) return render(find((c) => ticketNumber(c) === Number(ticket[1])), (c) => omnicomposerTicketPage(c, today));
  return undefined;
}
