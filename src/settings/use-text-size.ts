import { useCallback, useSyncExternalStore } from 'react';
import { readTextSize, showTextSize, shownTextSize, TEXT_SIZE_KEY, writeTextSize, type TextSize } from './text-size';
import { localStorageOrNone as storage } from '../storage/local-storage';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Changed in another tab: follow it.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== TEXT_SIZE_KEY && e.key !== null) return;
    showTextSize(document.documentElement, readTextSize(storage()));
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The text size shown, and a setter that shows and remembers it. "standard" at build time and during hydration. */
export function useTextSize(): [TextSize, (size: TextSize) => void] {
  const size = useSyncExternalStore(
    subscribe,
    () => shownTextSize(document.documentElement),
    () => 'standard' as const,
  );
  const set = useCallback((next: TextSize) => {
    showTextSize(document.documentElement, next);
    writeTextSize(storage(), next);
    for (const l of listeners) l();
  }, []);
  return [size, set];
}
