/**
 * Larger text, remembered on this device. The choice lives in localStorage and shows as
 * <html data-text-size="large">, which a tiny inline script in index.html sets before the
 * first paint (no jump in size while the page loads). Anything else stored means "standard".
 */
export const TEXT_SIZE_KEY = 'sci-text-size';

export type TextSize = 'standard' | 'large';

/** The stored choice; unknown, corrupted or unreadable storage is "standard". */
export function readTextSize(storage: Pick<Storage, 'getItem'> | undefined): TextSize {
  try {
    return storage?.getItem(TEXT_SIZE_KEY) === 'large' ? 'large' : 'standard';
  } catch {
    return 'standard';
  }
}

/** Saves the choice; returns false when storage is blocked or full (it then lasts for this page only). */
export function writeTextSize(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, size: TextSize): boolean {
  try {
    if (!storage) return false;
    if (size === 'large') storage.setItem(TEXT_SIZE_KEY, 'large');
    else storage.removeItem(TEXT_SIZE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** What the page shows now. */
export function shownTextSize(root: HTMLElement): TextSize {
  return root.dataset.textSize === 'large' ? 'large' : 'standard';
}

export function showTextSize(root: HTMLElement, size: TextSize): void {
  if (size === 'large') root.dataset.textSize = 'large';
  else delete root.dataset.textSize;
}
