import type { Source } from '../content/types';

export function sourceHref(source: Source): string {
  return source.doi ? `https://doi.org/${source.doi}` : (source.url ?? '');
}

/** One reference, short: who, year, title, and the DOI or URL written out (so it also reads on paper). */
export function Citation({ source }: { source: Source }) {
  const href = sourceHref(source);
  return (
    <>
      {source.authors} ({source.year}). <cite>{source.title}</cite>.{' '}
      <a className="citation__link" href={href}>
        {source.doi ? `doi:${source.doi}` : href}
      </a>
    </>
  );
}
