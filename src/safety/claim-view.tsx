import { useTranslation } from 'react-i18next';
import type { Source } from '../content/types';
import { Citation } from './citation';
import type { ClaimGroup, ClaimId, ClaimVerdict } from './claims';

/** A claim as the checker page shows it (the page's loader data). */
export interface ClaimView {
  id: ClaimId;
  group: ClaimGroup;
  verdict: ClaimVerdict;
  sources: string[];
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

/** Why the claim is wrong or misleading, what to ask, and where this comes from. */
export function ClaimBody({ item, sources }: { item: ClaimView; sources: Record<string, Source> }) {
  const { t } = useTranslation('claim-checker');
  return (
    <>
      <p className="claim__why-title">
        <strong>{t(`whyHeading.${item.verdict}`)}</strong>
      </p>
      <p>{t(`items.${item.id}.why`)}</p>
      <p className="claim__ask">
        <strong>{t('ask')}</strong> {t(`items.${item.id}.ask`)}
      </p>
      <p className="claim__sources-label">{t('sources')}</p>
      <ul className="claim__sources">
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
