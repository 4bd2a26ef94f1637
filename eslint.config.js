import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'src/core/index/generated/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: globals.node } },
  ...tseslint.configs.strict,
  // Every regular expression is checked for super-linear backtracking (issue #8): page text is hostile input.
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'off',
    },
  },
  {
    // Tests build DOM fixtures from constant strings; the product code never writes markup.
    files: ['src/**', 'entrypoints/**'],
    rules: {
      // Page text must never become markup (SECURITY.md).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text is never inserted as HTML: use textContent.' },
        { property: 'outerHTML', message: 'Page text is never inserted as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Page text is never inserted as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in the UI.' },
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'The extension never evaluates strings as code.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'The extension never evaluates strings as code.',
        },
      ],
    },
  },
  {
    // Page code and extension-page code never import each other (architecture.md, lesson 1).
    files: ['src/page/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/ui/popup/**', '**/ui/options/**'] }] },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/page/**', '**/ui/**', 'wxt/*', 'preact', 'preact/*'] },
      ],
    },
  },
);
