// ESLint (`npm run lint`): TypeScript's type-aware rules, Astro components, accessibility in
// JSX, and the layers of src/ (README "Where things are", decision 0007). Formatting is Prettier's
// job (`npm run format:check`), so eslint-config-prettier comes last and turns style rules off.
// Each rule set or tuned below says why.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const lib = (...layers) => layers.map((layer) => `./src/lib/${layer}`);

/** Code that ships to browsers: it must stay small and never read files or seeds at run time. */
const BROWSER = ['src/lib/search/client/**', 'src/lib/browser/**', 'src/ui/islands/**', 'src/ui/scripts/**'];

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-fixtures/',
    '.astro/',
    'reports/',
    'bench-results/',
    'test-results/',
    'playwright-report/',
    'public/',
    // Generated from the official Open Referral UK schemas (npm run oruk:types).
    'src/lib/open-data/oruk-schema.ts',
  ]),

  js.configs.recommended,
  // Type-aware rules catch what astro check does not: unhandled promises, `any` leaking from
  // JSON and libraries, conditions that are always true.
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // Fields are dropped from objects by destructuring them into `_unused`-style names.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Counts and ages in messages ("3 services", "aged 16") are numbers in template strings by design.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },

  {
    // Config files and scripts run in Node.
    files: ['**/*.mjs', 'scripts/**', 'tests/**', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/**'],
    rules: {
      // Vitest's asymmetric matchers (expect.any(String), expect.objectContaining(...)) are typed
      // `any`, so every use inside toEqual would be reported.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Tests render Astro components through the container API; the TypeScript program ESLint
      // uses does not read .astro files, so an imported component is typed as an error type here
      // (astro check types the same imports correctly).
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Tests that prove output never carries terminal control characters match them by design.
      'no-control-regex': 'off',
    },
  },

  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  {
    // The TypeScript program does not see .astro files (astro check covers their types), nor the
    // <script> blocks inside them, nor plain JavaScript config files: lint those without types.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js', '**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The islands are Preact JSX: the same accessibility rules as the Astro templates.
    files: ['**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
  },

  // --- The layers: each folder of src/lib imports only the layers above it -------------------
  {
    files: ['src/**'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: './src/lib',
              from: ['./src/ui', './src/pages', './src/integrations'],
              message: 'src/lib is pure logic: it never imports components, pages or build hooks. Move the shared part into src/lib.',
            },
            {
              target: './src/lib/reference',
              from: lib('rules', 'listing', 'site', 'domain', 'i18n', 'search', 'open-data', 'browser'),
              message: 'reference/ reads seeds/ and imports no other layer.',
            },
            {
              target: './src/lib/rules',
              from: lib('listing', 'site', 'domain', 'i18n', 'search', 'open-data', 'browser'),
              message: 'rules/ holds primitive rules: it may import only reference/.',
            },
            {
              target: './src/lib/listing',
              from: lib('domain', 'i18n', 'search', 'open-data', 'browser'),
              message:
                'listing/ (schema, parsing, validation) may import only rules/, reference/ and site/. Move the rule it needs down to rules/.',
            },
            {
              target: './src/lib/site',
              from: lib('domain', 'i18n', 'search', 'open-data', 'browser'),
              message: 'site/ derives settings from src/config.ts: it may import only reference/, rules/ and listing/.',
            },
            {
              target: './src/lib/domain',
              from: lib('search', 'open-data', 'browser'),
              message: 'domain/ rules are used by search and open data, never the other way round.',
            },
            {
              target: ['./src/lib/i18n', './src/lib/search/build', './src/lib/open-data'],
              from: lib('browser'),
              message: 'lib/browser is for the browser scripts only.',
            },
            {
              target: BROWSER.map((glob) => `./${glob}`),
              from: ['./seeds', './src/lib/listing', './src/lib/search/build', './src/lib/reference/seeds.ts'],
              message:
                'This code runs in the browser: it must not read seeds/ or load the listing schema or the search build. Build the data into the search index, or import a browser-safe module.',
            },
          ],
        },
      ],
    },
  },
  {
    files: BROWSER,
    plugins: { 'import-x': importX },
    rules: {
      // Node built-ins do not exist in the browser.
      'import-x/no-nodejs-modules': 'error',
      // Build-time libraries: large, and their results are built into the pages and the index.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['libphonenumber-js', 'libphonenumber-js/*', 'date-holidays', 'date-holidays/*', 'yaml', 'yaml/*'],
              allowTypeImports: true,
              message: 'A build-time library: use its result from the search index or the page, not the library, in the browser.',
            },
          ],
        },
      ],
    },
  },

  prettier,
]);
