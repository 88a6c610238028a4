import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetProgressCache } from '../src/progress/use-progress';

// findBy and waitFor wait for what a page does next: on a busy machine that can take seconds, so the
// 1 s default would test the machine's load, not the page. 30 s, as expect.poll.
configure({ asyncUtilTimeout: 30_000 });

// Every test starts as a first visit. Unmount first: a page still mounted (its lazy parts arriving
// late on a busy machine) could read the emptied storage into the progress cache after the reset,
// and the next test would see no progress (seen once in a double CI run).
afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  resetProgressCache();
  delete document.documentElement.dataset.textSize;
});
