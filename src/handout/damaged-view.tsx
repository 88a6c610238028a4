import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../i18n/langs';
import { paths } from '../i18n/paths';
import type { HandoutModule } from './handout-content';
import type { Handout, LinkProblem } from './handout-link';
import { LinkProblems } from './link-problems';
import { SenderNote } from './sender-note';

interface Props {
  lang: Lang;
  handout: Handout;
  problems: LinkProblem[];
  modules: HandoutModule[];
  /** Every part of the guide, as links. */
  allParts: React.ReactNode;
}

/** "This link is damaged or incomplete": what went wrong, what could still be read, and the way on. Its own chunk: rare. */
export default function DamagedView({ lang, handout, problems, modules, allParts }: Props) {
  const { t } = useTranslation('handout-damaged');
  const { t: tv } = useTranslation('handout');
  const parts = handout.modules.flatMap((id) => modules.filter((m) => m.id === id));
  const recovered = parts.length > 0 || handout.note || handout.clinic || handout.contact;
  return (
    <>
      <h1>{t('damaged.title')}</h1>
      <div className="callout callout--warning">
        <p>{t('damaged.body')}</p>
        <h2 className="callout__title">{t('damaged.noticed')}</h2>
        <LinkProblems problems={problems} />
      </div>
      <h2>{t('damaged.recovered')}</h2>
      {!recovered && <p>{t('damaged.nothing')}</p>}
      {parts.length > 0 && (
        <>
          <h3>{tv('view.partsHeading')}</h3>
          <ul className="link-list">
            {parts.map((m) => (
              <li key={m.id}>
                <Link to={paths.step(lang, m.id, m.steps[0] ?? '')}>{m.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {/* The guide's own words first; then whatever the link's maker wrote, marked as theirs. */}
      <SenderNote lang={lang} text={handout} level={3}>
        {handout.note && <p className="handout__caution">{t('damaged.noteCaution')}</p>}
      </SenderNote>
      <h2>{t('damaged.allParts')}</h2>
      {allParts}
    </>
  );
}
