import { describe, expect, it } from 'vitest';
import { modules } from '../../src/content/modules';
import { stepStrings } from '../../src/content/block-text';
import { plainText, termIds } from '../../src/content/inline-markup';
import type { Lang } from '../../src/i18n/langs';
import type { Block, ModuleText } from '../../src/content/types';
import { glossaryOf, langs, moduleText } from './content-helpers';

/**
 * Content 1.2 (issue 12) rules for the lupus and risks parts: a main message that is also the
 * first key point, short lists, a "what you can do" line under every figure, care cards where a
 * risk is described (tappable words never inside brackets: content-main-message.test.ts, every part), and the
 * audit's corrections kept corrected.
 */
const ids = ['sle', 'risks'] as const;
// Read through a wider type: ModuleText does not declare mainMessage in this branch yet.
const text = (lang: Lang, id: string) => moduleText(lang, id) as ModuleText & { mainMessage?: string };
const blocksOf = (lang: Lang, id: string): Array<[string, Block]> =>
  Object.entries(text(lang, id).steps).flatMap(([stepId, s]) => s.blocks.map((b): [string, Block] => [stepId, b]));
const allStepStrings = (lang: Lang, id: string) => Object.values(text(lang, id).steps).flatMap(stepStrings);

describe.each(ids)('%s', (id) => {
  const mod = modules.find((m) => m.id === id)!;

  it.each(langs)('%s: has a main message of one or two sentences, repeated as the first key point', (lang) => {
    const main = text(lang, id).mainMessage ?? '';
    expect(main.trim()).not.toBe('');
    const sentences = main.split(/(?<=[.。!?！？])\s*/).filter((s) => s.trim());
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(2);
    const keyPoints = text(lang, id).steps['key-points']?.blocks.find((b) => b.type === 'keyPoints');
    expect(keyPoints?.type === 'keyPoints' && plainText(keyPoints.items[0] ?? '')).toBe(main);
  });

  it.each(langs)('%s: no list has more than 7 items', (lang) => {
    for (const [stepId, b] of blocksOf(lang, id)) {
      const lists = b.type === 'list' || b.type === 'keyPoints' ? [b.items] : b.type === 'knownUnknown' ? [b.known, b.unknown] : [];
      for (const items of lists) expect(items.length, `${stepId}`).toBeLessThanOrEqual(7);
    }
  });

  it.each(langs)('%s: every figure is followed by a line on what to do with it', (lang) => {
    const lead = lang === 'en' ? '**What you can do' : '**您可以';
    for (const step of Object.values(text(lang, id).steps)) {
      step.blocks.forEach((b, i) => {
        if (b.type !== 'figure') return;
        const next = step.blocks.slice(i + 1, i + 3);
        expect(
          next.some((n) => n.type === 'p' && n.text.startsWith(lead)),
          b.id,
        ).toBe(true);
      });
    }
  });

  it.each(langs)('%s: a warning that quotes a claim says the claim is not true', (lang) => {
    for (const [, b] of blocksOf(lang, id))
      if (b.type === 'warning' && /[“”]/.test(b.title)) expect(b.title).toMatch(lang === 'en' ? /^Claim \(not true\): / : /^宣传说法（不对）：/);
  });

  it.each(langs)('%s: never says “strong immunosuppressants” (the fever rule names the medicines)', (lang) => {
    for (const s of allStepStrings(lang, id)) expect(s).not.toMatch(/strong immunosuppressant|强效免疫抑制剂/i);
  });

  it('every question teaches a step that exists, and the risk steps carry a care card', () => {
    for (const q of mod.quiz) expect(mod.steps).toContain(q.teaches);
    const riskSteps = id === 'sle' ? ['hsct', 'car-t'] : ['msc-risks', 'hsct-death-risk', 'hsct-other-risks', 'already-had-infusion'];
    for (const lang of langs)
      for (const stepId of riskSteps) expect(text(lang, id).steps[stepId]?.blocks.some((b) => b.type === 'careCard'), `${lang} ${stepId}`).toBe(true);
  });
});

describe('the audit’s corrections stay corrected (issue 12, point 7)', () => {
  const all = (lang: Lang) => ids.flatMap((id) => [text(lang, id).mainMessage ?? '', ...allStepStrings(lang, id)]).map(plainText);
  const quizWords = (lang: Lang) =>
    ids.flatMap((id) => Object.values(text(lang, id).quiz).flatMap((q) => [q.prompt, q.explanation, ...Object.values(q.choices)]));

  it('vouches only for the numbers that match the paper', () => {
    expect(all('en').join(' ')).not.toMatch(/numbers are real/);
    expect(all('zh').join(' ')).not.toMatch(/数字是真实的/);
  });

  it('says “published” whenever it calls the 2017 trial the only double-blind one', () => {
    for (const s of [...all('en'), ...quizWords('en')]) if (/only .*double-blind/.test(s)) expect(s).toMatch(/only published/);
    for (const s of [...all('zh'), ...quizWords('zh')]) if (/唯一.*双盲/.test(s)) expect(s).toMatch(/已发表/);
  });

  it('calls a placebo 安慰剂, never 假药', () => {
    for (const lang of langs) for (const s of [...all(lang), ...quizWords(lang)]) expect(s).not.toMatch(/假药/);
    for (const g of Object.values(glossaryOf('zh'))) for (const t of Object.values(g)) expect(t.definition).not.toMatch(/假药/);
  });

  it('says “in China” when it says a real study will not charge you', () => {
    for (const s of all('en')) if (/real study (will not|is free)/i.test(s)) expect(s).toMatch(/In China/);
  });

  it('gives HSCT deaths as about 11 in 100, with the age of the data', () => {
    for (const lang of langs) {
      const deaths = all(lang).filter((s) => (lang === 'en' ? /11 in 100/ : /100 人中约有 11 人/).test(s));
      expect(deaths.length).toBeGreaterThan(0);
      for (const s of deaths) expect(s).toContain('2011');
      expect(all(lang).join(' ')).not.toMatch(lang === 'en' ? /died[^.]*about 1 in 10|about 1 in 10[^.]*died/ : /10 人中有 1 人[^。]*死/);
    }
  });

  it('words the NHC’s scam warning the same way as the claim checker', () => {
    expect(all('en').join(' ')).toContain('can be treated as a scam');
    expect(all('zh').join(' ')).toContain('可以认定为骗局');
  });

  it('keeps flare (发作) and relapse (复发) apart in Chinese', () => {
    const flare = glossaryOf('zh').sle?.flare;
    expect(flare?.term).toMatch(/^发作/);
    const zhSle = Object.values(text('zh', 'sle').steps).flatMap(stepStrings);
    for (const s of zhSle) expect(termIds(s).includes('flare') ? s : '').not.toMatch(/\[\[flare\|复发/);
  });
});
