/** A plain page shell for the field-style pages: each brings its own product's look via one stylesheet. */
import { html, type Html } from '../../html.js';

export function styleShell(options: { title: string; bodyClass: string; body: Html; head?: Html }): Html {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<link rel="stylesheet" href="/static/field-styles.css">
${options.head}
</head>
<body class="${options.bodyClass}">
${options.body}
</body>
</html>`;
}

/** Turns `HC-2026-0463` into the number an in-house system would show instead: `10000463`. */
export function complaintNumber(reference: string): string {
  return String(10_000_000 + Number(reference.slice(-4)));
}
