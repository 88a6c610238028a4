import { useTranslation } from 'react-i18next';
import { usePrintFooter } from '../components/use-print-footer';
import { contentVersion } from '../content/content-version';
import type { Lang } from '../i18n/langs';
import type { Handout } from './handout-link';
import type { QrImage } from './qr-code';
import { shortPath } from './short-address';

export interface PrintLink {
  /** The full link: what the QR code holds (the note included). */
  url: string;
  qr?: QrImage;
}

interface Props {
  lang: Lang;
  handout: Handout;
  printLink: PrintLink;
  /** "Content reviewed … · version …" */
  reviewed: string;
}

/**
 * How to open this handout again, on screen and on paper alike: the QR code (the full link,
 * note included) and a short address a person can type (the parts and the language only).
 * Every printed page ends with that address and the content version.
 */
export function HandoutAddress({ lang, handout, printLink: { url, qr }, reviewed }: Props) {
  const { t } = useTranslation('handout');
  const short = shortPath(lang, handout.modules);
  const address = short ? `${new URL(url).host}${short}` : undefined;
  const hasWords = Boolean(handout.note || handout.clinic || handout.contact);
  usePrintFooter(address && `${address} · ${t('view.version', { version: contentVersion })}`);
  return (
    <div className="handout__address">
      {qr && (
        <img className="handout__qr" src={qr.src} alt={t('view.qrAlt')} width={132} height={132} style={{ width: `${qr.mm}mm`, height: `${qr.mm}mm` }} />
      )}
      {address && (
        <>
          <p className="handout__type">{qr ? t('view.scanOrType') : t('view.type')}</p>
          <p className="handout__short" translate="no">
            {address}
          </p>
          {hasWords && <p className="handout__in-qr">{qr ? t('view.noteInQr') : t('view.noteOnPage')}</p>}
        </>
      )}
      <p className="handout__stamp">{reviewed}</p>
    </div>
  );
}
