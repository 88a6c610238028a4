import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import { useHydrated } from '../components/use-hydrated';
import { importShareControls } from '../handout';
import type { Lang } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { useLazyCodec } from '../share-link/ui';
import { AdChecker } from './ad-checker';
import { sourceHref } from './citation';
import { claimDetails, loadClaimDetails, useClaimDetails, type ClaimDetails } from './claim-details';
import type { DecodedClaimList } from './claim-link';
import { ClaimBody, ClaimLabel, type ClaimView } from './claim-view';
import { claimAnchor, claimGroups, claims, type ClaimId } from './claims';

// Only needed once there is a link to read or a list to write.
const loadCodec = () => import('./claim-link');
const noLink: DecodedClaimList = { ids: [], problems: [], present: false };
// Only needed once there is a list to share.
const ShareControls = lazy(() => importShareControls().then((m) => ({ default: m.ShareControls })));

const items: readonly ClaimView[] = claims;

/**
 * "Check a clinic's ad": paste an ad (checked on the device, never stored or sent), or tick the
 * claims you met; the list of claims, each with why it is wrong or misleading, what to ask and
 * its sources, prints on one page and travels as a link that holds only claim ids.
 * Without scripts, ticking still reveals each explanation (CSS), and #claim-<id> opens one.
 */
export function ClaimCheckerPage({ lang }: { lang: Lang }) {
  const { t } = useTranslation('claim-checker');
  const { t: tc } = useTranslation();
  const hydrated = useHydrated();
  const { search, hash } = useLocation();
  const navigate = useNavigate();

  // The query string is invisible at build time: read it only after hydration, so both renders match.
  const [draft, setDraft] = useState<ReadonlySet<ClaimId> | null>(null);
  const codec = useLazyCodec(loadCodec, hydrated && (search !== '' || draft !== null));
  const fromLink = useMemo(() => (codec && hydrated ? codec.decodeClaimLink(search) : noLink), [codec, hydrated, search]);
  // A link in the address not read yet (its codec is loading): edits wait, or they would replace its list.
  const reading = hydrated && search !== '' && !codec;
  const picked: ReadonlySet<ClaimId> = draft ?? new Set(fromLink.ids);
  const list = items.filter((i) => picked.has(i.id));
  const link = codec ? codec.encodeClaimLink(picked) : '';
  const targeted = hydrated ? hash.replace(/^#claim-/, '') : '';
  // Printing with nothing picked prints every claim with its explanation.
  const [printAll, setPrintAll] = useState(false);
  const details = useClaimDetails(lang, list.length > 0 || items.some((i) => i.id === targeted) || printAll);

  // Keep the address in step with the list (replace, no new history entry), so a reload or the
  // language link keep it. Only claim ids are ever in it.
  useEffect(() => {
    if (draft && codec && link !== search) void navigate({ search: link }, { replace: true, preventScrollReset: true });
  }, [draft, codec, link, search, navigate]);

  // The browser's own Print command: explain every claim on paper if the words are already here.
  useEffect(() => {
    const before = () => {
      if (claimDetails(lang)) flushSync(() => setPrintAll(true));
    };
    const after = () => setPrintAll(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [lang]);

  async function print() {
    await loadClaimDetails(lang);
    flushSync(() => setPrintAll(true));
    window.print();
  }

  const change = (update: (prev: ReadonlySet<ClaimId>) => Set<ClaimId>) => !reading && setDraft((d) => update(d ?? picked));
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

  /** A claim's explanation, or a short wait while it loads. */
  const body = (item: ClaimView, withRefs: boolean) =>
    details ? <ClaimBody item={item} sources={details.sources} refs={withRefs ? refs : undefined} /> : <p className="claim__loading">{t('loading')}</p>;

  return (
    <article className={`claims${list.length === 0 ? ' claims--none' : ''}`}>
      <PageMeta title={`${t('title')} – ${tc('app.name')}`} description={t('description')} />
      <h1 className="no-print">{t('title')}</h1>
      <p className="lead no-print">{t('intro')}</p>

      <AdChecker onFound={addFound} numberOf={number} />

      {(list.length > 0 || linkNotice) && (
        <section className="claim-list" aria-labelledby="claim-list-heading">
          <h2 id="claim-list-heading" className="no-print">
            {t('list.heading')}
          </h2>
          <p className="print-only claims__print-heading">{t('list.printHeading')}</p>
          {linkNotice && (
            <div className="notice no-print" role="status">
              <p>{t('list.fromLink')}</p>
              {linkNotice.problems.includes('newer-version') && <p>{t('list.newer')}</p>}
              {linkNotice.problems.includes('too-long') && <p>{t('list.damaged')}</p>}
              {linkNotice.problems.includes('unknown-claim') && <p>{t('list.unknown')}</p>}
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
                    {body(item, true)}
                  </li>
                ))}
              </ol>
              {details && <PrintedSources ids={printedSources} details={details} label={t('sources')} />}
              <p className="claims__summary no-print">{t('advice')}</p>
              <p className="print-only claims__footer">{tc('footer.notAdvice')}</p>
              {shareUrl && (
                <div className="claim-list__share no-print">
                  <h3>{t('list.shareHeading')}</h3>
                  <p>{t('list.shareHint')}</p>
                  <Suspense fallback={null}>
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
                  </Suspense>
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
                  const open = on || targeted === item.id || printAll;
                  const whyId = `${claimAnchor(item.id)}-why`;
                  const linkToClaim = (
                    <p className="claim__link no-print">
                      <a href={`#${claimAnchor(item.id)}`}>{t('all.linkToClaim')}</a>
                    </p>
                  );
                  return (
                    <li key={item.id} id={claimAnchor(item.id)} className={`claim${open ? ' claim--picked' : ''}`}>
                      <label className="check">
                        <input type="checkbox" className="check__input" checked={on} onChange={(e) => toggle(item.id, e.target.checked)} aria-describedby={open ? whyId : undefined} />
                        <span className="check__label">
                          <ClaimLabel item={item} />
                        </span>
                      </label>
                      {/* Without scripts: the build-time copy, revealed by CSS when ticked or linked (#claim-<id>). React never renders inside <noscript> in the browser. */}
                      <noscript>
                        <div className="claim__why" hidden>
                          {details && <ClaimBody item={item} sources={details.sources} />}
                          {linkToClaim}
                        </div>
                      </noscript>
                      {hydrated && open && (
                        <div className="claim__why" id={whyId}>
                          {body(item, false)}
                          {linkToClaim}
                        </div>
                      )}
                    </li>
                  );
                })}
            </ul>
          </fieldset>
        ))}
      </section>

      <p className="no-print actions">
        <button type="button" className="button button--secondary" onClick={() => void print()}>
          {t('print')}
        </button>
        <Link to={paths.questions(lang)}>{t('questionsLink')}</Link>
        <Link to={paths.forFamily(lang)}>{t('familyLink')}</Link>
        <Link to={paths.askDoctor(lang)}>{tc('nav.askDoctor')}</Link>
      </p>
    </article>
  );
}

/** On paper: each source of the list once, numbered, short (who, year, DOI or address), so 6 claims fit on one page. */
function PrintedSources({ ids, details, label }: { ids: string[]; details: ClaimDetails; label: string }) {
  return (
    <div className="print-only claim-list__refs">
      <p>
        <strong>{label}</strong>
      </p>
      <ol>
        {ids.map((id) => {
          const s = details.sources[id];
          return s ? (
            <li key={id}>
              {s.authors} ({s.year}). {s.doi ? `doi:${s.doi}` : sourceHref(s)}
            </li>
          ) : null;
        })}
      </ol>
    </div>
  );
}
