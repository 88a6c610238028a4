import type { Page } from 'playwright-core';
import { pdfPages } from './pdf';

/** A module step (not a quiz or a module's front page). */
export const isStepPath = (path: string) => /^\/(en|zh)\/modules\/[^/]+\/(?!quiz\/)[^/]+\/$/.test(path);

/**
 * Steps that do not fit one A4 page at 10.5 pt (the least this guide prints body text at), with how
 * many pages they take: mostly steps with a care card or a figure and many sources. Kept here, so a
 * step that grows is noticed; the fix is shorter text, not smaller print.
 */
export const LONG_STEPS: Record<string, number> = {
  '/en/modules/infusion/how-to-check/': 2,
  '/en/modules/infusion/key-points/': 2,
  '/en/modules/sle/hsct/': 2,
  '/en/modules/sle/car-t/': 2,
  '/en/modules/risks/msc-risks/': 2,
  '/en/modules/risks/hsct-death-risk/': 2,
  '/en/modules/risks/hsct-other-risks/': 2,
  '/en/modules/risks/clinic-harms/': 2,
  '/en/modules/risks/already-had-infusion/': 2,
  '/zh/modules/infusion/proven-or-experimental/': 2,
  '/zh/modules/infusion/how-to-check/': 2,
  '/zh/modules/infusion/key-points/': 2,
  '/zh/modules/msc-hsc/what-hsct-offers/': 2,
  '/zh/modules/msc-hsc/main-risks/': 2,
  '/zh/modules/sle/lupus-nephritis/': 2,
  '/zh/modules/sle/hsct/': 2,
  '/zh/modules/sle/car-t/': 2,
  '/zh/modules/risks/msc-risks/': 2,
  '/zh/modules/risks/hsct-death-risk/': 2,
  '/zh/modules/risks/hsct-other-risks/': 2,
  '/zh/modules/risks/clinic-harms/': 2,
  '/zh/modules/risks/already-had-infusion/': 2,
};

/**
 * How many A4 pages a step prints on, over what it may take: at most 1, or what LONG_STEPS lists.
 * (A step near the foot of its last page may come out a page shorter on some runs, so the count is a
 * ceiling, not an exact value.) Leaves the page in screen media.
 */
export async function printedStep(page: Page, path: string): Promise<{ pages: number; allowed: number }> {
  await page.emulateMedia({ media: 'print' });
  try {
    await page.evaluate(() => document.fonts.ready);
    return { pages: pdfPages(await page.pdf({ format: 'A4' })), allowed: LONG_STEPS[path] ?? 1 };
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}
