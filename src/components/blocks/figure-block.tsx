import { lazy, Suspense, useContext, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureProps } from '../../figures/figure-props';
import { useContent } from './content-context';
import { ReadyFigures } from './figure-components';

// Each figure is its own small chunk, loaded only by the page that shows it. In the browser the
// prerendered picture stays in place (a suspended hydration boundary) until its code arrives.
const figureLoaders = import.meta.glob<{ default: ComponentType<FigureProps> }>('../../figures/*.tsx');
const figures = new Map<string, LazyExoticComponent<ComponentType<FigureProps>>>();

function figureComponent(id: string) {
  const load = figureLoaders[`../../figures/${id}.tsx`];
  if (!load) return undefined;
  if (!figures.has(id)) figures.set(id, lazy(load));
  return figures.get(id);
}

export function FigureBlock({ id }: { id: string }) {
  const { figures: texts } = useContent();
  const { t } = useTranslation();
  const Figure = useContext(ReadyFigures)?.[id] ?? figureComponent(id);
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
