import { useCallback, useSyncExternalStore } from 'react';
import { emptyProgress, readProgress, STORAGE_KEY, writeProgress, type Progress, type ProgressNotice } from './progress-store';
import { localStorageOrNone as storage } from '../storage/local-storage';

interface Snapshot {
  progress: Progress;
  notice?: ProgressNotice;
  /** The last save failed (private mode, quota): progress lives only until the page closes. */
  unsaved?: boolean;
}

const SERVER: Snapshot = { progress: emptyProgress };
let current: Snapshot | undefined;
const listeners = new Set<() => void>();

function snapshot(): Snapshot {
  current ??= readProgress(storage());
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab changed progress: read it again.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== STORAGE_KEY && e.key !== null) return;
    current = undefined;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function publish(next: Snapshot) {
  current = next;
  for (const l of listeners) l();
}

/**
 * The reader's progress on this device. The build-time render and hydration see
 * "no progress"; the stored progress appears right after, so both renders match.
 */
export function useProgress() {
  const state = useSyncExternalStore(subscribe, snapshot, () => SERVER);
  const update = useCallback((change: (p: Progress) => Progress) => {
    const before = snapshot();
    const progress = change(before.progress);
    if (progress === before.progress) return;
    const saved = writeProgress(storage(), progress);
    publish({ progress, notice: before.notice, unsaved: !saved });
  }, []);
  const clear = useCallback(() => {
    const saved = writeProgress(storage(), emptyProgress);
    publish({ progress: emptyProgress, unsaved: !saved });
  }, []);
  return { ...state, update, clear };
}

/** Tests only: forget the cached snapshot. */
export function resetProgressCache() {
  current = undefined;
}
