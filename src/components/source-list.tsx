import { useTranslation } from 'react-i18next';
import type { Source } from '../content/types';
import { type Lang, htmlLang, isLang } from '../i18n/langs';

export interface NumberedSource extends Source {
  /** Position in the module's source list: the number citations show. */
  number: number;
}

export function numberSources(sources: Source[]): NumberedSource[] {
  return sources.map((s, i) => ({ ...s, number: i + 1 }));
}

export function citationNumbers(sources: NumberedSource[]): Record<string, number> {
  return Object.fromEntries(sources.map((s) => [s.id, s.number]));
}

function href(source: Source): string {
  return source.doi ? `https://doi.org/${source.doi}` : (source.url ?? '');
}

/** Percent-encoded Chinese URLs are unreadable on screen and in print; show them decoded. */
function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Citations stay as published, so an English title on a Chinese page is marked as English (and vice versa) for screen readers. */
function citationLang(source: Source): Lang {
  return /[\u3400-\u9fff]/.test(source.title) ? 'zh' : 'en';
}

/** References with authors, year, venue, a DOI or URL, and the kind of evidence. */
export function SourceList({ sources }: { sources: NumberedSource[] }) {
  const { t, i18n } = useTranslation();
  const pageLang = isLang(i18n.language) ? i18n.language : 'en';
  return (
    <ol className="sources">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`} value={s.number}>
          <span className="sources__type">{t(`sourceType.${s.type}`)}</span>{' '}
          <span lang={citationLang(s) === pageLang ? undefined : htmlLang[citationLang(s)]}>
            {s.authors} ({s.year}). <cite>{s.title}</cite>. {s.venue}.
          </span>{' '}
          <a className="sources__link" href={href(s)}>
            {s.doi ? `doi:${s.doi}` : readableUrl(href(s))}
          </a>
        </li>
      ))}
    </ol>
  );
}
