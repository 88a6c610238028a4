import { type Lang, isLang } from './langs';

const KEY = 'sci-lang';

/** An explicit choice wins over the browser's language next time "/" is opened. */
export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Storage blocked (private mode): the choice just is not remembered.
  }
}

export function rememberedLang(): Lang | undefined {
  try {
    const value = localStorage.getItem(KEY) ?? undefined;
    return isLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
