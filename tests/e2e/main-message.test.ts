import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../src/content/modules';
import { gotoReady, launch, openPage, phone } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Every module front page in both languages. */
const fronts = modules.flatMap((m) => ['en', 'zh'].map((lang) => `/${lang}/modules/${m.id}/`));

describe('a module’s main message (issue 12, CDC Clear Communication Index item 2)', () => {
  it.each(fronts)('%s: is whole inside the first phone screen (390×844), before the contents list', async (path) => {
    const { page, context } = await openPage(browser, { viewport: phone });
    await gotoReady(page, path);
    const box = await page.locator('.main-message').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(phone.height);
    const contents = await page.locator('ol.contents').boundingBox();
    expect(contents!.y).toBeGreaterThan(box!.y + box!.height);
    await context.close();
  });
});
