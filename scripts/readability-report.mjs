// @ts-check
// Prints per-step and per-module plain-language figures: English words and
// Flesch–Kincaid grade, 汉字 and average sentence length. Loads the TypeScript
// content through Vite, so there is no separate build step.
import { createServer } from 'vite';
import { readFileSync } from 'node:fs';

const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { modules } = await server.ssrLoadModule('/src/content/modules.ts');
  const { stepStrings } = await server.ssrLoadModule('/src/content/block-text.ts');
  const { measureEnglish, measureChinese } = await server.ssrLoadModule('/src/content/readability.ts');
  /** @type {(lang: string, id: string) => { steps: Record<string, unknown> }} */
  const read = (lang, id) => JSON.parse(readFileSync(`locales/${lang}/modules/${id}.json`, 'utf8'));
  const rows = [];
  for (const m of modules) {
    const en = read('en', m.id);
    const zh = read('zh', m.id);
    /** @type {{ en: string[]; zh: string[] }} */
    const all = { en: [], zh: [] };
    for (const s of m.steps) {
      const e = stepStrings(en.steps[s]);
      const z = stepStrings(zh.steps[s]);
      all.en.push(...e);
      all.zh.push(...z);
      const me = measureEnglish(e);
      const mz = measureChinese(z);
      rows.push(`  ${s.padEnd(28)} ${String(me.words).padStart(4)} words  grade ${me.grade.toFixed(1).padStart(4)}   ${String(mz.han).padStart(4)} 汉字  avg ${mz.averageSentence.toFixed(1)}/sentence`);
    }
    const me = measureEnglish(all.en);
    const mz = measureChinese(all.zh);
    rows.push(`${m.id}: ${m.steps.length} steps, ${m.quiz.length} questions, ${me.words} English words (grade ${me.grade.toFixed(1)}), ${mz.han} 汉字 (avg ${mz.averageSentence.toFixed(1)}/sentence), ${m.sources.length} sources`);
    rows.push('');
  }
  console.log(rows.join('\n'));
} finally {
  await server.close();
}
