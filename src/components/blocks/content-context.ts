import { createContext, useContext } from 'react';
import type { FigureText, GlossaryText, Lang, Source } from '../../content/types';

/** What inline text needs to resolve its glossary terms, citations and figures. */
export interface ContentContextValue {
  lang: Lang;
  glossary: Record<string, GlossaryText>;
  /** The module's sources in listed order: a citation shows its 1-based position. */
  sources: Source[];
  figures: Record<string, FigureText>;
}

export const ContentContext = createContext<ContentContextValue | null>(null);

export function useContent(): ContentContextValue {
  const value = useContext(ContentContext);
  if (!value) throw new Error('ContentContext missing');
  return value;
}
