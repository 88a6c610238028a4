import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Lang, isLang, langs } from './langs';

// locales/<lang>/<namespace>.json. "common" is on every page; a page that needs another
// namespace names it in its route `handle.namespaces` and loads it in its loader.
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' });
const instances = new Map<Lang, Promise<i18n>>();
const ready = new Map<Lang, i18n>();
/** Build time: the strings a page's render asked for, as "<lang>/<namespace>" (see recordStrings). */
let recording: Set<string> | undefined;
/** Strings a prerendered page carries itself (provideStrings): used instead of loading their files. */
const provided = new Map<string, Record<string, unknown>>();

async function loadFile(lang: Lang, ns: string) {
  const own = provided.get(`${lang}/${ns}`);
  if (own) return own;
  const load = files[`../../locales/${lang}/${ns}.json`];
  if (!load) throw new Error(`No strings for ${lang}/${ns}`);
  return load();
}

/** One i18next instance per language, so rendering never depends on a global "current language". */
function instanceFor(lang: Lang): Promise<i18n> {
  let pending = instances.get(lang);
  if (!pending) {
    pending = (async () => {
      const instance = createInstance();
      await instance.use(initReactI18next).init({
        lng: lang,
        supportedLngs: langs,
        // A missing string is a bug caught by the parity tests, never silently English.
        fallbackLng: false,
        ns: ['common'],
        defaultNS: 'common',
        resources: { [lang]: { common: await loadFile(lang, 'common') } },
        interpolation: { escapeValue: false },
        react: { useSuspense: false },
        initAsync: false,
      });
      ready.set(lang, instance);
      return instance;
    })();
    instances.set(lang, pending);
  }
  return pending;
}

/**
 * The language's strings: "common" plus any extra namespaces a page needs. At build time they are
 * recorded for the page to carry, unless `carried` is false: strings the page's scripts load only
 * when they are needed (its build-time render may still use them, e.g. for a <noscript> copy).
 */
export async function loadI18n(lang: Lang, namespaces: readonly string[] = [], { carried = true } = {}): Promise<i18n> {
  for (const ns of ['common', ...namespaces]) if (carried || ns === 'common') recording?.add(`${lang}/${ns}`);
  const instance = await instanceFor(lang);
  await Promise.all(
    namespaces
      .filter((ns) => !instance.hasResourceBundle(lang, ns))
      .map(async (ns) => instance.addResourceBundle(lang, ns, await loadFile(lang, ns))),
  );
  return instance;
}

/** The instance for a language already loaded by loadI18n (route loaders load it first). */
export function loadedI18n(lang: Lang): i18n {
  const instance = ready.get(lang);
  if (!instance) throw new Error(`i18n for ${lang} is not loaded`);
  return instance;
}

/**
 * Build time: runs one page's render and returns the strings it loaded ("<lang>/<namespace>").
 * The page carries this list, so the browser loads exactly these before hydrating, and a client
 * navigation loads them with the page's data. Pages are rendered one after another, never at once.
 */
export async function recordStrings<T>(render: () => Promise<T>): Promise<{ result: T; strings: string[] }> {
  const strings = new Set<string>();
  recording = strings;
  try {
    return { result: await render(), strings: [...strings].sort() };
  } finally {
    recording = undefined;
  }
}

/** Build time: the strings themselves, for a page to carry (see provideStrings). */
export function stringsOf(names: readonly string[]): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    names.map((name) => {
      const [lang = '', ns = ''] = name.split('/');
      const bundle: unknown = isLang(lang) ? ready.get(lang)?.getResourceBundle(lang, ns) : undefined;
      if (!bundle || typeof bundle !== 'object') throw new Error(`Strings ${name} are not loaded`);
      return [name, bundle as Record<string, unknown>];
    }),
  );
}

/** In the browser: the strings the prerendered page carries, loaded from there instead of their files. */
export async function provideStrings(bundles: Record<string, Record<string, unknown>>): Promise<void> {
  for (const [name, bundle] of Object.entries(bundles)) provided.set(name, bundle);
  await loadStrings(Object.keys(bundles));
}

/** Loads strings named as "<lang>/<namespace>" (what recordStrings lists). */
export async function loadStrings(names: readonly string[]): Promise<void> {
  const byLang = new Map<Lang, string[]>();
  for (const name of names) {
    const [lang, ns] = name.split('/');
    if (isLang(lang) && ns) byLang.set(lang, [...(byLang.get(lang) ?? []), ns]);
  }
  await Promise.all([...byLang].map(([lang, nss]) => loadI18n(lang, nss.filter((ns) => ns !== 'common'))));
}
