import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../src/app/routes';

/** Renders the real route tree at a URL, as the browser would after loading it. */
export async function renderRoute(url: string) {
  // The browser hydrates prerendered HTML; here loaders run first, so the tree needs a (blank) fallback.
  const router = createMemoryRouter([{ HydrateFallback: () => null, children: routes }], { initialEntries: [url] });
  const view = render(<RouterProvider router={router} />);
  // Waits up to the 30 s set in tests/setup-dom.ts: the first render of a file loads the route's code
  // and words, which took over 5 s on a busy 2-core machine (seen in CI).
  await screen.findByRole('heading', { level: 1 });
  return { router, ...view };
}
