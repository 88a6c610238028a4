import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { type Lang, htmlLang } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { loadI18n } from '../i18n/setup';
import { HandoutBody, sheetNamespaces } from './handout-body';
import { loadHandoutContent, type AskDoctorText, type HandoutModule } from './handout-content';
import { encodeHandout, type Handout } from './handout-link';
import { OutputSections } from './output-sections';
import { ShareControls } from './share-controls';
import type { QrImage } from './qr-code';
import { useQrCode } from './use-qr-code';

interface SheetResources {
  i18n: I18n;
  modules: HandoutModule[];
  ask: AskDoctorText;
}

const loaded = new Map<Lang, Promise<SheetResources>>();

/** The words and content of the handout's language (which may differ from the page's), loaded once per language. */
function useSheetResources(lang: Lang): SheetResources | undefined {
  const [resources, setResources] = useState<SheetResources & { lang: Lang }>();
  useEffect(() => {
    let live = true;
    let pending = loaded.get(lang);
    if (!pending) {
      pending = Promise.all([loadI18n(lang, sheetNamespaces), loadHandoutContent(lang)]).then(([i18n, content]) => ({ i18n, ...content }));
      loaded.set(lang, pending);
      pending.catch(() => loaded.delete(lang));
    }
    pending.then(
      (r) => live && setResources({ lang, ...r }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return resources?.lang === lang ? resources : undefined;
}

/** The handout's title in its own language (inside the preview's translations). */
function PreviewSheet({ lang, handout, resources, url, qr }: { lang: Lang; handout: Handout; resources: SheetResources; url?: string; qr?: QrImage }) {
  const { t } = useTranslation('handout');
  return (
    <div className="handout-sheet" lang={htmlLang[lang]}>
      <HandoutBody
        title={t('view.title')}
        lang={lang}
        handout={handout}
        modules={resources.modules}
        ask={resources.ask}
        level={3}
        newTab
        printLink={url ? { url, qr } : undefined}
      />
    </div>
  );
}

interface Props {
  handoutLang: Lang;
  handout: Handout;
  /** The typed text passed its checks. */
  textOk: boolean;
}

/**
 * What the builder makes once a part is chosen: the link (copy, share, print), its QR code
 * and a preview of the handout. A chunk of its own, like the QR encoder it loads: a page's
 * first script carries only the form.
 */
export default function BuilderOutput({ handoutLang, handout, textOk }: Props) {
  const { t } = useTranslation('handout-builder');
  const resources = useSheetResources(handoutLang);
  // The link needs the site's address, which only the browser knows (this part renders only after hydration).
  const url = textOk ? `${window.location.origin}${paths.handout(handoutLang)}?${encodeHandout(handout)}` : undefined;
  const qr = useQrCode(url);
  return (
    <OutputSections
      output={url ? <ShareControls url={url} qr={qr} shareTitle={resources?.i18n.t('handout:view.title') ?? ''} /> : <p className="notice">{t('builder.fixFirst')}</p>}
      preview={
        resources ? (
          <I18nextProvider i18n={resources.i18n}>
            <PreviewSheet lang={handoutLang} handout={handout} resources={resources} url={url} qr={qr.status === 'ready' ? qr.src : undefined} />
          </I18nextProvider>
        ) : (
          <p>{t('builder.previewLoading')}</p>
        )
      }
    />
  );
}
