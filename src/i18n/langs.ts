import type { Lang } from '../content/types';

export const langs: readonly Lang[] = ['en', 'zh'];

/** BCP 47 tags for <html lang> and hreflang: Simplified Chinese, whatever the region. */
export const htmlLang: Record<Lang, string> = { en: 'en', zh: 'zh-Hans' };

/** Each language's name in its own language: what the language link says. */
export const nativeName: Record<Lang, string> = { en: 'English', zh: '中文' };

export function isLang(value: string | undefined): value is Lang {
  return value === 'en' || value === 'zh';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

/** Any zh* browser language → Chinese (Traditional readers can switch; we have no zh-Hant yet), else English. */
export function preferredLang(browserLangs: readonly string[]): Lang {
  return browserLangs.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}
