import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLoaderData, useLocation, useNavigate, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import type { RouteHandle } from '../app/routes';
import { useHydrated } from '../components/use-hydrated';
import type { Source } from '../content/types';
import { ShareControls } from '../handout/share-controls';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import { AdChecker } from '../safety/ad-checker';
import { sourceHref } from '../safety/citation';
import { decodeClaimLink, encodeClaimLink } from '../safety/claim-link';
import { ClaimBody, ClaimLabel, type ClaimView } from '../safety/claim-view';
import { claimAnchor, claimGroups, claims, type ClaimId } from '../safety/claims';
import { langParam } from './route-params';

export const handle: RouteHandle = { namespaces: ['claim-checker'] };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const [{ safetySources }] = await Promise.all([import('../safety/sources'), loadI18n(lang, handle.namespaces)]);
  // Each source once (many claims share one), so the page's data stays small.
  const sources: Record<string, Source> = Object.fromEntries(safetySources(claims.flatMap((c) => c.sources)).map((s) => [s.id, s]));
  const items: ClaimView[] = claims.map((c) => ({ id: c.id, group: c.group, verdict: c.verdict, sources: [...c.sources] }));
  return { lang, items, sources };
}

/** The list lives in the query string; changing it must not reload the page's data. */
export function shouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;
}

/**
 * "Check a clinic's ad": paste an ad (checked on the device, never stored or sent), or tick the
 * claims you met; the list of claims, each with why it is wrong or misleading, what to ask and
 * its sources, prints on one page and travels as a link that holds only claim ids.
 * Without scripts, ticking still reveals each explanation (CSS), and #claim-<id> opens one.
 */
export function Component() {
  const { lang, items, sources } = useLoaderData<typeof loader>();
  const { t } = useTranslation('claim-checker');
  const { t: tc } = useTranslation();
  const hydrated = useHydrated();
  const { search } = useLocation();
  const navigate = useNavigate();

  // The query string is invisible at build time: read it only after hydration, so both renders match.
  const fromLink = useMemo(() => decodeClaimLink(hydrated ? search : ''), [hydrated, search]);
  const [draft, setDraft] = useState<ReadonlySet<ClaimId> | null>(null);
  const picked: ReadonlySet<ClaimId> = draft ?? new Set(fromLink.ids);
  const list = items.filter((i) => picked.has(i.id));
  const link = encodeClaimLink(picked);

  // Keep the address in step with the list (replace, no new history entry), so a reload or the
  // language link keep it. Only claim ids are ever in it.
  useEffect(() => {
    if (draft && link !== search) void navigate({ search: link }, { replace: true, preventScrollReset: true });
  }, [draft, link, search, navigate]);

  const change = (update: (prev: ReadonlySet<ClaimId>) => Set<ClaimId>) => setDraft((d) => update(d ?? picked));
  const toggle = (id: ClaimId, on: boolean) =>
    change((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const addFound = (ids: readonly ClaimId[]) => change((prev) => new Set([...prev, ...ids]));

  const number = (id: ClaimId) => list.findIndex((i) => i.id === id) + 1;
  // On paper each source is listed once, numbered; the claims name the numbers.
  const printedSources = [...new Set(list.flatMap((i) => i.sources))];
  const refs = Object.fromEntries(printedSources.map((id, n) => [id, n + 1]));
  const shareUrl = hydrated && link ? `${window.location.origin}${paths.claimChecker(lang)}${link}` : '';
  const linkNotice = !draft && fromLink.present ? fromLink : undefined;
  const listRef = useRef<HTMLElement>(null);

  return (
    <article className={`claims${list.length === 0 ? ' claims--none' : ''}`}>
      <PageMeta title={`${t('title')} – ${tc('app.name')}`} description={t('description')} />
      <h1 className="no-print">{t('title')}</h1>
      <p className="lead no-print">{t('intro')}</p>

      <AdChecker onFound={addFound} numberOf={number} />

      {(list.length > 0 || linkNotice) && (
        <section className="claim-list" aria-labelledby="claim-list-heading" ref={listRef}>
          <h2 id="claim-list-heading" className="no-print">
            {t('list.heading')}
          </h2>
          <p className="print-only claims__print-heading">{t('list.printHeading')}</p>
          {linkNotice && (
            <div className="notice no-print" role="status">
              <p>{t('list.fromLink')}</p>
              {linkNotice.problems.includes('newer-version') && <p>{t('list.newer')}</p>}
              {linkNotice.problems.some((p) => p === 'unreadable' || p === 'too-long') && <p>{t('list.damaged')}</p>}
              {linkNotice.unknown > 0 && <p>{t('list.unknown', { count: linkNotice.unknown })}</p>}
              {linkNotice.ids.length === 0 && <p>{t('list.nothingRead')}</p>}
            </div>
          )}
          {list.length > 0 && (
            <>
              <p className="claim-list__count">
                <strong>{t('list.count', { count: list.length })}</strong>
              </p>
              <p className="no-print">{t('list.intro')}</p>
              <ol className="claim-list__items">
                {list.map((item) => (
                  <li key={item.id} id={`list-${claimAnchor(item.id)}`} className="claim-card">
                    <p className="claim-card__claim">
                      <ClaimLabel item={item} />
                    </p>
                    <ClaimBody item={item} sources={sources} refs={refs} />
                  </li>
                ))}
              </ol>
              <div className="print-only claim-list__refs">
                <p>
                  <strong>{t('sources')}</strong>
                </p>
                <ol>
                  {printedSources.map((id) => {
                    const s = sources[id];
                    // Short on paper (who, year, DOI or address), so 6 claims fit on one page; the screen shows the titles.
                    return s ? (
                      <li key={id}>
                        {s.authors} ({s.year}). {s.doi ? `doi:${s.doi}` : sourceHref(s)}
                      </li>
                    ) : null;
                  })}
                </ol>
              </div>
              <p className="claims__summary no-print">{t('advice')}</p>
              <p className="print-only claims__footer">{tc('footer.notAdvice')}</p>
              {shareUrl && (
                <div className="claim-list__share no-print">
                  <h3>{t('list.shareHeading')}</h3>
                  <p>{t('list.shareHint')}</p>
                  <ShareControls
                    url={shareUrl}
                    fieldId="claim-list-link"
                    shareTitle={t('title')}
                    words={{
                      'builder.linkLabel': t('list.linkLabel'),
                      'builder.linkLength': t('list.linkLength', { count: shareUrl.length }),
                      'builder.copy': t('list.copy'),
                      'builder.copied': t('list.copied'),
                      'builder.copyFallback': t('list.copyFallback'),
                      'builder.share': t('list.share'),
                      'builder.print': t('list.print'),
                    }}
                  />
                </div>
              )}
            </>
          )}
        </section>
      )}

      <section className="claims__all" aria-labelledby="claims-all-heading">
        <h2 id="claims-all-heading">{t('all.heading')}</h2>
        <p className="print-only claims__print-heading">{t('printAll')}</p>
        <p className="no-print">{t('all.intro')}</p>
        {claimGroups.map((group) => (
          <fieldset key={group} className="claims__set">
            <legend className="claims__legend">{t(`groups.${group}`)}</legend>
            <ul className="claims__list">
              {items
                .filter((i) => i.group === group)
                .map((item) => {
                  const on = picked.has(item.id);
                  const whyId = `${claimAnchor(item.id)}-why`;
                  return (
                    <li key={item.id} id={claimAnchor(item.id)} className={`claim${on ? ' claim--picked' : ''}`}>
                      <label className="check">
                        <input type="checkbox" className="check__input" checked={on} onChange={(e) => toggle(item.id, e.target.checked)} aria-describedby={on ? whyId : undefined} />
                        <span className="check__label">
                          <ClaimLabel item={item} />
                        </span>
                      </label>
                      {/* Hidden until ticked; without scripts, CSS shows it when ticked, and for #claim-<id>. */}
                      <div className="claim__why" id={whyId} hidden={!on}>
                        <ClaimBody item={item} sources={sources} />
                        <p className="claim__link no-print">
                          <a href={`#${claimAnchor(item.id)}`}>{t('all.linkToClaim')}</a>
                        </p>
                      </div>
                    </li>
                  );
                })}
            </ul>
          </fieldset>
        ))}
      </section>

      <p className="no-print actions">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <Link to={paths.questions(lang)}>{t('questionsLink')}</Link>
        <Link to={paths.forFamily(lang)}>{t('familyLink')}</Link>
        <Link to={paths.askDoctor(lang)}>{tc('nav.askDoctor')}</Link>
      </p>
    </article>
  );
}
