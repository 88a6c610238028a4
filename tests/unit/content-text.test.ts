import { describe, expect, it } from 'vitest';
import { modules } from '../../src/content/modules';
import { blockShape, stepStrings } from '../../src/content/block-text';
import { citeIds, termIds } from '../../src/content/inline-markup';
import { measureChinese, measureEnglish, numbersIn } from '../../src/content/readability';
import type { Block, ModuleText } from '../../src/content/types';
import { allStrings, figureFiles, glossaryOf, langs, moduleText } from './content-helpers';

const figureIds = Object.keys(figureFiles).map((p) => p.replace(/.*\/([\w-]+)\.tsx$/, '$1'));
const definedTerms = (lang: 'en' | 'zh') => Object.values(glossaryOf(lang)).flatMap((g) => Object.keys(g));

describe.each(modules.map((m) => [m.id, m] as const))('module %s', (id, mod) => {
  const text = { en: moduleText('en', id), zh: moduleText('zh', id) };

  it.each(langs)('%s: has words for exactly its steps, questions and choices', (lang) => {
    const t: ModuleText = text[lang];
    expect(Object.keys(t.steps).sort()).toEqual([...mod.steps].sort());
    expect(Object.keys(t.quiz).sort()).toEqual(mod.quiz.map((q) => q.id).sort());
    for (const q of mod.quiz) expect(Object.keys(t.quiz[q.id]?.choices ?? {}).sort(), q.id).toEqual([...q.choices].sort());
  });

  it.each(langs)('%s: no empty strings and no HTML', (lang) => {
    for (const [path, s] of allStrings(text[lang])) {
      expect(s.trim(), path).not.toBe('');
      expect(s, path).not.toMatch(/<\/?[a-z!][^>]*>/i);
    }
  });

  it.each(langs)('%s: purpose is one sentence', (lang) => {
    expect(text[lang].purpose.split(/[.。!?！？](?:\s|$)/).filter((s) => s.trim()).length).toBe(1);
  });

  it.each(langs)('%s: figures exist, with caption, text alternative and labels', (lang) => {
    const used = mod.steps.flatMap((s) => text[lang].steps[s]?.blocks ?? []).flatMap((b) => (b.type === 'figure' ? [b.id] : []));
    expect(used.length).toBeGreaterThan(0);
    expect(Object.keys(text[lang].figures).sort()).toEqual([...new Set(used)].sort());
    for (const f of used) expect(figureIds, `src/figures/${f}.tsx`).toContain(f);
  });

  it('the key-points step has key points, a known/unknown box and an ask-your-doctor prompt', () => {
    for (const lang of langs) {
      const types = text[lang].steps['key-points']?.blocks.map((b) => b.type) ?? [];
      expect(types).toContain('keyPoints');
      expect(types).toContain('knownUnknown');
      expect(types).toContain('askDoctor');
    }
  });

  describe.each(mod.steps)('step %s', (stepId) => {
    const en = text.en.steps[stepId];
    const zh = text.zh.steps[stepId];

    it('has the same shape in both languages', () => {
      expect(zh?.blocks.map(blockShape)).toEqual(en?.blocks.map(blockShape));
    });

    it('cites the same sources and glossary terms in both languages', () => {
      const ids = (blocks: Block[] | undefined, f: (s: string) => string[]) =>
        [...new Set((blocks ?? []).flatMap((b) => stepStrings({ title: '', blocks: [b] })).flatMap(f))].sort();
      expect(ids(zh?.blocks, citeIds)).toEqual(ids(en?.blocks, citeIds));
      expect(ids(zh?.blocks, termIds)).toEqual(ids(en?.blocks, termIds));
    });

    it('states the same numbers in both languages', () => {
      expect(numbersIn(stepStrings(zh!))).toEqual(numbersIn(stepStrings(en!)));
    });

    it('keeps to one short screen: ≤ about 150 English words, ≤ about 250 汉字, ≤ 2 warnings', () => {
      expect(measureEnglish(stepStrings(en!)).words).toBeLessThanOrEqual(160);
      expect(measureChinese(stepStrings(zh!)).han).toBeLessThanOrEqual(270);
      for (const t of [en!, zh!]) expect(t.blocks.filter((b) => b.type === 'warning').length).toBeLessThanOrEqual(2);
    });

    it('English reads at grade 8 or below (Flesch–Kincaid)', () => {
      expect(measureEnglish(stepStrings(en!)).grade).toBeLessThanOrEqual(8);
    });

    it('Chinese sentences average 25 汉字 or fewer', () => {
      expect(measureChinese(stepStrings(zh!)).averageSentence).toBeLessThanOrEqual(25);
    });

    it('cites only sources the module lists', () => {
      for (const s of stepStrings(en!).flatMap(citeIds)) expect(mod.sources.map((x) => x.id)).toContain(s);
    });
  });

  it('cites every source it lists', () => {
    const cited = new Set(mod.steps.flatMap((s) => stepStrings(text.en.steps[s]!)).flatMap(citeIds));
    for (const s of mod.sources) expect(cited, s.id).toContain(s.id);
  });

  it.each(langs)('%s: quiz figures, labels and words are parallel', (lang) => {
    for (const [fid, fig] of Object.entries(text[lang].figures))
      expect(Object.keys(fig.labels).sort(), fid).toEqual(Object.keys(text.en.figures[fid]?.labels ?? {}).sort());
    for (const q of mod.quiz) {
      const t = text[lang].quiz[q.id]!;
      expect(numbersIn([t.prompt, ...Object.values(t.choices), t.explanation]), q.id).toEqual(
        numbersIn([text.en.quiz[q.id]!.prompt, ...Object.values(text.en.quiz[q.id]!.choices), text.en.quiz[q.id]!.explanation]),
      );
    }
  });
});

describe('glossary', () => {
  it('has the same terms in both languages, none empty', () => {
    const en = glossaryOf('en');
    const zh = glossaryOf('zh');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [file, terms] of Object.entries(en)) {
      expect(Object.keys(zh[file] ?? {}).sort(), file).toEqual(Object.keys(terms).sort());
      for (const lang of [en, zh])
        for (const [termId, t] of Object.entries(lang[file] ?? {})) {
          expect(t.term.trim(), termId).not.toBe('');
          expect(t.definition.trim(), termId).not.toBe('');
        }
    }
  });

  it('defines each term exactly once', () => {
    for (const lang of langs) {
      const ids = definedTerms(lang);
      expect(ids.filter((x, i) => ids.indexOf(x) !== i), lang).toEqual([]);
    }
  });

  it('defines every term the modules mark', () => {
    for (const lang of langs) {
      const defined = new Set(definedTerms(lang));
      for (const m of modules) {
        const t = moduleText(lang, m.id);
        const used = [t.purpose, ...m.steps.flatMap((s) => stepStrings(t.steps[s]!))].flatMap(termIds);
        for (const term of used) expect(defined, `${lang}/${m.id}: ${term}`).toContain(term);
      }
    }
  });
});
