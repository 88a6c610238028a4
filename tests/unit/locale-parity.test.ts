import { describe, expect, it } from 'vitest';

const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { eager: true, import: 'default' });
const namespaces = (lang: string) =>
  Object.keys(files)
    .filter((p) => p.includes(`/locales/${lang}/`))
    .map((p) => p.replace(/.*\/([\w-]+)\.json$/, '$1'))
    .sort();

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (Array.isArray(value)) return Object.assign({}, ...value.map((v, i) => flatten(v, `${prefix}[${i}]`)));
  return Object.assign({}, ...Object.entries(value as object).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

/** i18next plural keys ("x_one", "x_other") as their base key: each language has the plural forms its grammar needs. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKeys = (flat: Record<string, string>) => [...new Set(Object.keys(flat).map((k) => k.replace(PLURAL, '')))].sort();

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

it('both languages have the same UI string files', () => {
  expect(namespaces('zh')).toEqual(namespaces('en'));
  expect(namespaces('en')).toContain('common');
});

describe.each(namespaces('en'))('UI strings: locales/*/%s.json', (ns) => {
  const flatEn = flatten(files[`../../locales/en/${ns}.json`]);
  const flatZh = flatten(files[`../../locales/zh/${ns}.json`] ?? {});

  it('have the same keys in both languages', () => {
    expect(baseKeys(flatZh)).toEqual(baseKeys(flatEn));
  });

  it('plural keys have exactly the forms each language needs (Chinese: "other" only)', () => {
    for (const [lang, flat] of [['en', flatEn], ['zh', flatZh]] as const) {
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const base of baseKeys(flat).filter((b) => Object.keys(flat).some((k) => k !== b && k.replace(PLURAL, '') === b))) {
        const forms = Object.keys(flat).filter((k) => k.replace(PLURAL, '') === base);
        expect(forms.map((k) => k.slice(base.length + 1)).sort(), `${lang}: ${base}`).toEqual([...needed].sort());
      }
    }
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...Object.entries(flatEn), ...Object.entries(flatZh)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders', () => {
    // A plural key is compared with the other language's "other" form.
    const other = (flat: Record<string, string>, key: string) => flat[key] ?? flat[key.replace(PLURAL, '_other')] ?? '';
    for (const key of Object.keys(flatEn)) expect(placeholders(other(flatZh, key)), key).toEqual(placeholders(flatEn[key] ?? ''));
  });

  it('Chinese strings are written in Chinese, not left in English', () => {
    const latinOnly = Object.entries(flatZh).filter(([, v]) => !/\p{Script=Han}/u.test(v) && !/^\{\{\w+\}\}$/.test(v));
    expect(latinOnly).toEqual([]);
  });
});
