import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import type { QuestionDef, QuestionText } from '../content/types';
import type { Lang } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { useProgress, withQuiz, type QuizProgress } from '../progress';
import { QuestionCard } from './question-card';
import { scoreQuiz } from './score';

/** What the quiz route's loader gives the page. */
export interface QuizPageData {
  lang: Lang;
  moduleId: string;
  moduleTitle: string;
  questions: QuestionDef[];
  texts: Record<string, QuestionText>;
  stepTitles: Record<string, string>;
  next: { id: string; title: string } | undefined;
}

const EMPTY: QuizProgress = { answers: {}, checked: [] };

/** A module's quiz as teach-back: feedback per question, a summary, retry of missed questions only. */
export function QuizPage({ data }: { data: QuizPageData }) {
  const { lang, moduleId, questions, texts } = data;
  const { t } = useTranslation('quiz');
  const { progress, update } = useProgress();
  const quiz = progress.modules[moduleId]?.quiz ?? EMPTY;
  const save = (next: QuizProgress) => update((p) => withQuiz(p, moduleId, next));
  const checkedAll = questions.every((q) => quiz.checked.includes(q.id));
  const score = scoreQuiz(
    questions,
    Object.fromEntries(quiz.checked.map((id) => [id, quiz.answers[id] ?? []])),
  );
  const missedSteps = [...new Set(score.missed.flatMap((id) => questions.find((q) => q.id === id)?.teaches ?? []))];
  const retryFocus = useRef<string | undefined>(undefined);

  useEffect(() => {
    // After "Try again", put the reader on the first question to answer again.
    if (!retryFocus.current) return;
    document.querySelector<HTMLInputElement>(`[data-question="${retryFocus.current}"] input`)?.focus();
    retryFocus.current = undefined;
  });

  const retry = () => {
    const answers = Object.fromEntries(Object.entries(quiz.answers).filter(([id]) => !score.missed.includes(id)));
    retryFocus.current = score.missed[0];
    save({ answers, checked: quiz.checked.filter((id) => !score.missed.includes(id)) });
  };

  return (
    <article className="quiz">
      <PageMeta title={`${t('title')} – ${data.moduleTitle}`} description={t('intro')} />
      <p className="breadcrumb">
        <Link to={paths.module(lang, moduleId)}>{data.moduleTitle}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {/* The browser shows this only with scripts off: the "Check answer" buttons cannot work then. */}
      <noscript>
        <p className="notice">{t('noScript')}</p>
      </noscript>
      {questions.map((q, i) => {
        const text = texts[q.id];
        if (!text) return null;
        return (
          <QuestionCard
            key={q.id}
            question={q}
            text={text}
            number={i + 1}
            total={questions.length}
            chosen={quiz.answers[q.id] ?? []}
            checked={quiz.checked.includes(q.id)}
            onChange={(chosen) => save({ ...quiz, answers: { ...quiz.answers, [q.id]: chosen } })}
            onCheck={() => save({ ...quiz, checked: [...quiz.checked, q.id] })}
            readMore={<Link to={paths.step(lang, moduleId, q.teaches)}>{t('readMore', { title: data.stepTitles[q.teaches] })}</Link>}
          />
        );
      })}
      {checkedAll && (
        <section className="quiz-summary" aria-labelledby="quiz-summary">
          <h2 id="quiz-summary">{t('summaryTitle')}</h2>
          <p className="quiz-summary__score">{t('score', { earned: score.earned, total: score.total })}</p>
          {score.missed.length === 0 ? (
            <p>{t('allRight')}</p>
          ) : (
            <>
              <h3>{t('missedHeading')}</h3>
              {/* The pages that teach them, not the questions: a question can be a false statement. */}
              <ul>
                {missedSteps.map((stepId) => (
                  <li key={stepId}>
                    <Link to={paths.step(lang, moduleId, stepId)}>{data.stepTitles[stepId]}</Link>
                  </li>
                ))}
              </ul>
              <p>
                <button type="button" className="button" onClick={retry}>
                  {t('retry')}
                </button>
              </p>
              <p>
                {t('addedToDoctor')} <Link to={paths.questions(lang)}>{t('doctorLink')}</Link>
              </p>
            </>
          )}
          <p className="link-list">
            {data.next ? (
              <Link to={paths.module(lang, data.next.id)}>{t('nextModule', { title: data.next.title })}</Link>
            ) : (
              <Link to={paths.home(lang)}>{t('backToModule')}</Link>
            )}
          </p>
        </section>
      )}
    </article>
  );
}
