import { createElement, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/langs';
import { needsNoteWarning } from './note-warnings';

/** The text's own language for screen readers when it differs from the page's (a Chinese note on an English handout). */
function textLang(text: string, lang: Lang): string | undefined {
  const han = /\p{Script=Han}/u.test(text);
  if (lang === 'en' && han) return 'zh-Hans';
  if (lang === 'zh' && !han && /[A-Za-z]{2}/.test(text)) return 'en';
  return undefined;
}

interface Props {
  lang: Lang;
  /** What the link carries besides module ids: anyone's words, never checked by the guide. */
  text: { note: string; clinic: string; contact: string };
  /** Heading level of the box's label. */
  level: number;
  /** More lines from the guide, under the sender's words (the damaged-link caution). */
  children?: ReactNode;
}

/**
 * The link maker's words, in a box that says whose they are. Anyone can make a link,
 * so the guide never lends them its voice: a label saying the guide has not checked
 * them, plain weight, quoted, and (for numbers, addresses, money, paying or stopping
 * medicines) one warning line from the guide. Plain React text: nothing becomes a link.
 */
export function SenderNote({ lang, text, level, children }: Props) {
  const { t } = useTranslation('handout');
  const id = useId();
  const { note, clinic, contact } = text;
  if (!note && !clinic && !contact) return null;
  return (
    // A labelled group, not a region: the home page lists several handouts, each with this box, and
    // landmarks with the same name cannot be told apart (axe landmark-unique).
    <div role="group" className="handout__sender" aria-labelledby={id}>
      {createElement(`h${Math.min(level, 6)}`, { id, className: 'handout__sender-label' }, t('view.senderHeading'))}
      {needsNoteWarning([note, clinic, contact]) && <p className="handout__sender-warning">{t('view.senderWarning')}</p>}
      <blockquote className="handout__sender-text">
        {(clinic || contact) && (
          <p>
            {clinic && (
              <span lang={textLang(clinic, lang)} dir="auto">
                {clinic}
              </span>
            )}
            {clinic && contact && <span aria-hidden="true"> · </span>}
            {contact && (
              <span lang={textLang(contact, lang)} dir="auto">
                {contact}
              </span>
            )}
          </p>
        )}
        {note && (
          <p className="handout__sender-note" lang={textLang(note, lang)} dir="auto">
            {note}
          </p>
        )}
      </blockquote>
      {children}
    </div>
  );
}
