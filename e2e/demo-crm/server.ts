/**
 * The demo CRM: a small `node:http` server (no framework) serving a believable housing CRM in three
 * DOM styles, the self-hosted reply editors (TinyMCE, CKEditor 5) straight from node_modules, and a
 * JSON API for the single-page app. Used by `pnpm demo`, the e2e suite and the benchmarks.
 *
 * Routes: `/` queue · `/cases/:ref` classic · `/app/…` SPA · `/dyn/main.aspx?…` Dynamics-style ·
 * `/d365/…`, `/desk/…`, `/hub/…`, `/govuk/…` field styles (pages/styles) ·
 * `/api/complaints[/:ref]` · `/static/…` · `/vendor/{tinymce,ckeditor5}/…` · `/healthz`, and the pages
 * in other products' styles (vendor-routes.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { todayInLondon, type IsoDate } from '@complaint-code/sdk';
import { demoComplaints, type DemoComplaint } from './data.js';
import type { Html } from './html.js';
import { classicCasePage, type Broken } from './pages/classic.js';
import { dynamicsListPage, dynamicsRecordPage } from './pages/dynamics.js';
import { queuePage } from './pages/queue.js';
import { spaShell } from './pages/spa.js';
import { vendorPage } from './vendor-routes.js';
import { fieldStylePage } from './pages/styles/routes.js';

const here = import.meta.dirname;
const e2eRoot = path.resolve(here, '..');

/** URL prefix → directory served under it. */
const staticRoots: Record<string, string> = {
  '/static/': path.join(here, 'static'),
  '/vendor/tinymce/': path.join(e2eRoot, 'node_modules/tinymce'),
  '/vendor/ckeditor5/': path.join(e2eRoot, 'node_modules/ckeditor5/dist/browser'),
  '/vendor/quill/': path.join(e2eRoot, 'node_modules/quill/dist'),
};

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.gif': 'image/gif', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf',
};

export interface DemoCrmOptions {
  /** @default 4310 */
  port?: number;
  /** @default '127.0.0.1' (both http://localhost:4310 and http://127.0.0.1:4310 reach it) */
  host?: string;
  /** The demo's "today" (ISO); dates in the data are placed relative to it. @default today in Europe/London */
  today?: IsoDate;
}

export interface DemoCrm {
  url: string;
  today: IsoDate;
  complaints: DemoComplaint[];
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: string | Html, type = 'text/html; charset=utf-8'): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(String(body));
}

function parseBroken(value: string | null): Broken {
  return value === 'received' || value === 'received-garbled' ? value : undefined;
}

async function serveFile(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<boolean> {
  const prefix = Object.keys(staticRoots).find((candidate) => pathname.startsWith(candidate));
  if (!prefix) return false;
  const dir = await realpath(staticRoots[prefix] ?? '');
  const file = path.resolve(dir, `.${decodeURIComponent(pathname.slice(prefix.length - 1))}`);
  // Never serve outside the folder, whatever `..` the URL carries.
  if (!file.startsWith(dir + path.sep)) return send(response, 403, 'Forbidden', 'text/plain'), true;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return send(response, 404, 'Not found', 'text/plain'), true;
  response.writeHead(200, {
    'content-type': mimeTypes[path.extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    // Editors are big and never change while the server runs; our own files may (development).
    'cache-control': prefix === '/static/' ? 'no-cache' : 'max-age=3600',
  });
  if (request.method === 'HEAD') return response.end(), true;
  createReadStream(file).pipe(response);
  return true;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of request) {
    body += String(chunk);
    if (body.length > 100_000) break; // a draft reply, not an upload
  }
  return new URLSearchParams(body);
}

/**
 * Starts the demo CRM.
 *
 * @example
 * const crm = await startDemoCrm({ today: '2026-11-24' });
 * console.log(crm.url); //=> 'http://localhost:4310'
 * await crm.close();
 */
export async function startDemoCrm(options: DemoCrmOptions = {}): Promise<DemoCrm> {
  const { port = 4310, host = '127.0.0.1' } = options;
  const today = options.today ?? todayInLondon();
  const complaints = demoComplaints(today);
  const byReference = new Map(complaints.map((complaint) => [complaint.reference, complaint]));
  const byId = new Map(complaints.map((complaint) => [complaint.id, complaint]));
  const drafts = new Map<string, string>();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const { pathname, searchParams } = url;
    const broken = parseBroken(searchParams.get('broken'));
    const caseMatch = /^\/cases\/([^/]+)(\/draft)?$/.exec(pathname);

    if (pathname === '/healthz') return send(response, 200, 'ok', 'text/plain');
    if (pathname === '/favicon.ico') return void response.writeHead(204).end();
    if (pathname === '/') return send(response, 200, queuePage(complaints, searchParams, today));
    if (caseMatch) {
      const reference = decodeURIComponent(caseMatch[1] ?? '');
      const complaint = byReference.get(reference);
      if (!complaint) return send(response, 404, `No complaint ${reference}`, 'text/plain');
      if (caseMatch[2] && request.method === 'POST') {
        drafts.set(reference, (await readForm(request)).get('reply') ?? '');
        response.writeHead(303, { location: `/cases/${encodeURIComponent(reference)}?saved=1` });
        return void response.end();
      }
      const editor = searchParams.get('editor') === 'quill' ? 'quill' : 'textarea';
      const page = classicCasePage(complaint, { broken, saved: searchParams.has('saved'), draft: drafts.get(reference) ?? '', today, editor });
      return send(response, 200, page);
    }
    if (pathname === '/app' || pathname.startsWith('/app/')) return send(response, 200, spaShell(today));
    if (pathname === '/api/complaints') return send(response, 200, JSON.stringify(complaints), 'application/json');
    if (pathname.startsWith('/api/complaints/')) {
      const complaint = byReference.get(decodeURIComponent(pathname.slice('/api/complaints/'.length)));
      if (!complaint) return send(response, 404, JSON.stringify({ error: 'No such complaint' }), 'application/json');
      return send(response, 200, JSON.stringify(complaint), 'application/json');
    }
    const vendor = vendorPage(url, complaints, today);
    if (vendor === null) return send(response, 404, 'Not found', 'text/plain');
    if (vendor) return send(response, 200, vendor);
    if (pathname === '/dyn/main.aspx') {
      if (searchParams.get('pagetype') !== 'entityrecord') return send(response, 200, dynamicsListPage(complaints));
      const complaint = byId.get(searchParams.get('id') ?? '');
      if (!complaint) return send(response, 404, 'Record not found', 'text/plain');
      return send(response, 200, dynamicsRecordPage(complaint, { broken }));
    }
    const styled = fieldStylePage(url, complaints, today);
    if (styled) return send(response, 200, styled);
    if (await serveFile(request, response, pathname)) return;
    send(response, 404, 'Not found', 'text/plain');
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'Server error', 'text/plain');
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    url: `http://localhost:${port}`,
    today,
    complaints,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
