import type { RouteObject } from 'react-router';
import { LangLayout, langLoader } from './lang-layout';
import { notFound } from './not-found-response';
import { NotFound } from '../routes/not-found';
import { PageError } from '../routes/page-error';

/** What a lazy page module may export as `handle`. */
export interface RouteHandle {
  /** i18next namespaces (locales/<lang>/<ns>.json) the page needs besides "common". */
  namespaces?: string[];
  /**
   * A page to read, print and pass on: the layout adds its address and QR code on paper
   * (src/components/page-print.tsx) and, unless the page has its own (`share: false`), a share button.
   */
  reading?: { share: boolean };
  /** What the page's prerendered HTML needs loaded before it hydrates (given the route's loader data), e.g. lazy parts it shows. */
  beforeHydrate?: (loaderData: unknown) => Promise<void>;
}

/**
 * The URL contract: /{lang}/..., canonical URLs end with "/".
 * Pages are lazy chunks so each page loads only its own code and words.
 */
export const routes: RouteObject[] = [
  { path: '/', lazy: () => import('../routes/language-chooser') },
  {
    path: '/:lang',
    loader: langLoader,
    Component: LangLayout,
    children: [
      {
        ErrorBoundary: PageError,
        children: [
          { index: true, lazy: () => import('../routes/home') },
          { path: 'modules/:moduleId', lazy: () => import('../routes/module-overview') },
          { path: 'modules/:moduleId/quiz', lazy: () => import('../routes/quiz') },
          { path: 'modules/:moduleId/:stepId', lazy: () => import('../routes/step') },
          { path: 'glossary', lazy: () => import('../routes/glossary') },
          { path: 'ask-your-doctor', lazy: () => import('../routes/ask-doctor') },
          { path: 'questions', lazy: () => import('../routes/questions') },
          { path: 'claim-checker', lazy: () => import('../routes/claim-checker') },
          { path: 'for-family', lazy: () => import('../routes/for-family') },
          { path: 'handout', lazy: () => import('../routes/handout') },
          { path: 'handout/new', lazy: () => import('../routes/handout-new') },
          { path: 'about', lazy: () => import('../routes/about') },
          { path: 'about/changes', lazy: () => import('../routes/changelog') },
          {
            path: '*',
            Component: NotFound,
            loader: () => {
              throw notFound();
            },
          },
        ],
      },
    ],
  },
];
