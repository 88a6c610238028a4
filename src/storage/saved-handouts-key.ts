/** Where handouts opened from a link are kept (src/handout/saved-handouts.ts). Apart, so the home page can look without loading the store; here in storage/, not in handout/, because the head script (src/settings/text-size-script.ts, loaded natively by vite.config.ts) reads the key too. */
export const SAVED_HANDOUTS_KEY = 'sci-handouts';

/** Whether anything is kept under the key: the home page asks before it loads the box's code. */
export function hasSavedHandouts(storage: Storage | undefined): boolean {
  try {
    return storage?.getItem(SAVED_HANDOUTS_KEY) != null;
  } catch {
    return false;
  }
}
