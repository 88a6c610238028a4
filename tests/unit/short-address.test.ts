import { describe, expect, it } from 'vitest';
import { moduleIds } from '../../src/content/module-ids';
import { everyShortChoice, shortLetters, shortPath } from '../../src/handout/short-address';

describe('a handout’s short address (typed from paper)', () => {
  it('keeps the letters printed handouts already carry', () => {
    expect(shortLetters).toEqual({ infusion: 'i', 'msc-hsc': 'm', sle: 's', risks: 'r' });
  });

  it('gives every part its own lower-case letter', () => {
    const letters = moduleIds.map((id) => shortLetters[id]);
    expect(new Set(letters).size).toBe(moduleIds.length);
    for (const letter of letters) expect(letter).toMatch(/^[a-z]$/);
  });

  it('is at most 40 plain ASCII characters for every choice of parts, in any order, in both languages', () => {
    const choices = everyShortChoice();
    // 4 + 12 + 24 + 24 ordered choices of 1 to 4 different parts.
    expect(choices.length).toBe(64);
    for (const lang of ['en', 'zh'] as const) {
      for (const ids of choices) {
        const path = shortPath(lang, ids) ?? '';
        expect(path).toMatch(/^\/(en|zh)\/h\/[a-z]+\/$/);
        expect(path.length).toBeLessThanOrEqual(40);
      }
    }
    expect(shortPath('zh', ['risks', 'sle'])).toBe('/zh/h/rs/');
  });

  it('has none for a handout without parts or with a part it does not know', () => {
    expect(shortPath('en', [])).toBeUndefined();
    expect(shortPath('en', ['sle', 'retired-part'])).toBeUndefined();
  });
});
