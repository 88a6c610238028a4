import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/content/inline-markup';
import { modules } from '../../src/content/modules';
import enInfusion from '../../locales/en/modules/infusion.json';
import zhSle from '../../locales/zh/modules/sle.json';
import { renderRoute } from './render-route';

describe("a module's front page", () => {
  it.each([
    ['/en/modules/infusion/', 'The main message', plainText(enInfusion.mainMessage)],
    ['/zh/modules/sle/', '核心要点', plainText(zhSle.mainMessage)],
  ])('%s: the main message is the first thing after the page title, in its own labelled box', async (url, heading, message) => {
    await renderRoute(url);
    const h1 = screen.getByRole('heading', { level: 1 });
    const box = h1.nextElementSibling as HTMLElement | null;
    expect(box).not.toBeNull();
    // A labelled region: reachable by landmark navigation, named by its heading.
    expect(box).toBe(screen.getByRole('region', { name: heading }));
    expect(within(box!).getByRole('heading', { level: 2 })).toHaveTextContent(heading);
    // Glossary terms add their (hidden) definitions to the text, so compare the words before the first term.
    expect(box).toHaveTextContent(message.slice(0, 40));
    // It comes before the purpose and the contents list.
    const contents = screen.getByRole('heading', { level: 2, name: /In this part|本部分内容/ });
    expect(box!.compareDocumentPosition(contents) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it.each(modules.map((m) => m.id))('%s: shows a main message in English', async (id) => {
    await renderRoute(`/en/modules/${id}/`);
    expect(screen.getByRole('region', { name: 'The main message' }).textContent?.length).toBeGreaterThan(40);
  });
});
