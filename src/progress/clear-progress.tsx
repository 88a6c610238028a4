import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgress } from './use-progress';

/** "Clear my progress", with an inline confirmation (no pop-up). */
export function ClearProgress({ started }: { started: boolean }) {
  const { t } = useTranslation('quiz');
  const { clear } = useProgress();
  const [asking, setAsking] = useState(false);
  const [cleared, setCleared] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  if (!started) {
    return (
      <p className={cleared ? 'notice' : undefined} role="status">
        {cleared ? t('progress.cleared') : ''}
      </p>
    );
  }
  return (
    <section className="clear-progress">
      <p>{t('progress.privacy')}</p>
      {asking ? (
        <div role="group" aria-labelledby="clear-confirm">
          <p id="clear-confirm">{t('progress.confirm')}</p>
          <p className="button-row">
            <button type="button" ref={confirmRef} className="button button--danger" onClick={() => {
                clear();
                setAsking(false);
                setCleared(true);
              }}
            >
              {t('progress.confirmYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
              {t('progress.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setAsking(true);
            requestAnimationFrame(() => confirmRef.current?.focus());
          }}
        >
          {t('progress.clear')}
        </button>
      )}
    </section>
  );
}
