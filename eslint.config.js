// ESLint for TypeScript, the Preact islands and Astro pages. `npm run lint` runs it; `npm test` fails on
// any error. The import boundaries (pure core, islands apart, no cycles) are dependency-cruiser's job
// (.dependency-cruiser.cjs); the rule below adds what an import graph cannot see: core touching the
// browser's globals.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const BROWSER_GLOBALS_IN_CORE = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'history',
  'fetch',
  'XMLHttpRequest',
  'HTMLElement',
  'Element',
  'Node',
  'Event',
  'Blob',
  'File',
  'FileReader',
  'Worker',
  'self',
  'globalThis',
  'process',
  'require',
  'Buffer',
].map((name) => ({
  name,
  message: 'src/core is pure: pass what it needs in from the island, page or CLI.',
}));

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'public/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/islands/**/*.{ts,tsx}', 'tests/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrollable table or report is a labelled region that keyboard users must be able to focus.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS_IN_CORE] },
  },
);
