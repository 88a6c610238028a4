import { createElement, Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { contentLastReviewed, contentVersion } from '../content/content-version';
import { type Lang, LANGS } from '../i18n/langs';
import { formatDate } from '../i18n/format-date';
import { paths } from '../i18n/paths';
import type { ModuleProgress } from '../progress';
import { CareCard } from '../components/care-card';
import { ReviewSmallPrint } from '../components/review-small-print';
import type { AskDoctorText, HandoutModule, KeyPoint } from './handout-content';
import type { Handout } from './handout-link';
import { HandoutAddress, type PrintLink } from './handout-address';
import { SenderNote } from './sender-note';

/** The i18next namespaces a handout sheet needs (besides "common"). */
export const sheetNamespaces = ['handout', 'care-cards', 'care-card-urgent'];

export function Heading({ level, children, id }: { level: number; children: ReactNode; id?: string }) {
  return createElement(`h${Math.min(level, 6)}`, { id }, children);
}

function KeyPointText({ parts }: { parts: KeyPoint }) {
  return (
    <>
      {parts.map((part, i) => (typeof part === 'string' ? <Fragment key={i}>{part}</Fragment> : <strong key={i}>{part.strong}</strong>))}
    </>
  );
}

interface Props {
  lang: Lang;
  handout: Handout;
  /** Every module of the guide in this language (the handout picks from these). */
  modules: HandoutModule[];
  /** The key questions to ask a doctor, in this language. */
  ask: AskDoctorText;
  /** How many module ids the link names that the guide does not have (counted, never echoed: a link's ids are anyone's words). */
  unavailable?: number;
  /** Heading level of the sheet's title; sections are one below, modules two below. */
  level: number;
  /** The reader's own progress on this device, by module id. */
  progress?: Record<string, ModuleProgress>;
  /** Links open in a new tab (the builder's preview, so the form is not lost). */
  newTab?: boolean;
  /** Where this handout lives: its QR code (once made) and the short address to type. */
  printLink?: PrintLink;
  /** The sheet's title (at `level`). */
  title: string;
}

/**
 * A handout's contents, in its own language: the guide's title and parts to read first, then the
 * link maker's note (marked as theirs, unchecked), the urgent-care card and questions.
 */
export function HandoutBody({ lang, handout, modules, ask, unavailable = 0, level, progress, newTab, printLink, title }: Props) {
  const { t } = useTranslation('handout');
  const { t: tc } = useTranslation();
  const chosen = handout.modules.flatMap((id) => modules.filter((m) => m.id === id));
  const linkProps = newTab ? { target: '_blank', rel: 'noopener' } : {};
  const reviewed = t('view.reviewed', { date: formatDate(contentLastReviewed, lang), version: contentVersion });
  return (
    <>
      <div className="handout__head">
        <Heading level={level}>{title}</Heading>
        {printLink && <HandoutAddress lang={lang} handout={handout} printLink={printLink} reviewed={reviewed} />}
      </div>
      <section className="handout__parts">
        <Heading level={level + 1}>{t('view.partsHeading')}</Heading>
        {unavailable > 0 && <p className="notice">{t('view.unavailable', { count: unavailable })}</p>}
        {chosen.length === 0 ? (
          <p>{t('view.noParts')}</p>
        ) : (
          <>
            <p className="handout__parts-intro">{t('view.partsIntro')}</p>
            <ol className="handout__modules">
              {chosen.map((m) => {
                const read = m.steps.filter((s) => progress?.[m.id]?.stepsRead.includes(s)).length;
                const next = m.steps.find((s) => !progress?.[m.id]?.stepsRead.includes(s)) ?? m.steps[0] ?? '';
                const action = read === 0 ? t('view.start') : read < m.steps.length ? t('view.continue') : t('view.readAgain');
                return (
                  <li key={m.id} className="handout__module">
                    <Heading level={level + 2}>{m.title}</Heading>
                    {read > 0 && <p className="handout__progress">{t('view.progress', { read, total: m.steps.length })}</p>}
                    <ul className="handout__points">
                      {m.keyPoints.map((p, i) => (
                        <li key={i}>
                          <KeyPointText parts={p} />
                        </li>
                      ))}
                    </ul>
                    <p className="handout__start">
                      <Link
                        className="button"
                        to={paths.step(lang, m.id, next)}
                        aria-label={`${action}${LANGS[lang].colon}${m.title}${newTab ? ` ${t('view.opensNewTab')}` : ''}`}
                        {...linkProps}
                      >
                        {action}
                      </Link>
                    </p>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </section>
      {/* After the guide's own content, away from its review stamp: the words of whoever made the link. */}
      <SenderNote lang={lang} text={handout} level={level + 1} />
      <section className="handout__care">
        <CareCard level="emergency" headingLevel={level + 1 <= 2 ? 2 : 3} />
        <CareCard level="urgent" headingLevel={level + 1 <= 2 ? 2 : 3} />
      </section>
      <section className="handout__questions">
        <Heading level={level + 1}>{t('view.questionsHeading')}</Heading>
        <ul className="checklist">
          {ask.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
        {ask.medicines && (
          <p className="handout__medicines">
            <strong>{ask.medicines}</strong>
          </p>
        )}
      </section>
      <div className="handout__meta">
        <p>
          {tc('footer.notAdvice')} <span className="handout__version">{reviewed}</span>
        </p>
        <ReviewSmallPrint lang={lang} modules={chosen} />
      </div>
    </>
  );
}
