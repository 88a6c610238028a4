import { describe, expect, it } from 'vitest';
import { currentIds, lostIds, publishedIds, unlistedIds } from '../../src/build/published-ids';

describe('published page paths and claim ids (src/content/published-ids.json)', () => {
  it('none has disappeared', () => {
    expect(lostIds()).toEqual([]);
  });

  it('every published one is listed, so it is kept from now on', () => {
    expect(unlistedIds()).toEqual([]);
  });

  it('fails, saying how to fix it, when a page or a claim goes', () => {
    const now = currentIds();
    const gone = { pages: now.pages.filter((p) => p !== '/zh/modules/sle/hsct/'), claims: now.claims.filter((c) => c !== 'survival-92') };
    expect(lostIds(publishedIds, gone)).toEqual([
      expect.stringMatching(/^page \/zh\/modules\/sle\/hsct\/ is listed in src\/content\/published-ids\.json but the site no longer has it\. .*add a redirect.*remove it from src\/content\/published-ids\.json on purpose\.$/),
      expect.stringMatching(/^claim "survival-92" is listed in .* remove it from src\/content\/published-ids\.json on purpose\.$/),
    ]);
  });

  it('asks for a new page to be listed', () => {
    const now = currentIds();
    expect(unlistedIds(publishedIds, { ...now, pages: [...now.pages, '/en/new-page/'] })).toEqual([
      'page /en/new-page/ is published but not in src/content/published-ids.json: add it to "pages".',
    ]);
  });
});
