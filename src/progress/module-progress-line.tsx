import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/langs';
import { paths } from '../i18n/paths';
import type { ModuleProgress } from './progress-store';

interface Props {
  lang: Lang;
  moduleId: string;
  steps: Array<{ id: string; title: string }>;
  /** The quiz's score once all of it has been checked (the quiz feature works it out); else undefined. */
  quizScore: { earned: number; total: number } | undefined;
  progress: ModuleProgress | undefined;
}

/** "3 of 7 pages read · Quiz: 4 of 5 right", and where to continue. */
export function ModuleProgressLine({ lang, moduleId, steps, quizScore: score, progress }: Props) {
  const { t } = useTranslation('progress');
  const { t: tc } = useTranslation();
  if (!progress) {
    return <p className="path__progress">{t('notStarted')}</p>;
  }
  const read = steps.filter((s) => progress.stepsRead.includes(s.id)).length;
  const nextStep = steps.find((s) => !progress.stepsRead.includes(s.id));
  return (
    <div className="path__progress">
      <p>
        {t('pagesRead', { read, total: steps.length })}
        {score && ` · ${t('quizScore', { earned: score.earned, total: score.total })}`}
      </p>
      {nextStep ? (
        <p>
          <Link to={paths.step(lang, moduleId, nextStep.id)}>{t('continue', { title: nextStep.title })}</Link>
        </p>
      ) : !score ? (
        <p>
          <Link to={paths.quiz(lang, moduleId)}>{tc('module.quiz')}</Link>
        </p>
      ) : (
        <p>{t('done')}</p>
      )}
    </div>
  );
}
