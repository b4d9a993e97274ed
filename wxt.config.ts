import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import { orgOrigins } from './scripts/org-origins.mjs';

/**
 * The demo CRM's origins; only the e2e build is granted them up front (see extension/README.md).
 * The built-in adapters name `localhost` only, so `127.0.0.1` stays blank until the options-page
 * journey adds an adapter for it.
 */
const demoCrmOrigins = ['http://localhost:4310/*', 'http://127.0.0.1:4310/*'];

/**
 * A fixed manifest `key` gives a fixed extension id, so policies can name it. The organisation
 * build uses `CC_ORG_KEY` (a base64 DER public key, or a file holding one) else keys/org.pub; the
 * e2e build keys/e2e.pub (the managed-policy journey names its id). See docs/deploy.md.
 */
function manifestKey(mode: string): string | undefined {
  if (mode === 'org') {
    const given = process.env.CC_ORG_KEY?.trim();
    if (given) return /^[A-Za-z0-9+/=\s]+$/.test(given) && given.length > 200 ? given.replace(/\s/g, '') : readFileSync(given, 'utf8').trim();
    return readFileSync(path.resolve(import.meta.dirname, 'keys/org.pub'), 'utf8').trim();
  }
  if (mode === 'e2e') return readFileSync(path.resolve(import.meta.dirname, 'keys/e2e.pub'), 'utf8').trim();
  return undefined;
}

/** Host access granted at install: the demo CRM in the e2e build, the organisation's CRMs in its build. */
function grantedAtInstall(mode: string, browser: string): string[] {
  const patterns =
    mode === 'e2e' ? demoCrmOrigins : mode === 'org' ? orgOrigins(process.env.CC_ORG_ORIGINS ?? '').map((origin) => `${origin}/*`) : [];
  if (browser !== 'firefox') return patterns;
  // Firefox ignores ports in match patterns: grant the port-less pattern too.
  return [...new Set([...patterns, ...patterns.map((pattern) => pattern.replace(/:\d+\/\*$/, '/*'))])];
}

/**
 * The on-demand script (entrypoints/crm-on-demand.ts) renders inside the content script's Preact
 * trees, so it must use that very Preact, not a copy: its imports of Preact resolve to shims that
 * read the content script's (lent through the isolated world, content/on-demand/handover.ts).
 */
const onDemandShims = (
  [
    ['preact', 'preact.ts'],
    ['preact/hooks', 'preact-hooks.ts'],
    ['preact/jsx-runtime', 'preact-jsx-runtime.ts'],
    ['@preact/signals', 'preact-signals.ts'],
  ] as const
).map(([module, shim]) => ({
  find: new RegExp(`^${module.replace(/[/.]/g, '\\$&')}$`),
  replacement: path.resolve(import.meta.dirname, 'extension/content/on-demand/shims', shim),
}));

const icons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: 'extension',
  modules: [],
  // Explicit imports everywhere: clearer, and `tsc -p extension` checks them like any other module.
  imports: false,
  // MV3 for Firefox too: WXT strips `optional_host_permissions` from MV2 builds.
  manifestVersion: 3,
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'crm-on-demand')) return;
      const given = config.resolve?.alias ?? [];
      const aliases = Array.isArray(given) ? given : Object.entries(given).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [...onDemandShims, ...aliases] };
    },
  },
  vite: () => ({
    plugins: [preact()],
    // Workspace packages (@complaint-code/sdk, @complaint-code/shared) resolve to TypeScript source.
    resolve: { conditions: ['source', 'module', 'browser', 'import', 'default'] },
    // `CC_SOURCEMAP=1 pnpm build` writes sourcemaps, to see what makes up a bundle (scripts/check-bundle-size.mjs).
    build: process.env.CC_SOURCEMAP ? { sourcemap: true } : {},
  }),
  manifest: ({ mode, browser }) => ({
    name: 'Complaint Code',
    description:
      'Housing complaint deadlines inside your CRM: what is due next, by when, and why, under the Complaint Handling Code.',
    // `scripting` registers the overlay on the CRM origins the user grants; `storage` keeps settings.
    // Side panel (team lead): `alarms` + `notifications` for the daily summary and overdue alerts;
    // `sidePanel` is Chrome's (Firefox gets `sidebar_action` from the same entrypoint).
    permissions: ['storage', 'scripting', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    icons,
    // The toolbar button opens the side panel and carries the "overdue or due today" badge.
    // Firefox: on a dark toolbar, the light tile (`-dark` files: "for dark toolbars"; Firefox's `light`
    // key names the icon's colour, not the theme's). Chrome has no per-theme action icons.
    action: {
      default_title: 'Complaint Code',
      default_icon: icons,
      ...(browser === 'firefox'
        ? { theme_icons: [16, 32].map((size) => ({ light: `icon/${size}-dark.png`, dark: `icon/${size}.png`, size })) }
        : {}),
    },
    // No host access at install, except the organisation's CRMs in its build. The options page
    // asks for one CRM origin at a time.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Firefox cannot match on a port: it also gets the port-less patterns (lib/crm-origin.ts); our own
    // origin check still enforces the port.
    ...(grantedAtInstall(mode, browser).length > 0 ? { host_permissions: grantedAtInstall(mode, browser) } : {}),
    ...(manifestKey(mode) && browser !== 'firefox' ? { key: manifestKey(mode) } : {}),
    // What an organisation may set by policy (chrome.storage.managed); Firefox reads the same
    // keys from policies.json `3rdparty` (docs/deploy.md).
    storage: { managed_schema: 'managed-schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'complaint-code@complaint-code.example',
              strict_min_version: '142.0', // first version with data_collection_permissions
              // Complaint data never leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
