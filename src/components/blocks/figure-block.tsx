import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureProps } from '../../figures/figure-props';
import { useContent } from './content-context';

// Figures are small inline SVGs; this module is only imported by content pages (a lazy chunk).
const figureModules = import.meta.glob<ComponentType<FigureProps>>('../../figures/*.tsx', { eager: true, import: 'default' });

export function FigureBlock({ id }: { id: string }) {
  const { figures } = useContent();
  const { t } = useTranslation();
  const Figure = figureModules[`../../figures/${id}.tsx`];
  const text = figures[id];
  if (!Figure || !text) return null;
  return (
    <figure className="figure">
      <div className="figure__art" role="img" aria-label={text.alt}>
        <Figure labels={text.labels} />
      </div>
      <figcaption>{text.caption}</figcaption>
      <details className="figure__text">
        <summary>{t('blocks.figureText')}</summary>
        <p>{text.alt}</p>
      </details>
    </figure>
  );
}
