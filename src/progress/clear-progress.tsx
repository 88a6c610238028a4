import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../components/confirm-action';
import { useProgress } from './use-progress';

/** "Clear my progress", with an inline confirmation (no pop-up). */
export function ClearProgress({ started }: { started: boolean }) {
  const { t } = useTranslation('progress');
  const { clear } = useProgress();
  const [cleared, setCleared] = useState(false);
  if (!started) {
    return (
      <p className={cleared ? 'notice' : undefined} role="status">
        {cleared ? t('cleared') : ''}
      </p>
    );
  }
  return (
    <section className="clear-progress">
      <p>{t('privacy')}</p>
      <ConfirmAction
        label={t('clear')}
        question={t('confirm')}
        yes={t('confirmYes')}
        no={t('cancel')}
        onConfirm={() => {
          clear();
          setCleared(true);
        }}
      />
    </section>
  );
}
