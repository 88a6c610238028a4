import { useTranslation } from 'react-i18next';
import type { Source } from '../content/types';
import { Citation } from './citation';
import type { ClaimGroup, ClaimId, ClaimVerdict } from './claims';

/** A claim as the checker page shows it. */
export interface ClaimView {
  id: ClaimId;
  group: ClaimGroup;
  verdict: ClaimVerdict;
  sources: readonly string[];
}

/** "Claim (not true): “Donor cells cause no rejection”": the ad's words, shown as a claim, never as a fact. */
export function ClaimLabel({ item }: { item: ClaimView }) {
  const { t } = useTranslation('claim-checker');
  return (
    <>
      <span className={`claim-label claim-label--${item.verdict}`}>
        <span className="claim-label__mark" aria-hidden="true">
          !
        </span>{' '}
        {t(`verdict.${item.verdict}`)}
      </span>{' '}
      <span className="claim-label__text">{t(`items.${item.id}.claim`)}</span>
    </>
  );
}

/**
 * Why the claim is wrong or misleading, what to ask, and where this comes from. With `refs`
 * (source id → number in a list printed once below), paper shows the numbers instead of the
 * full references, so up to 6 claims fit on one A4 page.
 */
export function ClaimBody({ item, sources, refs }: { item: ClaimView; sources: Record<string, Source>; refs?: Record<string, number> }) {
  const { t } = useTranslation('claim-checker');
  const { t: te } = useTranslation('claim-explanations');
  return (
    <>
      <p className="claim__why-title">
        <strong>{t(`whyHeading.${item.verdict}`)}</strong>
      </p>
      <p>{te(`items.${item.id}.why`)}</p>
      <p className="claim__ask">
        <strong>{t('ask')}</strong> {te(`items.${item.id}.ask`)}
      </p>
      {refs && (
        <p className="claim__refs print-only">
          {t('sources')} {item.sources.map((id) => refs[id]).filter(Boolean).join(', ')}
        </p>
      )}
      <p className={`claim__sources-label${refs ? ' no-print' : ''}`}>{t('sources')}</p>
      <ul className={`claim__sources${refs ? ' no-print' : ''}`}>
        {item.sources.map((id) => {
          const s = sources[id];
          return s ? (
            <li key={id}>
              <Citation source={s} />
            </li>
          ) : null;
        })}
      </ul>
    </>
  );
}
