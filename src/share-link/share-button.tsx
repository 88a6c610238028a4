import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../components/use-hydrated';
import type { Lang } from '../i18n/langs';
import { loadI18n } from '../i18n/setup';
import type { ShareResult } from './copy-text';

// The share and copy code and its words load when the reader reaches for the button (pointer down,
// focus), so they are in no page's first script or strings; by the click they are usually there.
const loadShare = (lang: Lang) => Promise.all([import('./copy-text'), loadI18n(lang, ['share'], { carried: false })]).then(([code]) => code);

/**
 * "Share this page": the system share sheet where the browser has one, else the page's address is
 * copied; a live region says what happened, and if copying was refused the link is shown selected.
 * Shown only once the page's scripts run (without them it could do nothing).
 */
export function ShareButton({ label, hint }: { label?: string; hint?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const hydrated = useHydrated();
  const { pathname } = useLocation();
  const field = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<ShareResult>();
  useEffect(() => {
    if (result === 'selected') field.current?.focus();
  }, [result]);
  if (!hydrated) return null;
  const url = `${window.location.origin}${pathname}`;
  const share = async () => setResult(await (await loadShare(lang)).shareOrCopy(document.title, url, field.current));
  return (
    <div className="share-page">
      <button type="button" className="button button--secondary" onPointerDown={() => void loadShare(lang)} onFocus={() => void loadShare(lang)} onClick={() => void share()}>
        {label ?? t('share.button')}
      </button>
      {hint}
      <p role="status" className="share-page__status">
        {result === 'copied' ? t('copied', { ns: 'share' }) : result === 'selected' ? t('fallback', { ns: 'share' }) : ''}
      </p>
      {result === 'selected' && (
        <p>
          <label className="field__label" htmlFor="share-page-link">
            {t('linkLabel', { ns: 'share' })}
          </label>
          <input id="share-page-link" ref={field} className="field__input" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
    </div>
  );
}
