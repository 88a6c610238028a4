import { describe, expect, it } from 'vitest';
import en from '../../locales/en/for-family.json';
import zh from '../../locales/zh/for-family.json';
import { measureChinese, measureEnglish } from '../../src/content/readability';
import { familySources, familyThings } from '../../src/routes/for-family';
import { safetySources } from '../../src/safety/sources';

const message = (words: typeof en) => [words.heading, ...familyThings.map((id) => words.things[id])];

describe('for the family', () => {
  it('says the three things in at most 80 English words', () => {
    expect(familyThings).toHaveLength(3);
    const { words, grade } = measureEnglish(message(en));
    expect(words).toBeLessThanOrEqual(80);
    expect(grade).toBeLessThanOrEqual(7);
  });

  it('and in at most 150 汉字', () => {
    expect(measureChinese(message(zh)).han).toBeLessThanOrEqual(150);
  });

  it('names the key points: not approved, the risks, never stop lupus medicines', () => {
    expect(en.things['not-approved']).toMatch(/not an approved treatment for lupus/);
    expect(en.things.medicines).toMatch(/Never stop or change lupus medicines/);
    expect(zh.things.medicines).toMatch(/不要停用或更改狼疮药物/);
  });

  it('cites sources that resolve', () => {
    expect(safetySources(familySources)).toHaveLength(familySources.length);
  });
});
