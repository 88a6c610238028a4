import { createElement, Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { contentLastReviewed, contentVersion } from '../content/content-version';
import type { Lang } from '../content/types';
import { formatDate } from '../i18n/format-date';
import { paths } from '../i18n/paths';
import type { ModuleProgress } from '../progress/progress-store';
import { CareCard } from '../safety/care-card';
import { ReviewSmallPrint } from '../components/review-small-print';
import type { AskDoctorText, HandoutModule, KeyPoint } from './handout-content';
import type { Handout } from './handout-link';

/** Printed beside the QR code up to this length; a longer link gets the full width under it. */
const LONG_LINK = 200;

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

/** The note's own language for screen readers when it differs from the handout's (a Chinese note on an English handout). */
function noteLang(text: string, lang: Lang): string | undefined {
  const han = /\p{Script=Han}/u.test(text);
  if (lang === 'en' && han) return 'zh-Hans';
  if (lang === 'zh' && !han && /[A-Za-z]{2}/.test(text)) return 'en';
  return undefined;
}

interface Props {
  lang: Lang;
  handout: Handout;
  /** Every module of the guide in this language (the handout picks from these). */
  modules: HandoutModule[];
  /** The key questions to ask a doctor, in this language. */
  ask: AskDoctorText;
  /** Ids the link names that the guide no longer has. */
  unavailable?: string[];
  /** Heading level of the sheet's title; sections are one below, modules two below. */
  level: number;
  /** The reader's own progress on this device, by module id. */
  progress?: Record<string, ModuleProgress>;
  /** Links open in a new tab (the builder's preview, so the form is not lost). */
  newTab?: boolean;
  /** Printed next to the QR code or on its own: the link to this handout. */
  printLink?: { url: string; qrSrc?: string };
  /** The sheet's title (at `level`). */
  title: string;
}

/** A handout's contents, in its own language: note, parts to read, urgent-care card, questions. */
export function HandoutBody({ lang, handout, modules, ask, unavailable = [], level, progress, newTab, printLink, title }: Props) {
  const { t } = useTranslation('handout');
  const { t: tc } = useTranslation();
  const chosen = handout.modules.flatMap((id) => modules.filter((m) => m.id === id));
  const linkProps = newTab ? { target: '_blank', rel: 'noopener' } : {};
  const hasFrom = Boolean(handout.note || handout.clinic || handout.contact);
  const reviewed = t('view.reviewed', { date: formatDate(contentLastReviewed, lang), version: contentVersion });
  return (
    <>
      <div className={`handout__head${printLink?.qrSrc ? ' handout__head--qr' : ''}${printLink && printLink.url.length > LONG_LINK ? ' handout__head--long' : ''}`}>
        <Heading level={level}>{title}</Heading>
        {printLink?.qrSrc && <img className="handout__qr" src={printLink.qrSrc} alt={t('view.qrAlt')} width={132} height={132} />}
        {printLink?.qrSrc && <p className="handout__stamp">{reviewed}</p>}
        {hasFrom && (
          <section className="handout__from">
            <Heading level={level + 1}>{t('view.fromCareTeam')}</Heading>
            {(handout.clinic || handout.contact) && (
              <p className="handout__clinic">
                {handout.clinic && (
                  <strong className="handout__clinic-name" lang={noteLang(handout.clinic, lang)}>
                    {handout.clinic}
                  </strong>
                )}
                {handout.clinic && handout.contact && <span aria-hidden="true"> · </span>}
                {handout.contact && (
                  <span className="handout__contact" lang={noteLang(handout.contact, lang)}>
                    {handout.contact}
                  </span>
                )}
              </p>
            )}
            {handout.note && (
              <p className="handout__note" lang={noteLang(handout.note, lang)}>
                {handout.note}
              </p>
            )}
          </section>
        )}
        {printLink && (
          <p className="handout__link">
            {printLink.qrSrc ? t('view.scan') : t('view.link')} <span className="handout__url">{printLink.url}</span>
          </p>
        )}
      </div>
      <section className="handout__parts">
        <Heading level={level + 1}>{t('view.partsHeading')}</Heading>
        {unavailable.map((id) => (
          <p key={id} className="notice">
            {t('view.unavailable', { id })}
          </p>
        ))}
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
                        aria-label={`${action}${lang === 'zh' ? '：' : ': '}${m.title}${newTab ? ` ${t('view.opensNewTab')}` : ''}`}
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
