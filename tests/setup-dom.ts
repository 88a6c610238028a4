import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy and waitFor wait for what a page does next: on a busy machine that can take seconds, so the
// 1 s default would test the machine's load, not the page. 30 s, as expect.poll.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => cleanup());
