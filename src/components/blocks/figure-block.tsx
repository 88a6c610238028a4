import { Suspense, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { useContent } from './content-context';
import { lazyFigures, loadedFigures, ReadyFigures } from './figure-components';

export function FigureBlock({ id }: { id: string }) {
  const { figures: texts } = useContent();
  const { t } = useTranslation();
  const Figure = useContext(ReadyFigures)?.[id] ?? loadedFigures[id] ?? lazyFigures[id];
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
