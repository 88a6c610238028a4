import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../content/types';

const commonFiles = import.meta.glob<Record<string, unknown>>('../../locales/*/common.json', { import: 'default' });
const instances = new Map<Lang, Promise<i18n>>();
const ready = new Map<Lang, i18n>();

/** One i18next instance per language, so rendering never depends on a global "current language". */
export function loadI18n(lang: Lang): Promise<i18n> {
  let pending = instances.get(lang);
  if (!pending) {
    pending = (async () => {
      const load = commonFiles[`../../locales/${lang}/common.json`];
      if (!load) throw new Error(`No UI strings for ${lang}`);
      const instance = createInstance();
      await instance.use(initReactI18next).init({
        lng: lang,
        supportedLngs: ['en', 'zh'],
        // A missing string is a bug caught by the parity tests, never silently English.
        fallbackLng: false,
        ns: ['common'],
        defaultNS: 'common',
        resources: { [lang]: { common: await load() } },
        interpolation: { escapeValue: false },
        react: { useSuspense: false },
        returnNull: false,
        initAsync: false,
      });
      ready.set(lang, instance);
      return instance;
    })();
    instances.set(lang, pending);
  }
  return pending;
}

/** The instance for a language already loaded by loadI18n (route loaders load it first). */
export function loadedI18n(lang: Lang): i18n {
  const instance = ready.get(lang);
  if (!instance) throw new Error(`i18n for ${lang} is not loaded`);
  return instance;
}
