import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../content/assert-never';
import { plainText } from '../../content/inline-markup';
import type { Block } from '../../content/types';
import { paths } from '../../i18n/paths';
import { CareCardBlock } from './care-card-block';
import { useContent } from './content-context';
import { FigureBlock } from './figure-block';
import { InlineText } from './inline-text';

function Items({ items }: { items: string[] }) {
  return items.map((item, i) => (
    <li key={i}>
      <InlineText text={item} />
    </li>
  ));
}

/** The closed set of content blocks (see src/content/types.ts), each with its view. */
export function BlockView({ block }: { block: Block }) {
  const { t } = useTranslation();
  const { lang } = useContent();
  switch (block.type) {
    case 'p':
      return (
        <p>
          <InlineText text={block.text} />
        </p>
      );
    case 'list':
      return block.ordered ? (
        <ol>
          <Items items={block.items} />
        </ol>
      ) : (
        <ul>
          <Items items={block.items} />
        </ul>
      );
    case 'warning':
    case 'info':
      return (
        <aside className={`callout callout--${block.type}`}>
          <h2 className="callout__title">
            <span className="visually-hidden">{t(block.type === 'warning' ? 'blocks.warningPrefix' : 'blocks.infoPrefix')}</span>
            <InlineText text={block.title} />
          </h2>
          <p>
            <InlineText text={block.text} />
          </p>
        </aside>
      );
    case 'figure':
      return <FigureBlock id={block.id} />;
    case 'table':
      return (
        // A wide table scrolls sideways on phones; the region must be reachable by keyboard to scroll it.
        // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
        <div className="table-scroll" role="region" aria-label={plainText(block.caption)} tabIndex={0}>
          <table>
            <caption>
              <InlineText text={block.caption} />
            </caption>
            <thead>
              <tr>
                {block.head.map((h, i) => (
                  <th key={i} scope="col">
                    <InlineText text={h} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        <InlineText text={cell} />
                      </th>
                    ) : (
                      <td key={c}>
                        <InlineText text={cell} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'doDont':
      return (
        <div className="do-dont">
          <section className="do-dont__list do-dont__list--do">
            <h2>{t('blocks.do')}</h2>
            <ul>
              <Items items={block.do} />
            </ul>
          </section>
          <section className="do-dont__list do-dont__list--dont">
            <h2>{t('blocks.dont')}</h2>
            <ul>
              <Items items={block.dont} />
            </ul>
          </section>
        </div>
      );
    case 'askDoctor':
      return (
        <aside className="ask-prompt">
          <h2 className="ask-prompt__title">{t('blocks.askDoctor')}</h2>
          <p>
            <InlineText text={block.text} />
          </p>
          <p>
            <Link to={paths.askDoctor(lang)}>{t('blocks.askDoctorLink')}</Link>
          </p>
        </aside>
      );
    case 'careCard':
      return <CareCardBlock lang={lang} level={block.level} />;
    case 'knownUnknown':
      return (
        <section className="known-unknown">
          <h2>{t('blocks.knownUnknown')}</h2>
          <h3>{t('blocks.known')}</h3>
          <ul>
            <Items items={block.known} />
          </ul>
          <h3>{t('blocks.unknown')}</h3>
          <ul>
            <Items items={block.unknown} />
          </ul>
        </section>
      );
    case 'keyPoints':
      return (
        // Its step is titled "Key points": the page's h1 already names this list.
        <ul className="key-points">
          <Items items={block.items} />
        </ul>
      );
    default:
      // A new block type needs a view here: until it has one, typecheck fails on this line.
      return assertNever(block, 'block');
  }
}
