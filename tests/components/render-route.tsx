import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../src/app/routes';

/** Renders the real route tree at a URL, as the browser would after loading it. */
export async function renderRoute(url: string) {
  // The browser hydrates prerendered HTML; here loaders run first, so the tree needs a (blank) fallback.
  const router = createMemoryRouter([{ HydrateFallback: () => null, children: routes }], { initialEntries: [url] });
  const view = render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  return { router, ...view };
}
