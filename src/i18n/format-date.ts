import { LANGS, type Lang } from './langs';

/** "23 November 2026" / "2026年11月23日" from an ISO date, as the language's row in src/i18n/langs.ts writes it. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return LANGS[lang].date(y, m, d);
}
