import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useLoaderData, useLocation, useNavigate, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import type { RouteHandle } from '../app/routes';
import { useHydrated } from '../components/use-hydrated';
import type { ModuleDef, QuestionDef } from '../content/types';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import type { Progress } from '../progress/progress-store';
import { useProgress } from '../progress/use-progress';
import { missedQuestionIds } from '../quiz/missed';
import { keyQuestionIds, type KeyQuestionId } from '../safety/key-questions';
import { decodeQuestionLink, encodeQuestionLink, MAX_OWN, MAX_OWN_LENGTH, type QuestionList } from '../safety/question-link';
import { langParam } from './route-params';

export const handle: RouteHandle = { namespaces: ['safety', 'question-list'] };

export async function loader({ params }: LoaderFunctionArgs) {
  const lang = langParam(params);
  // Imported here, not at the top: on a first load the data comes with the page, so this code stays out of its script.
  const [{ loadAllModuleDefs }, { loadModuleText }] = await Promise.all([import('../content/load-module'), import('../content/load-text')]);
  const [defs] = await Promise.all([loadAllModuleDefs(), loadI18n(lang, handle.namespaces)]);
  // What turns a missed quiz question into a topic: its module and the step that teaches it.
  const modules = await Promise.all(
    defs.map(async (m) => {
      const text = await loadModuleText(lang, m.id);
      return {
        id: m.id,
        title: text?.title ?? m.id,
        quiz: m.quiz,
        stepTitles: Object.fromEntries(m.quiz.map((q) => [q.teaches, text?.steps[q.teaches]?.title ?? q.teaches])),
      };
    }),
  );
  return { lang, modules };
}

/** The list lives in the query string; changing it must not reload the page's data. */
export function shouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;
}

interface Draft {
  ticked: KeyQuestionId[];
  /** Always MAX_OWN slots, as typed ("" for an empty box). */
  own: string[];
}

const toDraft = (list: QuestionList): Draft => ({ ticked: list.ticked, own: Array.from({ length: MAX_OWN }, (_, i) => list.own[i] ?? '') });

interface ModuleTopics {
  id: string;
  title: string;
  quiz: QuestionDef[];
  stepTitles: Record<string, string>;
}

interface Topic {
  moduleId: string;
  stepId: string;
  label: string;
}

/** Steps that teach what the reader got wrong in a quiz, one per step. */
function missedTopics(modules: ModuleTopics[], progress: Progress, label: (module: string, step: string) => string): Topic[] {
  return modules.flatMap((m) => {
    const def: ModuleDef = { id: m.id, minutes: 0, steps: [], quiz: m.quiz, sources: [], lastReviewed: '', nextReview: '' };
    const missed = missedQuestionIds(def, progress.modules[m.id]?.quiz);
    const steps = [...new Set(missed.map((id) => m.quiz.find((q) => q.id === id)?.teaches ?? ''))].filter(Boolean);
    return steps.map((stepId) => ({ moduleId: m.id, stepId, label: label(m.title, m.stepTitles[stepId] ?? stepId) }));
  });
}

/**
 * "Questions for your doctor": tick key questions, add up to three of your own, see the topics
 * missed in quizzes; print the list, or keep its link (the list is in the query string only).
 */
export function Component() {
  const { lang, modules } = useLoaderData<typeof loader>();
  const { t } = useTranslation('question-list');
  const { t: ts } = useTranslation('safety');
  const { t: tc } = useTranslation();
  const id = useId();
  const hydrated = useHydrated();
  const { search } = useLocation();
  const navigate = useNavigate();
  const { progress } = useProgress();

  // The query string is invisible at build time: read it only after hydration, so both renders match.
  const decoded = useMemo(() => decodeQuestionLink(hydrated ? search : ''), [hydrated, search]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const list = draft ?? toDraft(decoded.list);
  const link = encodeQuestionLink(list);
  const topics = missedTopics(modules, progress, (module, step) => t('missedItem', { module, step }));
  const [copyStatus, setCopyStatus] = useState<'copied' | 'copyFailed' | null>(null);

  // Keep the address in step with the list (replace, no new history entry), so a reload, the
  // language link or the browser's own share keep it. Typing is debounced.
  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(() => {
      if (link !== search) void navigate({ search: link }, { replace: true, preventScrollReset: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [draft, link, search, navigate]);

  const change = (update: (d: Draft) => Draft) => {
    setCopyStatus(null);
    setDraft((d) => update(d ?? list));
  };
  const toggle = (q: KeyQuestionId, on: boolean) =>
    change((d) => ({ ...d, ticked: keyQuestionIds.filter((k) => (k === q ? on : d.ticked.includes(k))) }));
  const setOwn = (index: number, value: string) => change((d) => ({ ...d, own: d.own.map((o, i) => (i === index ? value : o)) }));

  const shareUrl = hydrated ? `${window.location.origin}${paths.questions(lang)}${link}` : '';
  const copy = () => {
    const done = navigator.clipboard?.writeText(shareUrl);
    if (!done) return setCopyStatus('copyFailed');
    done.then(
      () => setCopyStatus('copied'),
      () => setCopyStatus('copyFailed'),
    );
  };

  const notice = draft ? undefined : decoded.problems.includes('newer-version') ? 'noticeNewer' : decoded.problems.length ? 'noticeRecovered' : undefined;
  const own = list.own.map((o) => o.trim()).filter(Boolean);
  const anything = list.ticked.length > 0 || own.length > 0 || topics.length > 0;
  // Nothing chosen yet: the printed sheet still has every key question on it.
  const printed = anything ? list.ticked : keyQuestionIds;

  return (
    <article className="questions">
      <PageMeta title={`${t('title')} – ${tc('app.name')}`} description={t('description')} />
      <h1 className="no-print">{t('title')}</h1>
      <p className="lead no-print">{t('intro')}</p>
      {notice && (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      )}

      <div className="no-print">
        <fieldset className="question-set">
          <legend className="question-set__legend">{t('keyLegend')}</legend>
          <ul className="check-list">
            {keyQuestionIds.map((q) => (
              <li key={q}>
                <label className="check">
                  <input type="checkbox" className="check__input" name="q" value={q} checked={list.ticked.includes(q)} onChange={(e) => toggle(q, e.target.checked)} />
                  <span className="check__label">{ts(`keyQuestions.${q}`)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>

        <h2>{t('ownHeading')}</h2>
        <p id={`${id}-own-hint`} className="hint">
          {t('ownHint', { max: MAX_OWN_LENGTH })}
        </p>
        {list.own.map((value, i) => (
          <div key={i} className="field">
            <label className="field__label" htmlFor={`${id}-own-${i}`}>
              {t('ownLabel', { number: i + 1 })}
            </label>
            <textarea
              id={`${id}-own-${i}`}
              className="field__input"
              name="o"
              rows={2}
              maxLength={MAX_OWN_LENGTH}
              value={value}
              aria-describedby={`${id}-own-hint`}
              onChange={(e) => setOwn(i, e.target.value)}
            />
          </div>
        ))}

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

        <h2>{t('actionsHeading')}</h2>
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('print')}
          </button>
        </p>
        {hydrated && (
          <div className="share">
            <label className="field__label" htmlFor={`${id}-link`}>
              {t('shareLabel')}
            </label>
            <p id={`${id}-link-hint`} className="hint">
              {t('shareHint')}
            </p>
            <div className="share__row">
              <input
                id={`${id}-link`}
                className="field__input share__url"
                type="url"
                readOnly
                value={shareUrl}
                aria-describedby={`${id}-link-hint`}
                onFocus={(e) => e.currentTarget.select()}
              />
              <button type="button" className="button button--secondary" onClick={copy}>
                {t('copy')}
              </button>
            </div>
          </div>
        )}
        <p className="share__status" role="status">
          {copyStatus && t(copyStatus)}
        </p>
      </div>

      <section className="print-only question-print" aria-hidden="true">
        <h2>{t('printTitle')}</h2>
        <ol className="question-print__list">
          {printed.map((q) => (
            <li key={q}>{ts(`keyQuestions.${q}`)}</li>
          ))}
          {own.map((o, i) => (
            <li key={`own-${i}`}>{o}</li>
          ))}
          {topics.map((topic) => (
            <li key={`${topic.moduleId}/${topic.stepId}`}>{t('printMissed', { topic: topic.label })}</li>
          ))}
        </ol>
        <h3>{t('printNotes')}</h3>
        <div className="question-print__notes" />
        <p className="question-print__footer">{tc('footer.notAdvice')}</p>
      </section>
    </article>
  );
}
