import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lang } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { useProgress } from '../progress';
import { localStorageOrNone } from '../storage/local-storage';
import { HandoutBody } from './handout-body';
import type { AskDoctorText, HandoutModule } from './handout-content';
import type { Handout } from './handout-link';
import { qrDataUrl, type QrImage } from './qr-code';
import { handoutKey, saveHandout, type SaveResult } from './saved-handouts';

interface Props {
  lang: Lang;
  title: string;
  handout: Handout;
  modules: HandoutModule[];
  ask: AskDoctorText;
  /** How many parts the link names that the guide does not have. */
  unavailable: number;
}

/**
 * A handout as the patient sees it, with their own progress per part. Loaded after hydration (the handout is in the query),
 * and only for a link that is not damaged: this is where it is kept in this browser, for the home page to show again.
 */
export default function HandoutView(props: Props) {
  const { t } = useTranslation('handout');
  const { progress } = useProgress();
  const [qr, setQr] = useState<QrImage>();
  const [saved, setSaved] = useState<SaveResult>();
  const url = window.location.href;
  const { handout, lang, modules } = props;
  const key = handoutKey(handout);

  // Kept once per handout (the same content opened again moves to the top of the home page's list).
  useEffect(() => {
    const result = saveHandout(
      localStorageOrNone(),
      handout,
      lang,
      modules.map((m) => m.id),
    );
    let live = true;
    // Told after this render, not in it (the effect writes to storage, an external system).
    queueMicrotask(() => live && setSaved(result));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the handout's content
  }, [key, lang, modules]);

  // The QR encoder is loaded only for printing: it would not fit this page's script budget, and on a phone the page is the link.
  const print = async () => {
    if (!qr) setQr(await qrDataUrl(url).catch(() => undefined));
    // Two frames: the image is in the page before the print dialog takes its snapshot.
    requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
  };

  return (
    <>
      <div className="handout-sheet">
        <HandoutBody {...props} level={1} progress={progress.modules} printLink={{ url, qr }} />
      </div>
      <p className="handout-print">
        <button type="button" className="button button--secondary" onClick={() => void print()}>
          {t('view.print')}
        </button>
      </p>
      {/* What the browser did with it. Storage that cannot be used at all is told by the layout's notice (progress), not twice. */}
      {saved?.dropped && (
        <p className="notice handout-print" role="status">
          {t('view.dropped')}
        </p>
      )}
      {saved?.status === 'saved' && (
        <p className="handout__kept handout-print">
          {t('view.kept')} <Link to={paths.home(lang)}>{t('view.keptHomeLink')}</Link>
        </p>
      )}
      {saved?.status === 'unsaved' && (
        <p className="notice handout-print" role="status">
          {t('view.unsaved')}
        </p>
      )}
    </>
  );
}
