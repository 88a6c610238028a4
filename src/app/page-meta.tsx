import { createContext, useContext, useEffect } from 'react';

export interface PageMetaData {
  title: string;
  description: string;
  /** Pages that must not be indexed (404, damaged links). */
  noindex?: boolean;
}

export interface PageMetaSinkValue {
  set(meta: PageMetaData): void;
}

/** Filled during the build-time render so the prerender script can write <head>. */
export const PageMetaSink = createContext<PageMetaSinkValue | null>(null);

/** Declares the page's <title> and description; renders nothing. */
export function PageMeta(meta: PageMetaData) {
  useContext(PageMetaSink)?.set(meta);
  useEffect(() => {
    document.title = meta.title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', meta.description);
  }, [meta.title, meta.description]);
  return null;
}
