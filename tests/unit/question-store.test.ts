// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY as PROGRESS_KEY } from '../../src/progress/progress-store';
import { clearStoredList, parseStoredList, readStoredList, saveStoredList } from '../../src/safety/question-store';
import { QUESTION_LIST_KEY, storedListState } from '../../src/safety/question-store-key';
import { SAVED_HANDOUTS_KEY } from '../../src/storage/saved-handouts-key';
import { TEXT_SIZE_KEY } from '../../src/settings/text-size';
import { memoryStorage, throwingStorage as throwing } from './storage-fakes';

const others = { [PROGRESS_KEY]: '{"version":1,"modules":{}}', [TEXT_SIZE_KEY]: 'large', [SAVED_HANDOUTS_KEY]: '{"version":1,"handouts":[]}' };
const record = (r: Record<string, unknown>) => JSON.stringify({ version: 1, ticked: [], own: [], ...r });

describe('question list store', () => {
  it('round-trips ticks (in display order) and own questions as the link carries them; an empty list removes the key', () => {
    const s = memoryStorage(others);
    expect(storedListState(s)).toBe('none');
    expect(saveStoredList(s, { ticked: ['risks', 'approved'], own: ['  Can I keep   my medicines? ', '', '下次复诊带什么？'] })).toBe('saved');
    expect(storedListState(s)).toBe('some');
    expect(readStoredList(s)).toEqual({ list: { ticked: ['approved', 'risks'], own: ['Can I keep my medicines?', '下次复诊带什么？'] } });
    expect(saveStoredList(s, { ticked: [], own: ['', ' '] })).toBe('saved');
    expect(s.getItem(QUESTION_LIST_KEY)).toBeNull();
    expect(Object.fromEntries(s.map)).toEqual(others);
  });

  it('"Clear my list" removes only its own key', () => {
    const s = memoryStorage({ ...others, [QUESTION_LIST_KEY]: record({ ticked: ['cost'] }) });
    expect(clearStoredList(s)).toBe(true);
    expect(Object.fromEntries(s.map)).toEqual(others);
  });

  it.each([
    ['not JSON', '{"version":1,"ticked":["ri'],
    ['a newer version', JSON.stringify({ version: 2, ticked: ['risks'], own: [] })],
    ['no version', JSON.stringify({ ticked: ['risks'], own: [] })],
    ['an unknown question id', record({ ticked: ['risks', 'miracle'] })],
    ['a repeated id', record({ ticked: ['risks', 'risks'] })],
    ['ticks that are not a list', record({ ticked: 'risks' })],
    ['too many own questions', record({ own: ['a', 'b', 'c', 'd'] })],
    ['an own question longer than a link carries', record({ own: ['x'.repeat(301)] })],
    ['an own question with a bidi override', record({ own: ['Call 1\u202E01'] })],
    ['an own question with markup', record({ own: ['<img src=x onerror=alert(1)>'] })],
    ['an own question on two lines', record({ own: ['a\nb'] })],
    ['an empty own question', record({ own: [''] })],
    ['an own question that is not text', record({ own: [42] })],
    ['a huge record', record({ own: ['x'.repeat(9000)] })],
  ])('drops a record with %s, tells once, leaves other keys alone', (_, raw) => {
    const s = memoryStorage({ ...others, [QUESTION_LIST_KEY]: raw });
    expect(readStoredList(s)).toEqual({ dropped: true });
    expect(readStoredList(s)).toEqual({});
    expect(Object.fromEntries(s.map)).toEqual(others);
  });

  it('a good record with an unknown extra field is read (a later version may add one)', () => {
    expect(parseStoredList(JSON.stringify({ version: 1, ticked: ['cost'], own: ['Why?'], colour: 'red' }))).toEqual({ list: { ticked: ['cost'], own: ['Why?'] } });
  });

  it('storage that refuses writes: "unsaved", what was kept stays', () => {
    const before = record({ ticked: ['cost'] });
    const s = memoryStorage({ [QUESTION_LIST_KEY]: before }, { failWrites: true });
    expect(saveStoredList(s, { ticked: ['risks'], own: [] })).toBe('unsaved');
    expect(s.getItem(QUESTION_LIST_KEY)).toBe(before);
  });

  it('no storage or storage that throws: "unavailable", never a throw', () => {
    expect(saveStoredList(undefined, { ticked: ['risks'], own: [] })).toBe('unavailable');
    expect(saveStoredList(throwing, { ticked: ['risks'], own: [] })).toBe('unavailable');
    expect(readStoredList(throwing)).toEqual({});
    expect(storedListState(throwing)).toBe('unavailable');
    expect(storedListState(undefined)).toBe('unavailable');
    expect(clearStoredList(throwing)).toBe(false);
  });
});
