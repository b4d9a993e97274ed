/**
 * `/app/…`: the single-page app's shell. `static/spa.js` routes on the client (history.pushState),
 * fetches `/api/complaints/:ref` and renders the case fields 300–800 ms later, as slow SPAs do.
 */
import { html, type Html } from '../html.js';
import { layout } from './layout.js';

export function spaShell(today: string): Html {
  const head = html`<script src="/vendor/tinymce/tinymce.min.js" defer></script>
<script type="module" src="/static/spa.js"></script>`;
  const body = html`<div id="app" class="spa" data-spa-root>
  <p class="loading" role="status">Loading the case app…</p>
</div>`;
  return layout({ title: 'Case app', section: 'app', body, head, today });
}
