import { useLoaderData, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import type { RouteHandle } from '../app/routes';
import { loadI18n } from '../i18n/setup';
import { loadTopicModules, QuestionListPage } from '../safety';
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

/** "Questions for your doctor" (src/safety/question-list-page.tsx). */
export function Component() {
  return <QuestionListPage {...useLoaderData<typeof loader>()} />;
}
