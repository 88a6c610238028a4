/** This browser's localStorage, or undefined where even touching it throws (some private modes, blocked cookies). */
export function localStorageOrNone(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
