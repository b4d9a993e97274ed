/** The demo CRM's page chrome: header bar, main navigation, footer. Plain HTML and CSS. */
import { html, type Html } from '../html.js';
import type { DemoComplaint } from '../data.js';

export type Section = 'queue' | 'app' | 'dynamics';

const nav: [Section, string, string][] = [
  ['queue', '/', 'Complaints queue'],
  ['app', '/app/', 'Case app'],
  ['dynamics', '/dyn/main.aspx?etn=incident&pagetype=entitylist', 'Dynamics 365'],
];

/** A whole page in the classic CaseHub look. */
export function layout(options: { title: string; section: Section; body: Html; head?: Html; today: string }): Html {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} – CaseHub Housing</title>
<link rel="stylesheet" href="/static/crm.css">
${options.head}
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="topbar">
  <div class="brand"><span class="logo" aria-hidden="true">HH</span> <span><strong>CaseHub Housing</strong> <span class="tenant">Harbourside Homes</span></span></div>
  <form class="search" action="/" method="get" role="search">
    <label for="global-search" class="visually-hidden">Search complaints</label>
    <input id="global-search" name="q" type="search" placeholder="Search by reference, resident or postcode">
    <button type="submit">Search</button>
  </form>
  <div class="user">Signed in as <strong>Sarah Mitchell</strong> · Complaints team · <span data-demo-today="${options.today}">Demo date ${options.today}</span></div>
</header>
<nav class="mainnav" aria-label="Main">
  <ul>${nav.map(([id, href, label]) => html`<li><a href="${href}"${id === options.section ? html` aria-current="page"` : ''}>${label}</a></li>`)}</ul>
</nav>
<main id="main">
${options.body}
</main>
<footer class="footer">CaseHub Housing (demo CRM for Complaint Code). All people and addresses are made up.</footer>
</body>
</html>`;
}

/** The CRM's own status pill (its workflow status, not a Code deadline). */
export function statusPill(status: DemoComplaint['status']): Html {
  const tone = status === 'Closed' ? 'grey' : status === 'New' ? 'blue' : status.startsWith('Stage 2') ? 'purple' : 'green';
  return html`<span class="pill pill-${tone}">${status}</span>`;
}
