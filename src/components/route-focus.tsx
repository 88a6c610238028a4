import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { restorePlace } from './keep-place';

/**
 * After a client-side navigation, move focus to the new page's <h1> and
 * announce it, as a full page load would for screen-reader users. After a language switch
 * mid-page, keep the reader's place instead (src/components/keep-place.ts).
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const { t } = useTranslation();
  const first = useRef(true);
  const region = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const h1 = document.querySelector<HTMLElement>('main h1');
    if (!h1) return;
    // A language switch mid-page keeps the reader's place (and focus there); any other page starts at its heading.
    if (!restorePlace()) {
      h1.setAttribute('tabindex', '-1');
      h1.focus();
    }
    // Written straight to the live region: an announcement, not React state.
    if (region.current) region.current.textContent = t('a11y.pageLoaded', { title: h1.textContent ?? '' });
  }, [pathname, t]);
  return <p ref={region} className="visually-hidden" role="status" aria-live="polite" />;
}
