// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY as PROGRESS_KEY } from '../../src/progress/progress-store';
import {
  deleteSavedHandout,
  MAX_SAVED,
  parseSavedHandouts,
  readSavedHandouts,
  SAVED_HANDOUTS_KEY,
  saveHandout,
  type SavedHandout,
} from '../../src/handout/saved-handouts';
import { hasSavedHandouts, SAVED_HANDOUTS_KEY as KEY_APART } from '../../src/storage/saved-handouts-key';
import { TEXT_SIZE_KEY } from '../../src/settings/text-size';
import { moduleIds } from '../../src/content/module-ids';
import type { Handout } from '../../src/handout/handout-link';
import { memoryStorage, throwingStorage as throwing } from './storage-fakes';

const handout = (h: Partial<Handout> = {}): Handout => ({ modules: ['sle', 'risks'], note: '复诊前请读完。', clinic: '风湿免疫科', contact: '护士站 010-1234 5678', ...h });
const stored = (s: Storage) => JSON.parse(s.getItem(SAVED_HANDOUTS_KEY) ?? 'null') as { version: number; handouts: SavedHandout[] } | null;
const entry = (e: Partial<SavedHandout> = {}): SavedHandout => ({ ...handout(), lang: 'zh', savedAt: 1_780_000_000_000, ...e });
const record = (handouts: unknown[], version: unknown = 1) => JSON.stringify({ version, handouts });
const known = moduleIds;
const others = { [PROGRESS_KEY]: JSON.stringify({ version: 1, modules: { sle: { stepsRead: ['what-is-lupus'] } } }), [TEXT_SIZE_KEY]: 'large' };

describe('saved handouts store', () => {
  it('keeps its key where the home page and the head script look', () => {
    expect(SAVED_HANDOUTS_KEY).toBe(KEY_APART);
  });

  it('an entry naming a part the guide no longer has is dropped (the guide gives the ids it has)', () => {
    const raw = record([entry({ modules: ['risks'] })]);
    expect(parseSavedHandouts(raw, ['sle'])).toEqual({ handouts: [], dropped: true });
    expect(parseSavedHandouts(raw, known)).toEqual({ handouts: [entry({ modules: ['risks'] })] });
  });

  it('round-trips a handout with its note, clinic, contact, language and date', () => {
    const s = memoryStorage();
    expect(hasSavedHandouts(s)).toBe(false);
    expect(saveHandout(s, handout(), 'zh', known, 1000)).toEqual({ status: 'saved' });
    expect(hasSavedHandouts(s)).toBe(true);
    expect(stored(s)).toEqual({ version: 1, handouts: [entry({ savedAt: 1000 })] });
    expect(readSavedHandouts(s, known)).toEqual({ handouts: [entry({ savedAt: 1000 })] });
  });

  it('keeps the same handout once (either language), newest first, at most MAX_SAVED', () => {
    const s = memoryStorage();
    saveHandout(s, handout(), 'zh', known, 1);
    saveHandout(s, handout(), 'zh', known, 2);
    expect(stored(s)!.handouts).toEqual([entry({ savedAt: 2 })]);
    saveHandout(s, handout({ note: '' }), 'en', known, 3);
    saveHandout(s, handout(), 'en', known, 4);
    expect(stored(s)!.handouts.map((h) => [h.note, h.lang, h.savedAt])).toEqual([
      ['复诊前请读完。', 'en', 4],
      ['', 'en', 3],
    ]);
    for (let i = 0; i < 5; i++) saveHandout(s, handout({ note: `Note ${i}` }), 'en', known, 10 + i);
    expect(MAX_SAVED).toBe(3);
    expect(stored(s)!.handouts.map((h) => h.note)).toEqual(['Note 4', 'Note 3', 'Note 2']);
  });

  it('deletes one handout by its content and removes the key with the last one; other keys untouched', () => {
    const s = memoryStorage(others);
    saveHandout(s, handout(), 'zh', known, 1);
    saveHandout(s, handout({ modules: ['infusion'] }), 'en', known, 2);
    expect(deleteSavedHandout(s, entry(), known)).toBe(true);
    expect(stored(s)!.handouts.map((h) => h.modules)).toEqual([['infusion']]);
    expect(deleteSavedHandout(s, handout({ modules: ['infusion'] }), known)).toBe(true);
    expect(s.getItem(SAVED_HANDOUTS_KEY)).toBeNull();
    expect(Object.fromEntries(s.map)).toEqual(others);
  });

  it.each([
    ['not JSON', '{"version":1,"handouts":[{"modules":["sle"'],
    ['not an object', '[1,2,3]'],
    ['a newer version', record([entry()], 2)],
    ['an older version', record([entry()], 0)],
    ['no list', JSON.stringify({ version: 1, handouts: 'sle' })],
    ['huge', record([entry({ note: 'x'.repeat(40_000) })])],
  ])('drops a whole record that is %s, tells once, and leaves other keys alone', (_, raw) => {
    const s = memoryStorage({ ...others, [SAVED_HANDOUTS_KEY]: raw });
    expect(readSavedHandouts(s, known)).toEqual({ handouts: [], dropped: true });
    expect(s.getItem(SAVED_HANDOUTS_KEY)).toBeNull();
    expect(readSavedHandouts(s, known)).toEqual({ handouts: [] });
    expect(Object.fromEntries(s.map)).toEqual(others);
  });

  it.each([
    ['an unknown module id', { modules: ['sle', 'miracle-cure'] }],
    ['no modules', { modules: [] }],
    ['a repeated module', { modules: ['sle', 'sle'] }],
    ['a note longer than a link allows', { note: '很'.repeat(281) }],
    ['a note with more lines than a link allows', { note: 'a\nb\nc\nd\ne\nf\ng' }],
    ['a clinic line with a line break', { clinic: 'A\nB' }],
    ['a contact with a bidi override', { contact: 'call 1\u202E01' }],
    ['a note with a zero-width space', { note: 'pay\u200Bhere' }],
    ['a note that is not text', { note: { toString: 'x' } }],
    ['another language', { lang: 'fr' }],
    ['no date', { savedAt: undefined }],
    ['a date that is not a whole number', { savedAt: 1.5 }],
    ['markup-looking module ids', { modules: ['<img src=x onerror=alert(1)>'] }],
  ])('drops an entry with %s, keeps the others and tells once', (_, bad) => {
    const good = entry({ modules: ['infusion'], savedAt: 5 });
    const s = memoryStorage({ ...others, [SAVED_HANDOUTS_KEY]: record([{ ...entry(), ...bad }, good]) });
    expect(readSavedHandouts(s, known)).toEqual({ handouts: [good], dropped: true });
    expect(stored(s)).toEqual({ version: 1, handouts: [good] });
    expect(readSavedHandouts(s, known)).toEqual({ handouts: [good] });
    expect(Object.fromEntries(s.map)).toEqual({ ...others, [SAVED_HANDOUTS_KEY]: record([good]) });
  });

  it('text that a link would show is kept as it is (a Chinese note on an English handout, two lines, HTML-looking words shown as text)', () => {
    const text = entry({ note: '请带上药单。\nBring your medicine list. <b>not bold</b>', lang: 'en' });
    expect(parseSavedHandouts(record([text]), known)).toEqual({ handouts: [text] });
  });

  it('more entries than it keeps, or the same one twice: the extra ones are dropped and told', () => {
    const list = [1, 2, 3, 4].map((n) => entry({ modules: ['sle'], note: `n${n}` }));
    expect(parseSavedHandouts(record(list), known)).toEqual({ handouts: list.slice(0, 3), dropped: true });
    expect(parseSavedHandouts(record([entry(), entry({ savedAt: 1 })]), known)).toEqual({ handouts: [entry()], dropped: true });
  });

  it('saving over hostile data replaces it and says so', () => {
    const s = memoryStorage({ [SAVED_HANDOUTS_KEY]: 'garbage' });
    expect(saveHandout(s, handout(), 'zh', known, 7)).toEqual({ status: 'saved', dropped: true });
    expect(stored(s)).toEqual({ version: 1, handouts: [entry({ savedAt: 7 })] });
  });

  it('storage that refuses writes: nothing saved, "unsaved"; what was kept stays', () => {
    const before = record([entry({ modules: ['infusion'] }), entry({ modules: ['sle'] })]);
    const s = memoryStorage({ [SAVED_HANDOUTS_KEY]: before }, { failWrites: true });
    expect(saveHandout(s, handout(), 'zh', known)).toEqual({ status: 'unsaved' });
    expect(s.getItem(SAVED_HANDOUTS_KEY)).toBe(before);
    // Deleting one of two rewrites the list: refused, and said so.
    expect(deleteSavedHandout(s, entry({ modules: ['infusion'] }), known)).toBe(false);
    expect(s.getItem(SAVED_HANDOUTS_KEY)).toBe(before);
  });

  it('no storage, or storage that throws on every use: nothing saved, "unavailable", never a throw', () => {
    expect(saveHandout(undefined, handout(), 'en', known)).toEqual({ status: 'unavailable' });
    expect(saveHandout(throwing, handout(), 'en', known)).toEqual({ status: 'unavailable' });
    expect(readSavedHandouts(throwing, known)).toEqual({ handouts: [] });
    expect(readSavedHandouts(undefined, known)).toEqual({ handouts: [] });
    expect(hasSavedHandouts(throwing)).toBe(false);
    expect(deleteSavedHandout(throwing, handout(), known)).toBe(false);
  });
});
