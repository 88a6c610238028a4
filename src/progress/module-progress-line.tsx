import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/langs';
import type { QuestionDef } from '../content/types';
import { paths } from '../i18n/paths';
import { scoreQuiz } from '../quiz';
import type { ModuleProgress } from './progress-store';

interface Props {
  lang: Lang;
  moduleId: string;
  steps: Array<{ id: string; title: string }>;
  quiz: QuestionDef[];
  progress: ModuleProgress | undefined;
}

/** "3 of 7 pages read · Quiz: 4 of 5 right", and where to continue. */
export function ModuleProgressLine({ lang, moduleId, steps, quiz, progress }: Props) {
  const { t } = useTranslation('progress');
  const { t: tc } = useTranslation();
  if (!progress) {
    return <p className="path__progress">{t('notStarted')}</p>;
  }
  const read = steps.filter((s) => progress.stepsRead.includes(s.id)).length;
  const checked = progress.quiz?.checked ?? [];
  const quizDone = quiz.length > 0 && quiz.every((q) => checked.includes(q.id));
  const score = quizDone ? scoreQuiz(quiz, progress.quiz?.answers ?? {}) : undefined;
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
      ) : !quizDone ? (
        <p>
          <Link to={paths.quiz(lang, moduleId)}>{tc('module.quiz')}</Link>
        </p>
      ) : (
        <p>{t('done')}</p>
      )}
    </div>
  );
}
