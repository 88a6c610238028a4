import { describe, expect, it } from 'vitest';
import { readTextSize, TEXT_SIZE_KEY, writeTextSize } from '../../src/settings/text-size';

/** A Storage-like object with just what the functions use. */
function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}
const broken = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('remembered text size', () => {
  it('is standard unless "large" was stored', () => {
    expect(readTextSize(memory())).toBe('standard');
    expect(readTextSize(memory({ [TEXT_SIZE_KEY]: 'large' }))).toBe('large');
    for (const junk of ['LARGE', 'huge', '{"size":"large"}', '', '<script>']) expect(readTextSize(memory({ [TEXT_SIZE_KEY]: junk }))).toBe('standard');
  });

  it('survives storage that is missing or throws', () => {
    expect(readTextSize(undefined)).toBe('standard');
    expect(readTextSize(broken)).toBe('standard');
    expect(writeTextSize(undefined, 'large')).toBe(false);
    expect(writeTextSize(broken, 'large')).toBe(false);
  });

  it('stores "large" and forgets it when set back to standard', () => {
    const s = memory();
    expect(writeTextSize(s, 'large')).toBe(true);
    expect(s.data.get(TEXT_SIZE_KEY)).toBe('large');
    expect(writeTextSize(s, 'standard')).toBe(true);
    expect(s.data.has(TEXT_SIZE_KEY)).toBe(false);
  });
});
