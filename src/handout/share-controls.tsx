import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { shareOrCopy, useCopyText } from '../share-link/ui';
import type { QrState } from './use-qr-code';

/** A long link makes a dense code that is hard to scan from paper (about QR version 10 and up). */
const LONG_LINK = 220;

/** The words this block shows; another page passes its own (the handout builder's are the default). */
export type ShareWordKey = 'builder.linkLabel' | 'builder.linkLength' | 'builder.longLink' | 'builder.copy' | 'builder.share' | 'builder.print' | 'builder.copied' | 'builder.copyFallback' | 'builder.qrAlt' | 'builder.qrHint' | 'builder.qrLoading' | 'builder.qrFailed';

interface Props {
  url: string;
  /** The link's QR code; without it, no code is shown. */
  qr?: QrState;
  /** Title for the system share sheet. */
  shareTitle: string;
  /** Words for another page, already translated ("builder.linkLength" with its count filled in). */
  words?: Partial<Record<ShareWordKey, string>>;
  /** Id of the link's text box (one per page). */
  fieldId?: string;
}

/** The made link: the link itself, copy, share, QR code and print. */
export function ShareControls({ url, qr, shareTitle, words, fieldId = 'handout-link' }: Props) {
  const { t: builderT } = useTranslation('handout-builder');
  const t = (key: ShareWordKey, options?: { count: number }): string => words?.[key] ?? (options ? builderT(key, options) : builderT(key));
  const field = useRef<HTMLTextAreaElement>(null);
  const { status, copy } = useCopyText(url);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';


  return (
    <div className="handout-output__made">
      <label className="field__label" htmlFor={fieldId}>
        {t('builder.linkLabel')} <span className="field__aside">({t('builder.linkLength', { count: url.length })})</span>
      </label>
      <textarea id={fieldId} ref={field} className="handout-output__link" readOnly rows={4} value={url} onFocus={(e) => e.currentTarget.select()} />
      {qr && url.length > LONG_LINK && <p className="notice">{t('builder.longLink')}</p>}
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy(field.current)}>
          {t('builder.copy')}
        </button>
        {canShare && (
          <button type="button" className="button button--secondary" onClick={() => void shareOrCopy(shareTitle, url, field.current)}>
            {t('builder.share')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('builder.print')}
        </button>
      </div>
      <p role="status" className="handout-output__status">
        {status === 'copied' ? t('builder.copied') : status === 'selected' ? t('builder.copyFallback') : ''}
      </p>
      {qr && (
        <figure className="handout-output__qr">
          {qr.src ? (
            <img
              src={qr.src.src}
              alt={t('builder.qrAlt')}
              width={240}
              height={240}
              data-link={qr.url}
              className={qr.status === 'loading' ? 'is-stale' : undefined}
              aria-busy={qr.status === 'loading' || undefined}
            />
          ) : (
            <p className="handout-output__qr-wait">{qr.status === 'failed' ? t('builder.qrFailed') : t('builder.qrLoading')}</p>
          )}
          <figcaption>{t('builder.qrHint')}</figcaption>
        </figure>
      )}
    </div>
  );
}
