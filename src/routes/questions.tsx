import { Link, useLoaderData, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import { ConfirmAction } from '../components/confirm-action';
import type { RouteHandle } from '../app/routes';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import { useProgress } from '../progress/use-progress';
import { keyQuestionIds } from '../safety/key-questions';
import { loadTopicModules, missedTopics } from '../safety/missed-topics';
import { QuestionForm } from '../safety/question-form';
import { QuestionPrint } from '../safety/question-print';
import { QuestionShare } from '../safety/question-share';
import { useQuestionList } from '../safety/use-question-list';
import { langParam } from './route-params';

export const handle: RouteHandle = { namespaces: ['key-questions', 'question-list'] };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  const [modules] = await Promise.all([loadTopicModules(lang), loadI18n(lang, handle.namespaces)]);
  return { lang, modules };
}

/** The list is kept in the query string too; changing it must not reload the page's data. */
export function shouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;
}

/**
 * "Questions for your doctor": tick key questions, add up to three of your own, see the topics
 * missed in quizzes; print the list, or keep its link. The list is also kept in this browser
 * (src/safety/use-question-list.ts), and "Clear my list" empties it.
 */
export function Component() {
  const { lang, modules } = useLoaderData<typeof loader>();
  const { t } = useTranslation('question-list');
  const { t: tc } = useTranslation();
  const { progress } = useProgress();
  const { ready, busy, list, link, own, notice, storage, cleared, toggle, setOwn, clear } = useQuestionList();
  const topics = missedTopics(modules, progress, (module, step) => t('missedItem', { module, step }));
  // Nothing ticked: the printed sheet has every key question on it, with the reader's own and the missed topics.
  const printed = list.ticked.length ? list.ticked : keyQuestionIds;

  return (
    <article className="questions">
      <PageMeta title={`${t('title')} – ${tc('app.name')}`} description={t('description')} />
      <h1 className="no-print">{t('title')}</h1>
      <p className="lead no-print">{t('intro')}</p>
      {/* Shown only with scripts off: ticks, own questions and the buttons cannot work then, but the printed sheet (all key questions) can. */}
      <noscript>
        <p className="notice no-print">{t('noScript')}</p>
      </noscript>
      {notice && (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      )}
      {(storage === 'unsaved' || storage === 'dropped') && (
        <p className="notice no-print" role="status">
          {t(storage)}
        </p>
      )}

      <div className="no-print">
        <QuestionForm ticked={list.ticked} own={list.own} toggle={toggle} setOwn={setOwn} busy={busy} />

        <h2>{t('missedHeading')}</h2>
        {topics.length ? (
          <>
            <p>{t('missedIntro')}</p>
            <ul className="link-list">
              {topics.map((topic) => (
                <li key={`${topic.moduleId}/${topic.stepId}`}>
                  <Link to={paths.step(lang, topic.moduleId, topic.stepId)}>{topic.label}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('missedNone')}</p>
        )}

        <QuestionShare url={ready ? `${window.location.origin}${paths.questions(lang)}${link}` : undefined} />

        {ready && (
          <>
            <h2>{t('keepHeading')}</h2>
            <p>{t('keptHint')}</p>
            <ConfirmAction label={t('clear')} question={t('confirmClear')} yes={t('confirmClearYes')} no={t('cancel')} onConfirm={clear} />
          </>
        )}
        <p className={cleared ? 'notice' : undefined} role="status">
          {cleared ? t('cleared') : ''}
        </p>
      </div>

      <QuestionPrint keyQuestions={printed} own={own} topics={topics} />
    </article>
  );
}
