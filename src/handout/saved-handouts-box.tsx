import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../i18n/format-date';
import { type Lang, htmlLang, nativeName } from '../i18n/langs';
import { paths } from '../i18n/paths';
import { localStorageOrNone } from '../storage/local-storage';
import { encodeHandout } from './handout-link';
import { deleteSavedHandout, handoutKey, readSavedHandouts, type ReadHandouts, type SavedHandout } from './saved-handouts';
import { SenderNote } from './sender-note';

interface Props {
  lang: Lang;
  /** The guide's parts in this language (id and title). */
  modules: ReadonlyArray<{ id: string; title: string }>;
}

/** The day a handout was opened, in the reader's own time zone. */
function openedOn(savedAt: number, lang: Lang): string {
  const d = new Date(savedAt);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return formatDate(iso, lang);
}

/**
 * The home page's "Reading lists sent to you": handouts opened from a link on this device
 * (src/handout/saved-handouts.ts). Each shows the guide's parts first, then the sender's words in
 * the same box as on the handout page (marked as theirs, unchecked, with the guide's warning line),
 * a link to the full handout and a Delete button. Loaded only when something is stored.
 */
export default function SavedHandoutsBox({ lang, modules }: Props) {
  const { t } = useTranslation('saved-handouts');
  const { t: th } = useTranslation('handout');
  // Read once, when the box is first shown: what could not be read is removed and said once.
  const [read] = useState<ReadHandouts>(() =>
    readSavedHandouts(
      localStorageOrNone(),
      modules.map((m) => m.id),
    ),
  );
  const [handouts, setHandouts] = useState<SavedHandout[]>(read.handouts);
  const [status, setStatus] = useState<'deleted' | 'deleteFailed'>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const base = useId();

  if (handouts.length === 0 && !status) {
    return read.dropped ? (
      <p className="notice" role="status">
        {t('dropped')}
      </p>
    ) : null;
  }

  const remove = (h: SavedHandout) => {
    if (
      !deleteSavedHandout(
        localStorageOrNone(),
        h,
        modules.map((m) => m.id),
      )
    ) {
      setStatus('deleteFailed');
      return;
    }
    setHandouts((list) => list.filter((x) => handoutKey(x) !== handoutKey(h)));
    setStatus('deleted');
    // The button is gone with its list: focus goes to the box's heading, the status says what happened.
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  return (
    <section className="saved-handouts" aria-labelledby="saved-handouts">
      <h2 id="saved-handouts" ref={headingRef} tabIndex={-1}>
        {t('heading')}
      </h2>
      {read.dropped && <p className="notice">{t('dropped')}</p>}
      {handouts.length > 0 && <p>{t('intro')}</p>}
      {handouts.map((h, i) => {
        const key = handoutKey(h);
        const id = `${base}-${i}`;
        const parts = h.modules.flatMap((m) => modules.filter((x) => x.id === m));
        return (
          <article key={key} className="saved-handout" aria-labelledby={id}>
            <h3 id={id}>{t('itemHeading', { date: openedOn(h.savedAt, lang) })}</h3>
            <p className="saved-handout__parts-label">{th('view.partsHeading')}</p>
            <ul className="link-list">
              {parts.map((m) => (
                <li key={m.id}>
                  <Link to={paths.module(lang, m.id)}>{m.title}</Link>
                </li>
              ))}
            </ul>
            {/* The sender's words exactly as the handout page shows them: someone else's, not the guide's. */}
            <SenderNote lang={lang} text={h} level={4} />
            <p className="link-list">
              <Link to={`${paths.handout(h.lang)}?${encodeHandout(h)}`} hrefLang={h.lang === lang ? undefined : htmlLang[h.lang]}>
                {h.lang === lang ? t('open') : t('openIn', { language: nativeName[h.lang] })}
              </Link>
            </p>
            <p>
              <button type="button" className="button button--secondary" aria-describedby={id} onClick={() => remove(h)}>
                {t('delete')}
              </button>
            </p>
          </article>
        );
      })}
      <p className={status ? 'notice' : undefined} role="status">
        {status ? t(status) : ''}
      </p>
    </section>
  );
}
