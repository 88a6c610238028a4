import { type Lang, isLang } from './langs';

/** Every URL the app links to is built here. Canonical URLs end with "/". */
export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  module: (lang: Lang, moduleId: string) => `/${lang}/modules/${moduleId}/`,
  step: (lang: Lang, moduleId: string, stepId: string) => `/${lang}/modules/${moduleId}/${stepId}/`,
  quiz: (lang: Lang, moduleId: string) => `/${lang}/modules/${moduleId}/quiz/`,
  glossary: (lang: Lang) => `/${lang}/glossary/`,
  askDoctor: (lang: Lang) => `/${lang}/ask-your-doctor/`,
  /** A clinician's handout; its contents are in the query string (src/handout/handout-link.ts). */
  handout: (lang: Lang) => `/${lang}/handout/`,
  handoutBuilder: (lang: Lang) => `/${lang}/handout/new/`,
  questions: (lang: Lang) => `/${lang}/questions/`,
  claimChecker: (lang: Lang) => `/${lang}/claim-checker/`,
  about: (lang: Lang) => `/${lang}/about/`,
  /** What changed in each content version. */
  changes: (lang: Lang) => `/${lang}/about/changes/`,
  /** A short page a patient can forward to family: what to know before paying for stem-cell infusion. */
  forFamily: (lang: Lang) => `/${lang}/for-family/`,
};

/** The same page in another language: swaps the first path segment, keeps the rest, query and hash. */
export function switchLangHref(pathname: string, search: string, hash: string, to: Lang): string {
  const [, first, ...rest] = pathname.split('/');
  const tail = isLang(first) ? rest.join('/') : '';
  return `/${to}/${tail}${search}${hash}`;
}

/**
 * The QR code of a canonical page's address, made at build time (scripts/build.mjs) and shown on paper:
 * /en/modules/sle/what-is-lupus/ → /qr/en/modules/sle/what-is-lupus.svg.
 */
export const qrImagePath = (pathname: string) => `/qr${pathname.replace(/\/+$/, '')}.svg`;
