/**
 * The page shell for the demo pages built in other products' DOM styles (Salesforce Lightning,
 * Dynamics 365 email, ServiceNow classic, a helpdesk conversation, a one-box composer). Each page
 * brings its own markup; they share one small stylesheet (`/static/vendors.css`) and, where they
 * need it, the demo's editor-frame and composer scripts.
 */
import { html, type Html } from '../html.js';

export function vendorShell(options: { title: string; style: string; body: Html; scripts?: readonly string[]; today: string }): Html {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<link rel="stylesheet" href="/static/vendors.css">
${(options.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body class="vendor vendor-${options.style}" data-demo-today="${options.today}">
${options.body}
</body>
</html>`;
}
