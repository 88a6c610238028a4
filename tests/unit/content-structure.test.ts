import { describe, expect, it } from 'vitest';
import { contentLastReviewed } from '../../src/content/content-version';
import { modules } from '../../src/content/modules';
import { figureFiles, langs, moduleFileIds } from './content-helpers';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const sourceTypes = ['rct', 'single-arm', 'case-report', 'registry', 'review', 'guideline', 'patient-info', 'regulator', 'news'];

describe('module manifest', () => {
  it('lists the four permanent modules in learning order', () => {
    expect(modules.map((m) => m.id)).toEqual(['infusion', 'msc-hsc', 'sle', 'risks']);
  });

  it('has words for exactly the listed modules in every language', () => {
    for (const lang of langs) expect(moduleFileIds(lang)).toEqual(modules.map((m) => m.id).sort());
  });

  describe.each(modules.map((m) => [m.id, m] as const))('%s', (_id, mod) => {
    it('has 5–9 unique kebab-case steps ending with key points', () => {
      expect(mod.steps.length).toBeGreaterThanOrEqual(5);
      expect(mod.steps.length).toBeLessThanOrEqual(9);
      expect(new Set(mod.steps).size).toBe(mod.steps.length);
      for (const s of mod.steps) expect(s).toMatch(kebab);
      expect(mod.steps.at(-1)).toBe('key-points');
      // "quiz" is a route of its own.
      expect(mod.steps).not.toContain('quiz');
    });

    it('has a 4–6 question quiz with a valid, language-neutral answer key', () => {
      expect(mod.quiz.length).toBeGreaterThanOrEqual(4);
      expect(mod.quiz.length).toBeLessThanOrEqual(6);
      expect(new Set(mod.quiz.map((q) => q.id)).size).toBe(mod.quiz.length);
      for (const q of mod.quiz) {
        expect(q.id).toMatch(kebab);
        expect(new Set(q.choices).size).toBe(q.choices.length);
        expect(q.correct.length).toBeGreaterThan(0);
        for (const c of q.correct) expect(q.choices).toContain(c);
        if (q.kind === 'true-false') expect(q.choices).toEqual(['true', 'false']);
        if (q.kind === 'red-flag') expect(q.choices).toEqual(['yes', 'no']);
        if (q.kind !== 'multiple') expect(q.correct).toHaveLength(1);
        if (q.kind === 'single' || q.kind === 'multiple') expect(q.choices.length).toBeGreaterThanOrEqual(3);
        expect(mod.steps).toContain(q.teaches);
      }
    });

    it('does not always put the right answer in the same place', () => {
      const positions = mod.quiz
        .filter((q) => q.kind === 'single')
        .map((q) => q.choices.indexOf(q.correct[0] ?? ''));
      if (positions.length >= 3) expect(new Set(positions).size).toBeGreaterThan(1);
    });

    it('lists its sources with authors, year, venue, type and a DOI or URL', () => {
      expect(mod.sources.length).toBeGreaterThan(0);
      expect(new Set(mod.sources.map((s) => s.id)).size).toBe(mod.sources.length);
      for (const s of mod.sources) {
        expect(s.id).toMatch(kebab);
        expect(s.authors.trim()).not.toBe('');
        expect(s.title.trim()).not.toBe('');
        expect(s.venue.trim()).not.toBe('');
        expect(s.year).toBeGreaterThan(1990);
        expect(s.year).toBeLessThanOrEqual(2026);
        expect(sourceTypes).toContain(s.type);
        expect(Boolean(s.doi) || Boolean(s.url)).toBe(true);
        if (s.doi) expect(s.doi).toMatch(/^10\.\d{4,}\//);
        if (s.url) expect(s.url).toMatch(/^https:\/\//);
      }
    });

    it('has review dates, next review after last review', () => {
      expect(mod.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(mod.nextReview).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(mod.nextReview > mod.lastReviewed).toBe(true);
      expect(mod.minutes).toBeGreaterThan(0);
    });
  });
});

describe('footer review date', () => {
  it('is the newest module review date', () => {
    expect(contentLastReviewed).toBe(modules.map((m) => m.lastReviewed).sort().at(-1));
  });
});

describe('figures', () => {
  it('every figure file is a component named after a module', () => {
    for (const path of Object.keys(figureFiles)) {
      const id = path.replace(/.*\/([\w-]+)\.tsx$/, '$1');
      if (id === 'figure-props') continue;
      expect(modules.some((m) => id.startsWith(`${m.id}-`)), id).toBe(true);
    }
  });
});
