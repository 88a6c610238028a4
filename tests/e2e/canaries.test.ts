import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import { gotoReady, launch, openPage, realProblems } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

// The checks every end-to-end test rests on must be able to fail.

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

// Every page's "nothing off-site" and "no console error" checks rest on openPage's watchers. The
// policy of the site would refuse an off-site image before any request; bypassing it here shows
// what the browser itself does with one: recorded, and failed at the closed proxy (launch).
it('an off-site request is recorded and never reaches the network; a script error is recorded', async () => {
  const { page, context, foreign, problems } = await openPage(browser, { bypassCSP: true });
  await gotoReady(page, '/en/about/', 'load');
  expect(foreign).toEqual([]);
  expect(realProblems(problems)).toEqual([]);
  const failed = page.waitForEvent('requestfailed', (r) => r.url().startsWith('https://example.org/'));
  await page.evaluate(() => {
    document.body.append(Object.assign(document.createElement('img'), { src: 'https://example.org/pixel.png', alt: '' }));
    setTimeout(() => {
      throw new Error('a canary error');
    });
  });
  expect((await failed).failure()?.errorText).toMatch(/ERR_PROXY_CONNECTION_FAILED|ERR_TUNNEL_CONNECTION_FAILED/);
  expect(foreign).toEqual(['https://example.org/pixel.png']);
  await expect.poll(() => realProblems(problems).join('\n')).toContain('a canary error');
  await context.close();
});
