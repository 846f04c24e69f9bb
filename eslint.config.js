// Lint rules, including the layer rules of DESIGN.md §3 (arrows point one way only).
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');
const prettier = require('eslint-config-prettier');

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib'];
const nodeImports = [...nodeBuiltins, ...nodeBuiltins.map((name) => `node:${name}`)];
const layer = (folder, forbidden) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message: `src/${folder} must not import ${group} (DESIGN.md §3).` })) },
    ],
  },
});
const officeGlobals = ['Excel', 'Office', 'OfficeExtension'].map((name) => ({ name, message: 'Office calls live in src/excel only.' }));

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-dev/', 'coverage/', 'test-results/', 'data/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a literal union or an `as const` object, not enum.' },
      ],
    },
  },
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a literal union or an `as const` object, not enum.' },
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
      ],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ignores: ['src/excel/**'], rules: { 'no-restricted-globals': ['error', ...officeGlobals] } },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'test/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  layer('domain', [
    'react',
    'react-dom',
    '@fluentui/*',
    '**/contract/**',
    '**/excel/**',
    '**/server/**',
    '**/api-client/**',
    '**/taskpane/**',
    ...nodeImports,
  ]),
  layer('contract', ['react', '@fluentui/*', '**/excel/**', '**/server/**', '**/taskpane/**', '**/api-client/**', ...nodeImports]),
  layer('spreadsheet', [
    'react',
    'react-dom',
    '@fluentui/*',
    '**/contract/**',
    '**/excel/**',
    '**/server/**',
    '**/api-client/**',
    '**/taskpane/**',
    '**/cli/**',
    ...nodeImports,
  ]),
  layer('excel', ['react', '@fluentui/*', '**/server/**', '**/taskpane/**', '**/api-client/**', '**/cli/**', ...nodeImports]),
  layer('api-client', ['react', '@fluentui/*', '**/server/**', '**/taskpane/**', '**/excel/**', ...nodeImports]),
  layer('taskpane', ['**/server/**', ...nodeImports]),
  layer('server', ['react', '@fluentui/*', '**/taskpane/**', '**/excel/**', '**/api-client/**']),
  // Layout is Prettier's (`npm run format`; `npm run lint` checks it): no style rule may disagree with it.
  prettier,
);
