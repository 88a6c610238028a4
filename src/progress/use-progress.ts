import { useCallback, useSyncExternalStore } from 'react';
import { clearProgress, emptyProgress, readProgress, STORAGE_KEY, writeProgress, type Progress, type StoredProgress } from './progress-store';
import { localStorageOrNone as storage } from '../storage/local-storage';

interface Snapshot extends StoredProgress {
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
 * While progress is read-only (a newer version's record, or one that could not be set
 * aside), changes are kept for this page only and storage is left as it is.
 */
export function useProgress() {
  const state = useSyncExternalStore(subscribe, snapshot, () => SERVER);
  const update = useCallback((change: (p: Progress) => Progress) => {
    const before = snapshot();
    const progress = change(before.progress);
    if (progress === before.progress) return;
    if (before.readOnly) return publish({ ...before, progress });
    const saved = writeProgress(storage(), progress);
    publish({ progress, notice: before.notice, unsaved: !saved });
  }, []);
  const clear = useCallback(() => {
    const saved = clearProgress(storage());
    publish({ progress: emptyProgress, unsaved: !saved });
  }, []);
  return { ...state, update, clear };
}

/** Tests only: forget the cached snapshot. */
export function resetProgressCache() {
  current = undefined;
}
