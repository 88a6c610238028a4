// @vitest-environment node
// (Web Crypto as the build has it: Node's globalThis.crypto.subtle.)
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { careCardContent, currentContentHashes, moduleContent } from '../../src/build/content-hashes';
import { buildDefines, clinicalReviewStates, contactEmail } from '../../src/build/defines';
import { contentKeys, reviewStates, signOffProblems } from '../../src/content/review-check';
import { contentHash, sha256Hex } from '../../src/content/review-hash';
import { clinicalSignOffs, type ClinicalSignOff } from '../../src/content/reviews';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A made-up reviewer: never part of the real record. */
const fixture = (over: Partial<ClinicalSignOff> = {}): ClinicalSignOff => ({
  content: 'care-card:emergency',
  reviewer: 'Dr Fixture Reviewer',
  role: 'Consultant rheumatologist (test fixture)',
  date: '2027-01-05',
  hash: 'a'.repeat(64),
  ...over,
});

describe('content hashes', () => {
  it('are SHA-256 (a known test vector)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('are the same for the same content, and change with a word or an order', async () => {
    const card = careCardContent(root, 'emergency') as { words: { en: { card: { heading: string } } } };
    const same = careCardContent(root, 'emergency');
    expect(await contentHash(card)).toBe(await contentHash(same));
    const changed = structuredClone(card);
    changed.words.en.card.heading += ' ';
    expect(await contentHash(changed)).not.toBe(await contentHash(card));
    expect(await contentHash({ a: 1, b: 2 })).not.toBe(await contentHash({ b: 2, a: 1 }));
  });

  it('cover every module and care card, both languages, and leave the review dates out of a module', async () => {
    const hashes = await currentContentHashes(root);
    expect(Object.keys(hashes)).toEqual(contentKeys());
    for (const hash of Object.values(hashes)) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const risks = moduleContent(root, 'risks') as { structure: Record<string, unknown>; words: Record<string, unknown>; glossary: Record<string, unknown> };
    expect(Object.keys(risks.words)).toEqual(['en', 'zh']);
    expect(risks.words.zh).not.toBeNull();
    expect(risks.glossary.en).not.toBeNull();
    expect(risks.structure).not.toHaveProperty('lastReviewed');
    expect(risks.structure).not.toHaveProperty('nextReview');
    expect(risks.structure).toHaveProperty('steps');
  });
});

describe('the three review states (fixture reviewer)', () => {
  it('signed and current, changed since sign-off, never signed', async () => {
    const hashes = await currentContentHashes(root);
    const older = structuredClone(careCardContent(root, 'urgent')) as { words: { zh: { card: { heading: string } } } };
    older.words.zh.card.heading = '旧的标题：';
    const record = [
      fixture({ content: 'care-card:emergency', hash: hashes['care-card:emergency'] }),
      fixture({ content: 'care-card:urgent', hash: await contentHash(older) }),
    ];
    expect(signOffProblems(record)).toEqual([]);
    const states = reviewStates(record, hashes);
    expect(states['care-card:emergency']).toEqual({ state: 'current', reviewer: 'Dr Fixture Reviewer', role: 'Consultant rheumatologist (test fixture)', date: '2027-01-05' });
    expect(states['care-card:urgent']).toMatchObject({ state: 'changed', reviewer: 'Dr Fixture Reviewer', date: '2027-01-05' });
    expect(states['care-card:non-urgent']).toEqual({ state: 'unsigned' });
    expect(states['module:risks']).toEqual({ state: 'unsigned' });
    // The same, through what the build runs.
    expect((await clinicalReviewStates(root, record))['care-card:emergency']?.state).toBe('current');
  });

  it('the real record starts empty and is sound: nothing is shown as reviewed', async () => {
    expect(clinicalSignOffs).toEqual([]);
    expect(signOffProblems(clinicalSignOffs)).toEqual([]);
    const states = await clinicalReviewStates(root);
    expect(Object.values(states).every((s) => s?.state === 'unsigned')).toBe(true);
  });
});

describe('a bad sign-off record fails the build, naming the entry', () => {
  it.each([
    ['an unknown module id', fixture({ content: 'module:lupus' }), /#1 \(content "module:lupus", reviewer "Dr Fixture Reviewer"\): unknown module id "lupus"/],
    ['a hash for content that does not exist', fixture({ content: 'care-card:severe' }), /#1 \(content "care-card:severe".*unknown care card "severe"; there is no such content/],
    ['content of an unknown kind', fixture({ content: 'page:about' as ClinicalSignOff['content'] }), /"page:about" is not content that can be signed off/],
    ['a malformed date', fixture({ date: '5/1/2027' }), /#1 .*malformed date "5\/1\/2027"/],
    ['an impossible date', fixture({ date: '2027-02-30' }), /malformed date "2027-02-30"/],
    ['a malformed hash', fixture({ hash: 'abc123' }), /malformed hash "abc123"/],
    ['no reviewer', fixture({ reviewer: ' ' }), /the reviewer's name is empty/],
    ['no role', fixture({ role: '' }), /the reviewer's role is empty/],
  ])('%s', async (_name, entry, message) => {
    const record = [entry];
    expect(signOffProblems(record).join('\n')).toMatch(message);
    await expect(clinicalReviewStates(root, record)).rejects.toThrow(message);
  });

  it('two entries for the same content: the second is named', () => {
    expect(signOffProblems([fixture(), fixture({ reviewer: 'Dr Second' })])).toEqual([
      'Clinical sign-off #2 (content "care-card:emergency", reviewer "Dr Second"): signs off the same content as sign-off #1; keep one entry per content',
    ]);
  });

  it('a sound entry with an outdated hash is not an error: it is "changed since sign-off"', () => {
    expect(signOffProblems([fixture({ hash: 'b'.repeat(64) })])).toEqual([]);
  });
});

describe('build-time settings', () => {
  it('CONTACT_EMAIL: empty when unset, trimmed when set, a build error when not an address', () => {
    expect(contactEmail({})).toBe('');
    expect(contactEmail({ CONTACT_EMAIL: ' guide@clinic.example ' })).toBe('guide@clinic.example');
    for (const bad of ['not an address', 'a@b', 'x@y.z?cc=evil@example.org', '<a@b.c>']) expect(() => contactEmail({ CONTACT_EMAIL: bad }), bad).toThrow(/CONTACT_EMAIL/);
  });

  it('the constants the app reads', async () => {
    const with_ = await buildDefines({ CONTACT_EMAIL: 'guide@clinic.example', SITE_URL: 'https://guide.example/' }, root);
    expect(JSON.parse(with_.__CONTACT_EMAIL__!)).toBe('guide@clinic.example');
    expect(JSON.parse(with_.__SITE_URL__!)).toBe('https://guide.example');
    expect(Object.keys(JSON.parse(with_.__CLINICAL_REVIEW__!))).toEqual(contentKeys());
    const without = await buildDefines({}, root);
    expect(JSON.parse(without.__CONTACT_EMAIL__!)).toBe('');
    expect(JSON.parse(without.__SITE_URL__!)).toBe('https://stem-cell-guide.example');
  });
});
