import 'i18next';
import type common from '../../locales/en/common.json';
import type quiz from '../../locales/en/quiz.json';

// Typed keys: every namespace in locales/en/*.json is listed here.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; quiz: typeof quiz };
  }
}
