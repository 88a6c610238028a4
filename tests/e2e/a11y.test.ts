import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { gotoReady, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

// Every page's accessibility check rests on this helper: it must report what axe finds, after a
// navigation too (each document gets its own copy of axe).
it('the accessibility check reports an image without alt text, an unnamed button and low-contrast text, on a page of the site', async () => {
  const { page, context } = await openPage(browser);
  await gotoReady(page, '/en/about/', 'load');
  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const button = document.createElement('button');
    const faint = Object.assign(document.createElement('p'), { textContent: 'Hard to read' });
    faint.style.color = '#ddd';
    main.append(img, button, faint);
  });
  const found = await axeViolations(page);
  expect(found.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'button-name', 'color-contrast']));
  await gotoReady(page, '/zh/about/', 'load');
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
