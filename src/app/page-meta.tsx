import { createContext, useContext, useEffect } from 'react';

export interface PageMetaData {
  title: string;
  description: string;
  /** Pages that must not be indexed (404, damaged links). */
  noindex?: boolean;
  /** Open Graph, for the preview a chat app shows when the link is pasted (the build writes og:type, og:locale and og:url for every page). */
  og?: {
    /** A shorter title for the preview than the page's <title>. */
    title?: string;
    /** og:type, "website" unless given. */
    type?: 'website' | 'article';
  };
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
