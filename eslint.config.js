import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';

const noInnerHtml = { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Content and URL input are rendered as text, never as HTML.' };

// zod checks content at build time (src/build/) and must never reach the browser's bundle.
const noZod = { name: 'zod', message: 'zod is build-time only: use it in src/build/ (content-schema.ts).' };

/** Feature folders: each is used from outside only through its public entry (share-link has two: its pure core and its browser parts). */
const featureEntryOnly = {
  regex: String.raw`^(\.\./)+((handout|progress|quiz|safety|settings)/(?!index(\.ts)?$)|share-link/(?!(index|ui)(\.ts)?$))`,
  message:
    "Boundary 'feature entry only': a feature (handout, progress, quiz, safety, settings, share-link) is used from outside only through its public entry. Import from '../<feature>' (share-link: '../share-link' for the pure core, '../share-link/ui' for browser parts) and export what you need from that entry; a lazily loaded part as an import… function there.",
};

const noFeature = {
  regex: String.raw`^(\.\./)+(handout|progress|quiz|safety|settings|share-link)(/|$)`,
  message:
    "Boundary 'components import no feature': src/components/ is shared by every page and imports no feature folder. Move the shared part into components/ (as CareCard did), or let the layout or route pass the feature's part in as children or props (as the text-size toggle is).",
};

const noReact = {
  regex: '^(react|react-dom|react-router|react-i18next)(/|$)',
  message:
    "Boundary 'no React in content, scoring and codecs': src/content/ and the pure files (tsconfig.pure.json) are plain TypeScript, with no React and no DOM, so they run alike at build time, in tests and in the browser. Render in components/ or a feature's .tsx file, and pass it plain data from here.",
};

/** Scoring and link codecs: no React (lint) and no DOM (type-checked without DOM types by tsconfig.pure.json, which lists the same files). */
const pureFiles = JSON.parse(readFileSync(new URL('./tsconfig.pure.json', import.meta.url), 'utf8')).include;

export default tseslint.config(
  { ignores: ['dist/', 'dist-ssr/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  { files: ['**/*.{ts,tsx}'], ...jsxA11y.configs.recommended },
  { files: ['**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  { rules: { 'no-restricted-syntax': ['error', noInnerHtml] } },
  // Import boundaries (docs/architecture-notes.md, "Folders and boundaries"). A later
  // no-restricted-imports setting replaces an earlier one for the same file, so each group of files
  // below lists every restriction it has. src/build/ and tests/ may read a feature's files directly.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/build/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noZod], patterns: [featureEntryOnly] }],
      // import() too (no-restricted-imports does not see it; a selector's regex cannot hold "/"): a lazily
      // loaded part of a feature is offered by its entry, as an import… function.
      'no-restricted-syntax': ['error', noInnerHtml, { selector: `ImportExpression > Literal[value=/${featureEntryOnly.regex.replaceAll('/', String.raw`\x2F`)}/]`, message: featureEntryOnly.message }],
    },
  },
  { files: ['src/components/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { paths: [noZod], patterns: [noFeature] }] } },
  { files: ['src/content/**/*.{ts,tsx}', ...pureFiles], rules: { 'no-restricted-imports': ['error', { paths: [noZod], patterns: [featureEntryOnly, noReact] }] } },
  // A route file holds its handle, loader and a Component that renders the page from a feature or components/:
  // over 100 lines, move the page's parts there (e.g. src/safety/claim-checker-page.tsx).
  { files: ['src/routes/**/*.{ts,tsx}'], rules: { 'max-lines': ['error', { max: 100, skipBlankLines: true, skipComments: true }] } },
  { files: ['scripts/**/*.mjs', 'tests/**/*.ts', '*.config.{js,ts}'], languageOptions: { globals: { ...globals.node } } },
  // Tests assert on data they just checked exists.
  { files: ['tests/**/*.{ts,tsx}'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
