import { redirectDocument, type HydrationState, type LoaderFunctionArgs } from 'react-router';
import { preloadFigures } from '../components/blocks/figure-components';
import { loadStrings } from '../i18n/setup';
import { notFound } from './not-found-response';

/**
 * Every page's data is worked out at build time, by the page's own loader, and written twice
 * (scripts/build.mjs): into the page, for hydration, and beside it as `data.json`, for client
 * navigation. So the browser never loads a whole module's words or the source registry to show
 * one step: in the production client the pages' loaders are replaced by `prerenderedLoader`
 * (the `prerendered-loaders` plugin in vite.config.ts). `npm run dev` and the tests run the real loaders.
 */

/** `<script type="application/json" id="page-data">` in every prerendered page. */
export interface PageHydration {
  /** The router's data for the page (loaderData per route id). */
  state: HydrationState;
  /**
   * The strings the page shows, by "<lang>/<namespace>" (src/i18n/setup.ts recordStrings): carried by
   * the page, where they cost little (much of their text is on the page already), not loaded as files.
   */
  strings: Record<string, Record<string, unknown>>;
}

/** `<page>/data.json`: the page route's loader data. */
export interface PageData {
  /** The app entry of the build that wrote it; a page of another build is loaded in full instead. */
  entry: string;
  /** The strings the page shows, as "<lang>/<namespace>": after the first page most are loaded already. */
  strings: string[];
  data: unknown;
}

export const PAGE_DATA_ID = 'page-data';
export const DATA_FILE = 'data.json';

let appEntry: string | undefined;

/** The running app's entry script (its URL names the build). */
export function setAppEntry(url: string): void {
  appEntry = new URL(url, window.location.href).pathname;
}

/** The data the prerendered page carries, or undefined (404 pages render in the browser). */
export function readPageHydration(): PageHydration | undefined {
  const text = document.getElementById(PAGE_DATA_ID)?.textContent;
  return text ? (JSON.parse(text) as PageHydration) : undefined;
}

/** Figures a page shows: the keys of `figures` in its loader data. */
export function figureIds(loaderData: Record<string, unknown> | undefined): string[] {
  return Object.values(loaderData ?? {}).flatMap((data: unknown) => {
    const figures = (data as { figures?: unknown } | null)?.figures;
    return figures && typeof figures === 'object' ? Object.keys(figures) : [];
  });
}

function isPageData(value: unknown): value is PageData {
  const v = value as Partial<PageData> | null;
  return typeof v?.entry === 'string' && Array.isArray(v.strings) && 'data' in v;
}

/** Another page's prerendered data (its data.json), for a page that shows part of it. */
export async function prerenderedDataOf(path: string): Promise<unknown> {
  const response = await fetch(path + DATA_FILE);
  const page: unknown = response.ok ? await response.json() : undefined;
  if (!isPageData(page)) throw new Error(`No data for ${path}`);
  return page.data;
}

/** A page route's loader in the browser: its prerendered data, its strings and figures. */
export async function prerenderedLoader({ request }: LoaderFunctionArgs): Promise<unknown> {
  const url = new URL(request.url);
  const dir = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const response = await fetch(dir + DATA_FILE, { signal: request.signal });
  if (response.status === 404) throw notFound();
  const page: unknown = response.ok ? await response.json().catch(() => undefined) : undefined;
  // Another build (the site was updated while this page was open) or a host that answers with
  // something else: load the page itself, which is always complete.
  if (!isPageData(page) || page.entry !== appEntry) throw redirectDocument(url.pathname + url.search + url.hash);
  await Promise.all([loadStrings(page.strings), preloadFigures(figureIds({ page: page.data }))]);
  return page.data;
}
