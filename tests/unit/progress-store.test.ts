// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  BACKUP_KEY,
  clearProgress,
  emptyProgress,
  parseProgress,
  readProgress,
  STORAGE_KEY,
  withQuiz,
  withStepRead,
  writeProgress,
} from '../../src/progress/progress-store';
import { memoryStorage } from './storage-fakes';

const good = {
  sle: { stepsRead: ['what-is-lupus', 'hsct'], quiz: { answers: { 'q-hcq-everyone': ['hcq'] }, checked: ['q-hcq-everyone'] } },
  risks: { stepsRead: ['costs'] },
};

describe('progress store', () => {
  it('round-trips steps read and quiz answers', () => {
    const storage = memoryStorage();
    let p = withStepRead(emptyProgress, 'sle', 'what-is-lupus');
    p = withStepRead(p, 'sle', 'what-is-lupus');
    p = withQuiz(p, 'sle', { answers: { 'q-a': ['b'] }, checked: ['q-a'] });
    expect(writeProgress(storage, p)).toBe(true);
    expect(readProgress(storage)).toEqual({ progress: p });
    expect(p.modules.sle?.stepsRead).toEqual(['what-is-lupus']);
  });

  it('reads nothing stored as no progress, with no notice', () => {
    expect(readProgress(memoryStorage())).toEqual({ progress: emptyProgress });
  });
});

describe('progress store: one bad module entry is dropped alone', () => {
  it.each([
    ['a hostile id', { '<img src=x onerror=alert(1)>': { stepsRead: [] } }],
    ['hostile step ids', { infusion: { stepsRead: ['"><script>'] } }],
    ['a prototype key', JSON.parse('{"__proto__":{"stepsRead":[]}}')],
    ['a huge list', { infusion: { stepsRead: Array.from({ length: 500 }, (_, i) => `s${i}`) } }],
    ['a broken quiz', { infusion: { stepsRead: [], quiz: { answers: 'x', checked: [] } } }],
    ['not an object', { infusion: 'read everything' }],
    ['null', { infusion: null }],
  ])('%s: the other modules keep their progress, the record is copied aside first', (_what, bad) => {
    const raw = JSON.stringify({ version: 1, modules: { ...good, ...bad } });
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const read = readProgress(storage);
    expect(read.notice).toBe('partial');
    expect(read.readOnly).toBeUndefined();
    expect(read.progress.modules).toEqual(good);
    // The whole record as it was is kept aside; what is stored now is what could be read.
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual({ version: 1, modules: good });
    // Told once: the next read finds a clean record.
    expect(readProgress(storage)).toEqual({ progress: { version: 1, modules: good } });
  });

  it('a step page read after the damage keeps the other modules (the old store replaced them all with that one step)', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify({ version: 1, modules: { ...good, msc: { stepsRead: 7 } } }) });
    const read = readProgress(storage);
    const next = withStepRead(read.progress, 'infusion', 'what-happens');
    expect(writeProgress(storage, next)).toBe(true);
    const stored = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(stored.modules.sle).toEqual(good.sle);
    expect(stored.modules.risks).toEqual(good.risks);
    expect(stored.modules.infusion).toEqual({ stepsRead: ['what-happens'] });
  });

  it('keeps at most 50 modules; the rest count as dropped', () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`m${i}`, { stepsRead: [] }]));
    const parsed = parseProgress(JSON.stringify({ version: 1, modules: many }));
    expect(parsed.kind).toBe('partial');
    if (parsed.kind === 'partial') {
      expect(Object.keys(parsed.progress.modules)).toHaveLength(50);
      expect(parsed.dropped).toBe(10);
    }
  });
});

describe('progress store: a record it cannot read is kept aside, never overwritten', () => {
  it.each([
    ['not JSON', '{oops'],
    ['an old version', JSON.stringify({ version: 0, modules: good })],
    ['a version that is not a number', JSON.stringify({ version: '2', modules: good })],
    ['null', 'null'],
    ['an array', '[]'],
    ['modules that are not an object', JSON.stringify({ version: 1, modules: [] })],
  ])('%s: copied aside, then progress starts again with a "reset" notice', (_what, raw) => {
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const read = readProgress(storage);
    expect(read).toEqual({ progress: emptyProgress, notice: 'reset' });
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
    // Removed from its place only once the copy is safe, so the reader is told once.
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(readProgress(storage)).toEqual({ progress: emptyProgress });
  });

  it('every module entry bad: told as a reset, still copied aside', () => {
    const raw = JSON.stringify({ version: 1, modules: { sle: { stepsRead: 'x' } } });
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    expect(readProgress(storage)).toEqual({ progress: emptyProgress, notice: 'reset' });
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
  });

  it('an earlier copy is never overwritten: the new unreadable record is then left in place, read-only', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{second damage', [BACKUP_KEY]: '{first damage' });
    const read = readProgress(storage);
    expect(read).toEqual({ progress: emptyProgress, notice: 'kept', readOnly: true });
    expect(storage.getItem(STORAGE_KEY)).toBe('{second damage');
    expect(storage.getItem(BACKUP_KEY)).toBe('{first damage');
  });

  it('a record from a newer version is left untouched, and progress is read-only', () => {
    const raw = JSON.stringify({ version: 2, modules: { sle: { stepsRead: ['a'], stars: 5 } }, settings: {} });
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const read = readProgress(storage);
    expect(read).toEqual({ progress: emptyProgress, notice: 'newer', readOnly: true });
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
    expect(storage.getItem(BACKUP_KEY)).toBeNull();
    expect(readProgress(storage).notice).toBe('newer');
  });

  it('"Clear my progress" removes the record and the set-aside copy', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify({ version: 1, modules: good }), [BACKUP_KEY]: '{old' });
    expect(clearProgress(storage)).toBe(true);
    expect(storage.length).toBe(0);
  });
});

describe('progress store: storage that fails', () => {
  it('works without storage (private mode, blocked or full)', () => {
    expect(readProgress(undefined)).toEqual({ progress: emptyProgress, notice: 'unavailable', readOnly: true });
    const throwing = { ...memoryStorage(), getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } } as Storage;
    expect(readProgress(throwing).notice).toBe('unavailable');
    expect(writeProgress(throwing, withStepRead(emptyProgress, 'sle', 'x'))).toBe(false);
    expect(clearProgress(undefined)).toBe(false);
  });

  it('a copy that cannot be written (quota full) leaves the record in place, read-only', () => {
    const raw = JSON.stringify({ version: 1, modules: { ...good, bad: 1 } });
    const base = memoryStorage({ [STORAGE_KEY]: raw });
    const full: Storage = Object.assign(Object.create(null), base, {
      getItem: base.getItem,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('should not remove');
      },
    });
    const read = readProgress(full);
    expect(read.notice).toBe('kept');
    expect(read.readOnly).toBe(true);
    // What could be read is still shown.
    expect(read.progress.modules).toEqual(good);
    expect(base.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('clearing removes the stored key', () => {
    const storage = memoryStorage();
    writeProgress(storage, withStepRead(emptyProgress, 'sle', 'x'));
    writeProgress(storage, emptyProgress);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });
});
