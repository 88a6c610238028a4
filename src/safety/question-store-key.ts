/** Where the reader's question list is kept (src/safety/question-store.ts). Apart, so the page can look without loading the store. */
export const QUESTION_LIST_KEY = 'sci-question-list';

/** What is kept: a list to restore, nothing, or storage this browser will not let the page read. */
export function storedListState(storage: Storage | undefined): 'some' | 'none' | 'unavailable' {
  if (!storage) return 'unavailable';
  try {
    return storage.getItem(QUESTION_LIST_KEY) === null ? 'none' : 'some';
  } catch {
    return 'unavailable';
  }
}
