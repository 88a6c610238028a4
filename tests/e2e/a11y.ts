import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** WCAG 2.2 A and AA, as the issue and NHS.UK's component tests use. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's browser build, which the e2e server also serves at AXE_PATH (tests/e2e/global-setup.ts). */
export const AXE_FILE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const AXE_PATH = '/__e2e__/axe.min.js';

declare global {
  interface Window {
    axe?: typeof import('axe-core');
  }
}

/**
 * axe-core's WCAG 2.2 A/AA violations on the page as it is now, one line each.
 *
 * axe-core is run in the page directly, once loaded per document. The @axe-core/playwright wrapper
 * is built for cross-origin iframes (the app has none): it injected axe into every frame, configured it
 * and merged frame results on every check, which took about 0.9 s of the two cores' time a page here,
 * as much as the check itself. Only violations are asked for.
 * It is loaded from the site's own origin (the policy allows 'self' scripts), so the browser caches
 * it and its compiled code: sending its 550 KB text into each page cost 0.14 CPU-s a check.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(`import(${JSON.stringify(AXE_PATH)})`); // a string: Vitest would rewrite a function's import()
  return page.evaluate(async (tags) => {
    const results = await window.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
    );
  }, WCAG_TAGS);
}
