import { createContext, lazy, type ComponentType } from 'react';
import type { FigureProps } from '../../figures/figure-props';

/**
 * The build-time render provides every figure component ready to use, so figures are in the
 * prerendered HTML (readable without scripts). In the browser each figure is its own small chunk.
 */
export const ReadyFigures = createContext<Record<string, ComponentType<FigureProps>> | null>(null);

type FigureModule = { default: ComponentType<FigureProps> };
const loaders: Record<string, () => Promise<FigureModule>> = Object.fromEntries(
  Object.entries(import.meta.glob<FigureModule>('../../figures/*.tsx')).map(([path, load]) => [path.replace(/.*\/([\w-]+)\.tsx$/, '$1'), load]),
);
/** Figures whose code has arrived (preloadFigures); render these directly. */
export const loadedFigures: Record<string, ComponentType<FigureProps>> = {};

/**
 * Loads figures before they render: before hydration (a figure that suspends while hydrating is
 * swapped for its empty fallback when the page updates, and the text below it jumps) and in a
 * step's loader (so client navigation shows the page complete).
 */
export async function preloadFigures(ids: readonly string[]): Promise<void> {
  await Promise.all(
    ids.map(async (id) => {
      const load = loaders[id];
      if (load && !loadedFigures[id]) loadedFigures[id] = (await load()).default;
    }),
  );
}

/** Every figure as a lazy component, for one not preloaded (render it inside Suspense). */
export const lazyFigures: Record<string, ComponentType<FigureProps>> = Object.fromEntries(Object.entries(loaders).map(([id, load]) => [id, lazy(load)]));
