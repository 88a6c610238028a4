import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 A and AA, as the issue and NHS.UK's component tests use. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's WCAG 2.2 A/AA violations on the page as it is now.
 *
 * Legacy mode runs `axe.run` in the page itself. The default mode is built for cross-origin iframes
 * (the app has none): it opens a second, blank page per check to merge their results, which took
 * about half of each check here (2.1 s → 0.9 s a page). Only violations are asked for: the passes
 * were serialised and thrown away.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // options() replaces all options, so it comes before withTags() (which adds runOnly to them).
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
  );
}
