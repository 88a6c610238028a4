import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageMeta } from '../app/page-meta';
import { useHydrated } from '../components/use-hydrated';
import { type Lang, htmlLang, langs, nativeName } from '../i18n/langs';
import type { Handout } from './handout-link';
import { limits } from './handout-text';
import { ModulePicker } from './module-picker';
import { OutputSections } from './output-sections';
import { checkTyped, HandoutTextField } from './text-field';

const BuilderOutput = lazy(() => import('./builder-output'));

/** /{lang}/handout/new/: a clinician picks parts, a language and a note; gets a link, a QR code and a printout. */
export function HandoutBuilder({ lang, modules }: { lang: Lang; modules: Array<{ id: string; title: string }> }) {
  const { t } = useTranslation('handout-builder');
  const { t: tc } = useTranslation();
  const hydrated = useHydrated();
  const [selected, setSelected] = useState<string[]>([]);
  const [handoutLang, setHandoutLang] = useState<Lang>(lang);
  const [typed, setTyped] = useState({ note: '', clinic: '', contact: '' });
  const checks = { note: checkTyped('note', typed.note), clinic: checkTyped('clinic', typed.clinic), contact: checkTyped('contact', typed.contact) };
  const textOk = !checks.note.problem && !checks.clinic.problem && !checks.contact.problem;
  const handout: Handout = { modules: selected, note: checks.note.text, clinic: checks.clinic.text, contact: checks.contact.text };
  const waiting = (message: string) => <OutputSections output={<p className="notice">{message}</p>} preview={<p>{t('builder.previewEmpty')}</p>} />;

  return (
    <article className="handout-builder">
      <PageMeta title={`${t('builder.title')} – ${tc('app.name')}`} description={t('builder.description')} />
      <h1>{t('builder.title')}</h1>
      <p className="lead">{t('builder.intro')}</p>
      <div className="callout callout--warning handout-builder__privacy">
        <h2 className="callout__title">{t('builder.privacyTitle')}</h2>
        <p>{t('builder.privacy')}</p>
      </div>

      <form className="handout-builder__form" onSubmit={(e) => e.preventDefault()} noValidate>
        <ModulePicker modules={modules} selected={selected} onChange={setSelected} />
        <fieldset className="choices">
          <legend className="field__label">{t('builder.langLegend')}</legend>
          {langs.map((l) => (
            <label key={l} className="choice">
              <input type="radio" name="handout-lang" value={l} checked={handoutLang === l} onChange={() => setHandoutLang(l)} />
              <span lang={htmlLang[l]}>{nativeName[l]}</span>
            </label>
          ))}
          {/* Shown only while a radio has keyboard focus (CSS :focus-visible). */}
          <p className="arrow-key-hint">{t('arrowKeyHint')}</p>
        </fieldset>
        <HandoutTextField
          field="note"
          label={t('builder.noteLabel')}
          hint={t('builder.noteHint', { max: limits.note.maxChars })}
          value={typed.note}
          onChange={(note) => setTyped((v) => ({ ...v, note }))}
        />
        <HandoutTextField field="clinic" label={t('builder.clinicLabel')} value={typed.clinic} onChange={(clinic) => setTyped((v) => ({ ...v, clinic }))} />
        <HandoutTextField
          field="contact"
          label={t('builder.contactLabel')}
          hint={t('builder.contactHint')}
          value={typed.contact}
          onChange={(contact) => setTyped((v) => ({ ...v, contact }))}
        />
      </form>

      {!hydrated ? (
        waiting(t('builder.needsScript'))
      ) : selected.length === 0 ? (
        waiting(t('builder.chooseModule'))
      ) : (
        <Suspense fallback={waiting(t('builder.loading'))}>
          <BuilderOutput handoutLang={handoutLang} handout={handout} textOk={textOk} />
        </Suspense>
      )}
    </article>
  );
}
