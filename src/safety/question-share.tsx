import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCopyText } from '../share-link/ui';

/** Print the list, or keep its link. Shown only once the page's scripts run: the link needs the site's address, and neither button works without them. */
export function QuestionShare({ url }: { url: string | undefined }) {
  const { t } = useTranslation('question-list');
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const { status, copy } = useCopyText(url ?? '');
  return (
    <>
      {url && (
        <div className="share">
          <h2>{t('actionsHeading')}</h2>
          <p>
            <button type="button" className="button" onClick={() => window.print()}>
              {t('print')}
            </button>
          </p>
          <label className="field__label" htmlFor={`${id}-link`}>
            {t('shareLabel')}
          </label>
          <p id={`${id}-link-hint`} className="hint">
            {t('shareHint')}
          </p>
          <div className="share__row">
            <input
              id={`${id}-link`}
              ref={field}
              className="field__input share__url"
              type="url"
              readOnly
              value={url}
              aria-describedby={`${id}-link-hint`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className="button button--secondary" onClick={() => void copy(field.current)}>
              {t('copy')}
            </button>
          </div>
        </div>
      )}
      <p className="share__status" role="status">
        {status === 'copied' ? t('copied') : status === 'selected' ? t('copyFallback') : ''}
      </p>
    </>
  );
}
