import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isLang } from '../i18n/langs';
import { loadI18n } from '../i18n/setup';
import type { ProgressNotice as Notice } from './progress-store';
import { useProgress } from './use-progress';

// Told once: a notice shows on the page where the problem was found and is gone on the next
// page. The kinds already told are remembered for this tab (sessionStorage), so a lasting
// state (a newer version's record, private mode) is not repeated on every page load.
const TOLD_KEY = 'sci-progress-told';
const toldHere = new Set<Notice>();

function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function alreadyTold(kind: Notice): boolean {
  if (toldHere.has(kind)) return true;
  try {
    return (session()?.getItem(TOLD_KEY) ?? '').split(' ').includes(kind);
  } catch {
    return false;
  }
}

function markTold(kind: Notice) {
  toldHere.add(kind);
  try {
    session()?.setItem(TOLD_KEY, [...toldHere].join(' '));
  } catch {
    // Not remembered past this page load: the reader may be told again after a reload.
  }
}

/**
 * A short, calm note when stored progress could not be used or cannot be saved. Shown by
 * the language layout, so the reader is told on whichever page they are. Its words are in the
 * progress namespace, loaded only when there is something to say (the home page has them already).
 */
export function ProgressNotice() {
  const { notice, unsaved } = useProgress();
  const kind: Notice | undefined = notice ?? (unsaved ? 'unavailable' : undefined);
  const { pathname } = useLocation();
  const { i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : 'en';
  const [shown, setShown] = useState<{ kind: Notice; pathname: string } | undefined>();

  useEffect(() => {
    if (!kind || kind === shown?.kind || alreadyTold(kind)) return;
    markTold(kind);
    // Shown once its words are loaded, on the page where it was found.
    void loadI18n(lang, ['progress']).then(() => setShown({ kind, pathname }));
  }, [kind, shown, pathname, lang]);

  if (!shown || shown.pathname !== pathname) return null;
  return <NoticeText kind={shown.kind} />;
}

function NoticeText({ kind }: { kind: Notice }) {
  const { t } = useTranslation('progress');
  return (
    <p className="notice" role="status">
      {t(`notice.${kind}`)}
    </p>
  );
}
