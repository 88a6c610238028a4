import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../content/types';
import { useProgress } from '../progress/use-progress';
import { HandoutBody } from './handout-body';
import type { AskDoctorText, HandoutModule } from './handout-content';
import type { Handout } from './handout-link';
import { qrDataUrl, type QrImage } from './qr-code';

interface Props {
  lang: Lang;
  title: string;
  handout: Handout;
  modules: HandoutModule[];
  ask: AskDoctorText;
  /** How many parts the link names that the guide does not have. */
  unavailable: number;
}

/** A handout as the patient sees it, with their own progress per part. Loaded after hydration (the handout is in the query). */
export default function HandoutView(props: Props) {
  const { t } = useTranslation('handout');
  const { progress } = useProgress();
  const [qr, setQr] = useState<QrImage>();
  const url = window.location.href;

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
    </>
  );
}
