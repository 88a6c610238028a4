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

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

it('both languages have the same UI string files', () => {
  expect(namespaces('zh')).toEqual(namespaces('en'));
  expect(namespaces('en')).toContain('common');
});

describe.each(namespaces('en'))('UI strings: locales/*/%s.json', (ns) => {
  const flatEn = flatten(files[`../../locales/en/${ns}.json`]);
  const flatZh = flatten(files[`../../locales/zh/${ns}.json`] ?? {});

  it('have the same keys in both languages', () => {
    expect(Object.keys(flatZh).sort()).toEqual(Object.keys(flatEn).sort());
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...Object.entries(flatEn), ...Object.entries(flatZh)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders', () => {
    for (const key of Object.keys(flatEn)) expect(placeholders(flatZh[key] ?? ''), key).toEqual(placeholders(flatEn[key] ?? ''));
  });

  it('Chinese strings are written in Chinese, not left in English', () => {
    const latinOnly = Object.entries(flatZh).filter(([, v]) => !/\p{Script=Han}/u.test(v) && !/^\{\{\w+\}\}$/.test(v));
    expect(latinOnly).toEqual([]);
  });
});
