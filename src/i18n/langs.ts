/**
 * The guide's languages: one row each. `Lang`, the routes (/{lang}/…), i18next, the build (pages,
 * <html lang>, hreflang, Open Graph, sitemap) and the tests all derive from this table.
 * A new language: a row here and its locale folder (locales/<code>/), written natively.
 */
const table = {
  en: {
    /** BCP 47 tag for <html lang> and hreflang. */
    htmlLang: 'en',
    /** Open Graph locale (language_TERRITORY), for chat-app link previews. */
    ogLocale: 'en_GB',
    /** The language's name in itself: what the language link says. */
    nativeName: 'English',
    /** Browser languages (lower-case prefixes) that get this language at "/". */
    browserPrefixes: [] as readonly string[],
    /** Intl.Collator locale for A–Z lists (the glossary). */
    collation: 'en',
    /** Between a label and what follows ("Read: Lupus"), and between items of a run-on list. */
    colon: ': ',
    listSeparator: '; ',
    /** Around an aside, e.g. a term's other-language name. */
    brackets: [' (', ')'] as const,
    /** "23 November 2026" from year, month, day. Done by hand so build and browser agree byte for byte. */
    date: (y: number, m: number, d: number) => `${d} ${MONTHS[m - 1]} ${y}`,
  },
  zh: {
    // Simplified Chinese, whatever the region.
    htmlLang: 'zh-Hans',
    ogLocale: 'zh_CN',
    nativeName: '中文',
    // Any zh* browser language (Traditional readers can switch; there is no zh-Hant yet).
    browserPrefixes: ['zh'],
    collation: 'zh-Hans-u-co-pinyin',
    colon: '：',
    listSeparator: '；',
    brackets: ['（', '）'] as const,
    date: (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
  },
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type Lang = keyof typeof table;
export interface LangInfo {
  htmlLang: string;
  ogLocale: string;
  nativeName: string;
  browserPrefixes: readonly string[];
  collation: string;
  colon: string;
  listSeparator: string;
  brackets: readonly [string, string];
  date: (y: number, m: number, d: number) => string;
}
export const LANGS: Readonly<Record<Lang, LangInfo>> = table;

/** Every language code, in the order pages and links list them. */
export const langs = Object.keys(table) as Lang[];
/** Where nothing says which language: a browser whose languages we do not have, an unknown path. */
export const fallbackLang: Lang = 'en';

export const htmlLang = Object.fromEntries(langs.map((l) => [l, LANGS[l].htmlLang])) as Record<Lang, string>;
export const nativeName = Object.fromEntries(langs.map((l) => [l, LANGS[l].nativeName])) as Record<Lang, string>;

/** One value per language, e.g. a lazy component with that language's words. */
export const byLang = <T,>(make: (lang: Lang) => T): Record<Lang, T> => Object.fromEntries(langs.map((l) => [l, make(l)])) as Record<Lang, T>;

export function isLang(value: string | undefined): value is Lang {
  return value !== undefined && Object.hasOwn(table, value);
}

/** The language the language link offers (with two languages, the other one). */
export function otherLang(lang: Lang): Lang {
  return langs.find((l) => l !== lang) ?? lang;
}

/** The first browser language one of ours claims (by prefix), else the fallback (English). */
export function preferredLang(browserLangs: readonly string[]): Lang {
  for (const wanted of browserLangs) {
    const match = langs.find((l) => LANGS[l].browserPrefixes.some((p) => wanted.toLowerCase().startsWith(p)));
    if (match) return match;
  }
  return fallbackLang;
}
