import { createContext, type ComponentType } from 'react';
import type { FigureProps } from '../../figures/figure-props';

/**
 * The build-time render provides every figure component ready to use, so figures are in the
 * prerendered HTML (readable without scripts). In the browser each figure loads lazily.
 */
export const ReadyFigures = createContext<Record<string, ComponentType<FigureProps>> | null>(null);
