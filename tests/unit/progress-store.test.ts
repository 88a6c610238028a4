import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, readProgress, STORAGE_KEY, withQuiz, withStepRead, writeProgress } from '../../src/progress/progress-store';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

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

  it.each([
    ['not JSON', '{oops'],
    ['an old version', JSON.stringify({ version: 0, modules: {} })],
    ['a future version', JSON.stringify({ version: 2, modules: {} })],
    ['null', 'null'],
    ['an array', '[]'],
    ['a hostile id', JSON.stringify({ version: 1, modules: { '<img src=x onerror=alert(1)>': { stepsRead: [] } } })],
    ['hostile step ids', JSON.stringify({ version: 1, modules: { sle: { stepsRead: ['"><script>'] } } })],
    ['a prototype key', '{"version":1,"modules":{"__proto__":{"stepsRead":[]}}}'],
    ['huge lists', JSON.stringify({ version: 1, modules: { sle: { stepsRead: Array.from({ length: 500 }, (_, i) => `s${i}`) } } })],
    ['a broken quiz', JSON.stringify({ version: 1, modules: { sle: { stepsRead: [], quiz: { answers: 'x', checked: [] } } } })],
  ])('drops %s with a "reset" notice', (_what, raw) => {
    const r = parseProgress(raw);
    expect(r.notice).toBe('reset');
    expect(r.progress).toEqual(emptyProgress);
  });

  it('works without storage (private mode, blocked or full)', () => {
    expect(readProgress(undefined)).toEqual({ progress: emptyProgress, notice: 'unavailable' });
    const throwing = { ...memoryStorage(), getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } } as Storage;
    expect(readProgress(throwing).notice).toBe('unavailable');
    expect(writeProgress(throwing, withStepRead(emptyProgress, 'sle', 'x'))).toBe(false);
  });

  it('clearing removes the stored key', () => {
    const storage = memoryStorage();
    writeProgress(storage, withStepRead(emptyProgress, 'sle', 'x'));
    writeProgress(storage, emptyProgress);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });
});
