/** Stand-ins for the browser's localStorage in unit tests that run in Node. */

/** A working Storage held in a Map (`map` shows what is stored); `failWrites` makes every write throw as a full disk does. */
export function memoryStorage(initial: Record<string, string> = {}, { failWrites = false } = {}): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>(Object.entries(initial));
  return {
    map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, String(v));
    },
  };
}

/** A Storage whose every use throws (blocked cookies, some private modes). */
export const throwingStorage = new Proxy({} as Storage, {
  get() {
    throw new DOMException('blocked', 'SecurityError');
  },
});
