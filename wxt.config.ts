import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The demo CRM's origins; only the e2e build is granted them up front (see extension/README.md).
 * The built-in adapters name `localhost` only, so `127.0.0.1` stays blank until the options-page
 * journey adds an adapter for it.
 */
const demoCrmOrigins = ['http://localhost:4310/*', 'http://127.0.0.1:4310/*'];

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: 'extension',
  modules: [],
  // Explicit imports everywhere: clearer, and `tsc -p extension` checks them like any other module.
  imports: false,
  // MV3 for Firefox too: WXT strips `optional_host_permissions` from MV2 builds.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    // Workspace packages (@complaint-code/sdk, @complaint-code/shared) resolve to TypeScript source.
    resolve: { conditions: ['source', 'module', 'browser', 'import', 'default'] },
  }),
  manifest: ({ mode, browser }) => ({
    name: 'Complaint Code',
    description:
      'Housing complaint deadlines inside your CRM: what is due next, by when, and why, under the Complaint Handling Code.',
    // `scripting` registers the overlay on the CRM origins the user grants; `storage` keeps settings.
    // Side panel (team lead): `alarms` + `notifications` for the daily summary and overdue alerts;
    // `sidePanel` is Chrome's (Firefox gets `sidebar_action` from the same entrypoint).
    permissions: ['storage', 'scripting', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The toolbar button opens the side panel and carries the "overdue or due today" badge.
    action: { default_title: 'Complaint Code' },
    // No host access at install. The options page asks for one CRM origin at a time.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Firefox cannot match on a port: it also needs the port-less patterns (lib/crm-origin.ts).
    ...(mode === 'e2e'
      ? { host_permissions: browser === 'firefox' ? [...demoCrmOrigins, 'http://localhost/*', 'http://127.0.0.1/*'] : demoCrmOrigins }
      : {}),
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
