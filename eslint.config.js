import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import direction (style.md): domain depends on nothing; io on domain; charts on domain only;
// only views import charts.
const layers = [
  { target: './src/domain', from: './src', except: ['./domain'] },
  { target: './src/io', from: './src', except: ['./domain', './io'] },
  { target: './src/charts', from: './src', except: ['./domain', './charts'] },
  { target: './src/queries', from: ['./src/views', './src/app', './src/charts', './src/ui'] },
  { target: './src/ui', from: ['./src/views', './src/app', './src/charts'] },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'data', 'test-results', 'tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
  },
  {
    // The report parser (pdf.js, parse5, the gazetteer) loads with import() when a report is
    // dropped or pasted, so the first view's bundle stays small; only its types come in directly.
    files: ['src/{app,views,queries,state,ui,charts}/**/*.{ts,tsx}', 'src/main.tsx'],
    // The import worker's job runs in the worker (or is itself loaded with import()).
    ignores: ['src/views/import/parse-job.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // flat-fill (checking a split typed by hand) is small and runs in the preview.
              group: ['**/io/report/*', '!**/io/report/flat-fill'],
              allowTypeImports: true,
              message: 'Load the report parser with import() (see views/import/read-inputs.ts).',
            },
          ],
        },
      ],
    },
  },
);
