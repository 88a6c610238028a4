import { createContext, useContext } from 'react';
import type { Lang } from '../../i18n/langs';
import type { FigureText, GlossaryText } from '../../content/types';

/** What inline text needs to resolve its glossary terms, citations and figures. */
export interface ContentContextValue {
  lang: Lang;
  glossary: Record<string, GlossaryText>;
  /** Source id → its number in the module's source list (what a citation shows). */
  citations: Record<string, number>;
  figures: Record<string, FigureText>;
}

export const ContentContext = createContext<ContentContextValue | null>(null);

export function useContent(): ContentContextValue {
  const value = useContext(ContentContext);
  if (!value) throw new Error('ContentContext missing');
  return value;
}
