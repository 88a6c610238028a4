import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import { ConfirmAction } from '../components/confirm-action';
import type { Lang } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { useProgress } from '../progress';
import { keyQuestionIds } from './key-questions';
import { missedTopics, type TopicModule } from './missed-topics';
import { QuestionForm } from './question-form';
import { QuestionPrint } from './question-print';
import { QuestionShare } from './question-share';
import { useQuestionList } from './use-question-list';

/**
 * "Questions for your doctor": tick key questions, add up to three of your own, see the topics
 * missed in quizzes; print the list, or keep its link. The list is also kept in this browser
 * (src/safety/use-question-list.ts), and "Clear my list" empties it.
 */
export function QuestionListPage({ lang, modules }: { lang: Lang; modules: TopicModule[] }) {
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
