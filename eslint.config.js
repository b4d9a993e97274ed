// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node built-ins: not in the SDK's library code (the CLI may use them). */
const nodeOnly = [{ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The SDK runs in browsers too: no Node built-ins outside sdk/src/cli.' }];
/** The SDK is the bottom layer: it never imports shared/ or the extension. */
const sdkLayer = [{
  group: ['@complaint-code/shared', '@complaint-code/shared/*', '**/shared/src/**', '**/extension/**'],
  message: 'The SDK must not import shared/ or the extension: they depend on it, not the other way round.',
}];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**', '**/dist/**', '.output/**', '.wxt/**', 'demo-output/**',
      'test-results/**', 'playwright-report/**', 'e2e/demo-crm/vendor/**', 'sdk/docs-api/**',
      // Stryker's sandbox copies and its reports.
      '.stryker-tmp/**', 'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly',
        clearTimeout: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        // Page data must never reach the HTML parser.
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Do not assign innerHTML: build nodes instead.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Do not use insertAdjacentHTML.' },
      ],
    },
  },
  {
    // The SDK is framework-free: it must run in Node and any browser, with no DOM or extension API.
    files: ['sdk/src/**/*.ts'],
    ignores: ['sdk/src/cli/**'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'chrome', 'browser', 'localStorage', 'indexedDB'],
      'no-restricted-imports': ['error', { patterns: [...nodeOnly, ...sdkLayer] }],
    },
  },
  {
    // The CLI may use Node, but is still the SDK: it knows nothing of shared/ or the extension.
    files: ['sdk/src/cli/**/*.ts', 'sdk/examples/**/*.ts', 'sdk/bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: sdkLayer }] },
  },
  {
    // shared/ is the contract between the extension and e2e: zod and SDK types only.
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: String.raw`^(?!(?:zod|@complaint-code/sdk|vitest)$|zod/|\./|\.\./(?!\.\./))`,
          message: 'shared/ imports only zod, @complaint-code/sdk and its own modules (tests: vitest).',
        }],
      }],
    },
  },
  {
    // The data layer (extension/data) serves the worker and the pages; it never reaches up into them.
    files: ['extension/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: String.raw`(?:^|/)(?:sidepanel|ui|background|content|entrypoints)/`,
          message: 'extension/data must not import extension/sidepanel, ui, background, content or entrypoints (they use the data layer, not the other way round).',
        }],
      }],
    },
  },
  {
    // The service worker and the modules shared by several runtimes never reach up into the pages' UI.
    files: ['extension/lib/**/*.{ts,tsx}', 'extension/background/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            regex: String.raw`(?:^|/)(?:sidepanel|ui)/`,
            message: 'extension/lib and extension/background must not import extension/sidepanel or extension/ui (the pages use them, not the other way round).',
          },
          {
            regex: String.raw`(?:^|/)data/(?!index\.js$)[a-z-]+\.js$`,
            message: 'Use the data layer through its one module API: import from extension/data/index.js.',
          },
        ],
      }],
    },
  },
  {
    // lib/ is shared with the content script: it takes only types from the data layer, never its code.
    files: ['extension/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            regex: String.raw`(?:^|/)(?:sidepanel|ui)/`,
            message: 'extension/lib and extension/background must not import extension/sidepanel or extension/ui (the pages use them, not the other way round).',
          },
          {
            regex: String.raw`(?:^|/)(?:background|content)/`,
            message: 'extension/lib is shared by several runtimes: it must not import extension/background or extension/content.',
          },
          {
            regex: String.raw`(?:^|/)data/`,
            allowTypeImports: true,
            message: 'extension/lib is shared with the content script: take only types from extension/data (dexie must not reach a CRM page).',
          },
        ],
      }],
    },
  },
  {
    // The pages use the data layer through its one module API too.
    files: ['extension/sidepanel/**/*.{ts,tsx}', 'extension/ui/**/*.{ts,tsx}', 'extension/entrypoints/{background,options,sidepanel}/**/*.{ts,tsx}', 'extension/entrypoints/background.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          regex: String.raw`(?:^|/)data/(?!index\.js$)[a-z-]+\.js$`,
          message: 'Use the data layer through its one module API: import from extension/data/index.js.',
        }],
      }],
    },
  },
  {
    // The content script runs in every CRM page: no schema library, no database, no rules engine there
    // (the background does that work), and no stored data except through typed messages to the worker.
    // Type-only imports of zod, dexie or the SDK cost nothing and are allowed.
    files: ['extension/content/**/*.{ts,tsx}', 'extension/entrypoints/crm.content/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            // The SDK's zod-free `words` subpath (days, state words, the UK date reader) is the exception
            // (a regex: a gitignore-style `group` cannot re-include a path below an excluded one).
            regex: String.raw`^(?:zod|dexie)(?:/|$)|^@complaint-code/sdk(?:$|/(?!words$))`,
            allowTypeImports: true,
            message: 'Content-script code must not import zod, dexie or the SDK (but its zod-free @complaint-code/sdk/words): ask the background with a typed message.',
          },
          {
            regex: String.raw`(?:^|/)(?:data|background|sidepanel)/`,
            message: 'Content-script code must not import extension/data, background or sidepanel: it reaches stored cases only through typed messages to the worker.',
          },
        ],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
