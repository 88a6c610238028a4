import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';

export default tseslint.config(
  { ignores: ['dist/', 'dist-ssr/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  { files: ['**/*.{ts,tsx}'], ...jsxA11y.configs.recommended },
  { files: ['**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Content and URL input are rendered as text, never as HTML.' },
      ],
    },
  },
  // zod checks content at build time (src/build/) and must never reach the browser's bundle.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/build/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: 'zod is build-time only: use it in src/build/ (content-schema.ts).' }] }] },
  },
  { files: ['scripts/**/*.mjs', 'tests/**/*.ts', '*.config.{js,ts}'], languageOptions: { globals: { ...globals.node } } },
  // Tests assert on data they just checked exists.
  { files: ['tests/**/*.{ts,tsx}'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
