// Lint: typescript-eslint's recommended rules plus the layering rules that keep the pipeline
// visible. ESLint replaces (does not merge) a rule's options when several blocks match a file, so
// each block below lists every restriction for its folders; later blocks win.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const renderers = {
  group: ['pptxgenjs', 'chart.js', '@napi-rs/canvas'],
  message: 'only src/render/ may import a renderer',
};
const workbooks = {
  group: ['exceljs'],
  message: 'only src/init/ uses exceljs (it writes the fill-in workbook; src/load/ reads xlsx)',
};
const io = { group: ['node:*', 'fs', 'path'], message: 'this stage is pure: no I/O' };
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['src/**/*.ts'], rules: restrict(renderers, workbooks) },
  {
    files: [
      'src/analysis/**',
      'src/slides/**',
      'src/model/**',
      'src/compose/**',
      'src/validate/**',
      'src/contract/**',
    ],
    rules: restrict(renderers, workbooks, io),
  },
  { files: ['src/init/**'], rules: restrict(renderers) },
  { files: ['src/render/**'], rules: restrict(workbooks) },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'only src/cli/ touches the process (argv, exit, env)' },
      ],
    },
  },
);
