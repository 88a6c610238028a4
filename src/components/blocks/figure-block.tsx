import { lazy, Suspense, useContext, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureProps } from '../../figures/figure-props';
import { useContent } from './content-context';
import { ReadyFigures } from './figure-components';

// Each figure is its own small chunk, loaded only by the page that shows it. In the browser the
// prerendered picture stays in place (a suspended hydration boundary) until its code arrives.
const figureLoaders = import.meta.glob<{ default: ComponentType<FigureProps> }>('../../figures/*.tsx');
const lazyFigures: Record<string, ComponentType<FigureProps>> = Object.fromEntries(
  Object.entries(figureLoaders).map(([path, load]) => [path.replace(/.*\/([\w-]+)\.tsx$/, '$1'), lazy(load)]),
);

export function FigureBlock({ id }: { id: string }) {
  const { figures: texts } = useContent();
  const { t } = useTranslation();
  const Figure = useContext(ReadyFigures)?.[id] ?? lazyFigures[id];
  const text = texts[id];
  if (!Figure || !text) return null;
  return (
    <figure className="figure">
      <div className="figure__art" role="img" aria-label={text.alt}>
        <Suspense fallback={null}>
          <Figure labels={text.labels} />
        </Suspense>
      </div>
      <figcaption>{text.caption}</figcaption>
      <details className="figure__text">
        <summary>{t('blocks.figureText')}</summary>
        <p>{text.alt}</p>
      </details>
    </figure>
  );
}
