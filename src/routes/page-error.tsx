import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotFound } from './not-found';

/** Any page's error: "not found" for 404s, otherwise a short message; never a stack trace. */
export function PageError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <article>
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
    </article>
  );
}
