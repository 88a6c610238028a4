import { useEffect, useRef } from 'react';
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import { notFound } from '../app/not-found-response';
import type { RouteHandle } from '../app/routes';
import { loadModuleText } from '../content/load-text';
import { moduleIds } from '../content/module-ids';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import { withQuiz, type QuizProgress } from '../progress/progress-store';
import { useProgress } from '../progress/use-progress';
import { QuestionCard } from '../quiz/question-card';
import { scoreQuiz } from '../quiz/score';
import { langParam, moduleParam } from './route-params';

export const handle: RouteHandle = { namespaces: ['quiz'] };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const mod = await moduleParam(params);
  const [text] = await Promise.all([loadModuleText(lang, mod.id), loadI18n(lang, handle.namespaces)]);
  if (!text) throw notFound();
  const nextId = moduleIds[moduleIds.indexOf(mod.id as (typeof moduleIds)[number]) + 1];
  const nextText = nextId ? await loadModuleText(lang, nextId) : undefined;
  return {
    lang,
    moduleId: mod.id,
    moduleTitle: text.title,
    questions: mod.quiz,
    texts: text.quiz,
    stepTitles: Object.fromEntries(mod.steps.map((s) => [s, text.steps[s]?.title ?? s])),
    next: nextId && nextText ? { id: nextId, title: nextText.title } : undefined,
  };
}

const EMPTY: QuizProgress = { answers: {}, checked: [] };

/** A module's quiz as teach-back: feedback per question, a summary, retry of missed questions only. */
export function Component() {
  const data = useLoaderData<typeof loader>();
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
