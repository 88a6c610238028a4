import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { notFound } from '../app/not-found-response';
import type { RouteHandle } from '../app/routes';
import { loadModuleText } from '../content/load-text';
import { moduleIds } from '../content/module-ids';
import { loadI18n } from '../i18n/setup';
import { QuizPage, type QuizPageData } from '../quiz';
import { langParam, moduleParam } from './route-params';

export const handle: RouteHandle = { namespaces: ['quiz'] };

export async function loader({ params }: LoaderFunctionArgs): Promise<QuizPageData> {
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

/** A module's quiz (src/quiz/quiz-page.tsx). */
export function Component() {
  return <QuizPage data={useLoaderData<typeof loader>()} />;
}
