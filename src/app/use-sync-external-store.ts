// Stands in for 'use-sync-external-store/shim' (vite.config.ts): the shim exists for React < 18 and
// hands over to React's own hook anyway; React 19 has it built in.
export { useSyncExternalStore } from 'react';
