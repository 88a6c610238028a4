import { describe, expect, it } from 'vitest';
import en from '../../locales/en/common.json';
import zh from '../../locales/zh/common.json';

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (Array.isArray(value)) return Object.assign({}, ...value.map((v, i) => flatten(v, `${prefix}[${i}]`)));
  return Object.assign({}, ...Object.entries(value as object).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('UI strings (locales/*/common.json)', () => {
  const flatEn = flatten(en);
  const flatZh = flatten(zh);

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
