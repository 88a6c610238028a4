import { describe, expect, it } from 'vitest';
import { preferredLang } from '../../src/i18n/langs';
import { paths, switchLangHref } from '../../src/i18n/paths';

describe('switchLangHref', () => {
  it('swaps only the language, keeping path, query and hash', () => {
    expect(switchLangHref('/en/modules/sle/hsct/', '?from=qr', '#sources', 'zh')).toBe('/zh/modules/sle/hsct/?from=qr#sources');
    expect(switchLangHref('/zh/', '', '', 'en')).toBe('/en/');
  });
  it('sends an unknown language to the other language home', () => {
    expect(switchLangHref('/xx/modules/', '', '', 'zh')).toBe('/zh/');
    expect(switchLangHref('/', '', '', 'en')).toBe('/en/');
  });
});

describe('preferredLang', () => {
  it.each([
    [['zh-CN'], 'zh'],
    [['zh-TW', 'en'], 'zh'],
    [['ZH'], 'zh'],
    [['en-US', 'zh-CN'], 'zh'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (browser, lang) => {
    expect(preferredLang(browser)).toBe(lang);
  });
});

describe('paths', () => {
  it('are canonical, ending with a slash', () => {
    for (const p of [paths.home('en'), paths.module('zh', 'sle'), paths.step('en', 'sle', 'hsct'), paths.quiz('en', 'sle'), paths.glossary('zh'), paths.askDoctor('en')])
      expect(p).toMatch(/^\/(en|zh)\/([a-z0-9-]+\/)*$/);
  });
});
