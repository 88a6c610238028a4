import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { siteUrl } from '../app/build-constants';
import { qrImagePath } from '../i18n/paths';

/**
 * On paper only (hidden on screen): the page's address as text and as a QR code, so a printed page
 * can be found again; the footer it starts gives the content version, to match it to what it said. The QR code is a file
 * the build made for each page (no encoder in the browser), so the browser's own Print has it too.
 */
export function PagePrint() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return (
    <>
      <img className="page-print__qr" src={qrImagePath(path)} alt={t('print.qrAlt')} width={99} height={99} />
      <p className="page-print">
        {t('print.address')} <span className="page-print__url">{`${siteUrl}${path}`}</span>
      </p>
    </>
  );
}
