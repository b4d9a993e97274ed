// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**', '**/dist/**', '.output/**', '.wxt/**', 'demo-output/**',
      'test-results/**', 'playwright-report/**', 'e2e/demo-crm/vendor/**', 'sdk/docs-api/**',
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
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'os', 'child_process'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
