import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** false during the build-time render and hydration, true after: for values only the browser knows. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
