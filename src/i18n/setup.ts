import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../content/types';

// locales/<lang>/<namespace>.json. "common" is on every page; a page that needs another
// namespace names it in its route `handle.namespaces` and loads it in its loader.
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { import: 'default' });
const instances = new Map<Lang, Promise<i18n>>();
const ready = new Map<Lang, i18n>();

async function loadFile(lang: Lang, ns: string) {
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
        supportedLngs: ['en', 'zh'],
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

/** The language's strings: "common" plus any extra namespaces a page needs. */
export async function loadI18n(lang: Lang, namespaces: readonly string[] = []): Promise<i18n> {
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
