import { useTranslation } from 'react-i18next';
import type { ProgressNotice as Notice } from './progress-store';

/** A short, calm note when stored progress could not be used or cannot be saved. */
export function ProgressNotice({ notice, unsaved }: { notice?: Notice; unsaved?: boolean }) {
  const { t } = useTranslation('quiz');
  const key = notice === 'reset' ? 'progress.reset' : notice === 'unavailable' || unsaved ? 'progress.unavailable' : undefined;
  if (!key) return null;
  return (
    <p className="notice" role="status">
      {t(key)}
    </p>
  );
}
