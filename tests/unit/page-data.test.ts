import { gzipSync } from 'node:zlib';
import type { LoaderFunctionArgs } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModuleDef, ModuleText, StepText } from '../../src/content/types';

/**
 * What a page carries (in its HTML for hydration, and as its data.json for client navigation) is
 * what its loader returns at build time. These tests run the real loaders on a fixture module and
 * add a step to it: no other page's data may grow, except by what it shows of the new step.
 */

const fixture: { def: ModuleDef; text: ModuleText } = { def: undefined as unknown as ModuleDef, text: undefined as unknown as ModuleText };

vi.mock('../../src/content/load-module', () => ({
  loadModuleDef: async (id: string | undefined) => (id === 'fixture' ? fixture.def : undefined),
  loadAllModuleDefs: async () => [fixture.def],
}));
vi.mock('../../src/content/load-text', () => ({
  loadModuleText: async (_lang: string, id: string) => (id === 'fixture' ? fixture.text : undefined),
  loadGlossary: async () => ({ 'term-a': { term: 'Term A', definition: 'A term used on the first page only.' } }),
}));

// Unit test files share a worker's modules (isolate: false in vitest.config.ts): a file before this one
// may have loaded the routes with the real loaders, so they are loaded afresh, with the mocks.
vi.resetModules();
const { loader: stepLoader } = await import('../../src/routes/step');
const { loader: overviewLoader } = await import('../../src/routes/module-overview');

const source = (id: string) => ({ id, authors: 'Author A, et al.', year: 2020, title: `A study called ${id}`, venue: 'Journal 2020;1:1–2', type: 'rct' as const, doi: `10.1000/${id}` });

function step(id: string, words: number): StepText {
  const text = Array.from({ length: words }, (_, i) => `${id}-word-${i}`).join(' ');
  return {
    title: `Page ${id}`,
    blocks: [
      { type: 'p', text: `${text} [[term-a|a term]] [^src-${id}]` },
      { type: 'list', items: [`${id} first point`, `${id} second point`] },
    ],
  };
}

function makeModule(stepIds: string[]) {
  fixture.def = {
    id: 'fixture',
    minutes: 5,
    steps: stepIds,
    quiz: [],
    sources: stepIds.map((id) => source(`src-${id}`)),
    lastReviewed: '2026-01-01',
    nextReview: '2026-07-01',
  };
  fixture.text = {
    title: 'Fixture module',
    purpose: 'A module for tests.',
    mainMessage: 'Fixtures are for tests.',
    steps: Object.fromEntries(stepIds.map((id) => [id, step(id, 60)])),
    quiz: {},
    figures: {},
  };
}

const args = (params: Record<string, string>) => ({ params, request: new Request('http://localhost/'), context: {} }) as unknown as LoaderFunctionArgs;
const stepData = async (stepId: string) => JSON.stringify(await stepLoader(args({ lang: 'en', moduleId: 'fixture', stepId })));
const overviewData = async () => JSON.stringify(await overviewLoader(args({ lang: 'en', moduleId: 'fixture' })));
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

describe('words per page', () => {
  beforeEach(() => makeModule(['a', 'b', 'c']));

  it('a step page carries its own blocks and the sources it cites, no other step’s words', async () => {
    const data = await stepData('b');
    expect(data).toContain('b-word-59');
    expect(data).toContain('src-b');
    expect(data).not.toMatch(/[ac]-word-|src-[ac]"|[ac] first point/);
  });

  it('adding a step to a module does not grow its other step pages, only by what they show of it', async () => {
    const before = { a: await stepData('a'), b: await stepData('b'), c: await stepData('c') };
    const overviewBefore = await overviewData();
    makeModule(['a', 'b', 'c', 'd']);
    const after = { a: await stepData('a'), b: await stepData('b'), c: await stepData('c') };
    const count = (s: string) => s.replace('"stepCount":3', '"stepCount":4');
    // Pages not next to the new step: the same data, byte for byte (apart from "page 1 of 4").
    expect(after.a).toBe(count(before.a));
    expect(after.b).toBe(count(before.b));
    // The page before it now links on to it: its title, nothing else of it.
    const withoutNext = (s: string) => JSON.stringify({ ...JSON.parse(s), next: undefined });
    expect(withoutNext(after.c)).toBe(withoutNext(count(before.c)));
    expect(JSON.parse(after.c).next).toEqual({ id: 'd', title: 'Page d' });
    expect(after.c).not.toContain('d-word-');
    // The module's front page lists it: one more line in its contents, and its source.
    const overviewAfter = await overviewData();
    expect(JSON.parse(overviewAfter).steps).toHaveLength(4);
    expect(gz(overviewAfter) - gz(overviewBefore)).toBeLessThan(200);
  });

  it('a step page carries the same with 3 steps in its module as with 30', async () => {
    const small = await stepData('b');
    makeModule(['a', 'b', 'c', ...Array.from({ length: 27 }, (_, i) => `extra-${i}`)]);
    expect(await stepData('b')).toBe(small.replace('"stepCount":3', '"stepCount":30'));
  });
});

describe('strings', () => {
  // The client build leaves out i18next's Intl formatters (vite.config.ts): no "{{value, format}}" anywhere.
  it('no locale string asks i18next for a formatter', () => {
    const files = import.meta.glob<unknown>('../../locales/**/*.json', { eager: true, import: 'default' });
    const formatted = Object.entries(files).flatMap(([path, json]) =>
      [...JSON.stringify(json).matchAll(/\{\{[^}]*,[^}]*\}\}/g)].map((m) => `${path}: ${m[0]}`),
    );
    expect(formatted).toEqual([]);
  });
});
