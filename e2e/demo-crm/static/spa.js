// The demo CRM's single-page app: client-side routing with history.pushState, data from the JSON
// API, and case fields that appear 300–800 ms after navigation (override with ?delay=ms).
// Builds DOM nodes only (no innerHTML): complaint text is data, never markup.
/* global document, window, history, location, fetch, tinymce, URLSearchParams */

const root = document.getElementById('app');
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
let renderId = 0;

/** Creates an element: h('a', { href: '/x' }, 'text', child). */
function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.flat().filter((child) => child !== undefined && child !== null && child !== false));
  return element;
}

function shortUk(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${months[month - 1]} ${year}`;
}

function dateItem(field, label, iso) {
  return h('div', { class: 'spa-field', 'data-field': field },
    h('dt', {}, label),
    h('dd', {}, iso ? h('time', { datetime: iso }, shortUk(iso)) : h('span', { class: 'empty' }, 'Not yet')));
}

function textItem(field, label, value) {
  return h('div', { class: 'spa-field', 'data-field': field }, h('dt', {}, label), h('dd', {}, value));
}

/** The same colours as the server-rendered pages' status pills (layout.ts). */
function pillTone(status) {
  if (status === 'Closed') return 'grey';
  if (status === 'New') return 'blue';
  return status.startsWith('Stage 2') ? 'purple' : 'green';
}

function link(href, text, extra = {}) {
  return h('a', { href, 'data-spa-link': true, ...extra }, text);
}

function delayFor(reference) {
  const override = new URLSearchParams(location.search).get('delay');
  if (override !== null) return Number(override);
  let hash = 0;
  for (const char of reference) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return 300 + (hash % 501);
}

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.json();
}

function removeEditors() {
  if (typeof tinymce !== 'undefined') tinymce.remove();
}

async function renderList(id) {
  document.title = 'Case app – CaseHub Housing';
  const complaints = await getJson('/api/complaints');
  if (id !== renderId) return;
  root.replaceChildren(
    h('div', { class: 'page-head' }, h('h1', {}, 'My open cases'),
      h('p', { class: 'lede' }, 'The new case app (beta). Pick a case; it opens without reloading the page.')),
    h('ul', { class: 'spa-list' }, complaints.filter((c) => c.status !== 'Closed').map((c) =>
      h('li', { 'data-reference': c.reference },
        link(`/app/cases/${c.reference}`, c.reference),
        ` · ${c.resident.name} · ${c.topic} · Stage ${c.stage}`))),
  );
}

function replyEditor(complaint) {
  if (complaint.stage === 2) {
    // Stage 2 replies are formal letters: the rich editor (TinyMCE, self-hosted, GPL licence).
    const area = h('textarea', { id: 'reply-rich', name: 'reply' }, `Dear ${complaint.resident.name},\n\n`);
    window.setTimeout(() => {
      if (typeof tinymce === 'undefined' || !area.isConnected) return;
      tinymce.init({
        target: area, license_key: 'gpl', menubar: false, statusbar: false, height: 220,
        base_url: '/vendor/tinymce', suffix: '.min', plugins: 'lists', toolbar: 'bold italic | bullist numlist',
        iframe_aria_text: 'Stage 2 reply to the resident',
      });
    });
    return h('div', { class: 'editor-wrap' }, h('label', { for: 'reply-rich' }, 'Stage 2 response letter'), area);
  }
  return h('div', { class: 'editor-wrap' },
    h('span', { id: 'reply-label', class: 'label' }, 'Reply to resident'),
    h('div', { id: 'reply-editable', class: 'editable', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': 'reply-label' },
      h('p', {}, `Dear ${complaint.resident.name},`)));
}

async function renderCase(id, reference) {
  document.title = `${reference} – Case app – CaseHub Housing`;
  root.replaceChildren(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumb' }, h('ol', {}, h('li', {}, link('/app/', 'My open cases')), h('li', { 'aria-current': 'page' }, reference))),
    h('p', { class: 'loading', role: 'status' }, `Loading ${reference}…`),
  );
  const [complaint, list] = await Promise.all([getJson(`/api/complaints/${encodeURIComponent(reference)}`), getJson('/api/complaints')]);
  await new Promise((resolve) => window.setTimeout(resolve, delayFor(reference)));
  if (id !== renderId) return; // the officer navigated on meanwhile
  const broken = new URLSearchParams(location.search).get('broken');
  const open = list.filter((c) => c.status !== 'Closed');
  const index = open.findIndex((c) => c.reference === reference);
  const previous = open[index - 1];
  const next = open[index + 1];
  const s2 = complaint.stage2 ?? {};
  root.replaceChildren(
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumb' }, h('ol', {}, h('li', {}, link('/app/', 'My open cases')), h('li', { 'aria-current': 'page' }, reference))),
    h('div', { class: 'case-head' },
      h('h1', { 'data-field': 'title' }, h('span', { class: 'case-ref', 'data-field': 'reference' }, complaint.reference), ` – ${complaint.topic}`),
      h('span', { class: `pill pill-${pillTone(complaint.status)}` }, complaint.status)),
    h('nav', { class: 'pager', 'aria-label': 'Cases' },
      previous ? link(`/app/cases/${previous.reference}`, `← Previous case (${previous.reference})`, { rel: 'prev' }) : h('span', {}),
      next ? link(`/app/cases/${next.reference}`, `Next case (${next.reference}) →`, { rel: 'next' }) : h('span', {})),
    h('div', { class: 'case-grid' },
      h('section', { class: 'panel', 'aria-labelledby': 'spa-details' },
        h('h2', { id: 'spa-details' }, 'Complaint'),
        h('dl', { class: 'spa-fields' },
          textItem('resident', 'Resident', complaint.resident.name),
          textItem('address', 'Address', `${complaint.resident.address}, ${complaint.resident.postcode}`),
          textItem('stage', 'Stage', `Stage ${complaint.stage}`),
          broken === 'received' ? undefined
            : broken === 'received-garbled' ? textItem('receivedOn', 'Received', 'TBC')
            : dateItem('receivedOn', 'Received', complaint.receivedOn),
          dateItem('acknowledgedOn', 'Acknowledged', complaint.acknowledgedOn),
          dateItem('respondedOn', 'Stage 1 response', complaint.respondedOn),
          dateItem('stage2RequestedOn', 'Stage 2 requested', s2.requestedOn),
          dateItem('stage2AcknowledgedOn', 'Stage 2 acknowledged', s2.acknowledgedOn),
          dateItem('stage2RespondedOn', 'Stage 2 response', s2.respondedOn),
          textItem('handler', 'Handler', complaint.officer))),
      h('section', { class: 'panel', 'aria-labelledby': 'spa-summary' },
        h('h2', { id: 'spa-summary' }, 'What the resident told us'),
        h('p', {}, complaint.summary),
        h('p', { class: 'sub' }, `Received by ${complaint.channel.toLowerCase()}.`))),
    h('section', { class: 'panel reply', 'aria-labelledby': 'spa-reply' },
      h('h2', { id: 'spa-reply' }, 'Reply'), replyEditor(complaint)),
  );
}

async function route() {
  renderId += 1;
  const id = renderId;
  removeEditors();
  const match = /^\/app\/cases\/([^/]+)$/.exec(location.pathname);
  try {
    if (match?.[1]) await renderCase(id, decodeURIComponent(match[1]));
    else await renderList(id);
  } catch (error) {
    if (id === renderId) root.replaceChildren(h('p', { class: 'notice error', role: 'alert' }, `Could not load this page: ${error.message}`));
  }
}

document.addEventListener('click', (event) => {
  const anchor = event.target instanceof window.Element ? event.target.closest('a[data-spa-link]') : null;
  if (!anchor || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  history.pushState({}, '', anchor.getAttribute('href'));
  route();
});
window.addEventListener('popstate', () => route());
route();
