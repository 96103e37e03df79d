// The site built under a base path (npm run build:base: /guide-base/, as a GitHub Pages project site serves a fork)
// and served there: a reader can read, follow links, search, land on a deep link and read offline, and nothing is
// requested outside the base. Paths here are relative, so they resolve under the base (playwright.config.ts).
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './support';

const base = '/guide-base/';

/** Every request the page makes stays under the base path. */
function watchRequests(page: Page) {
  const outside: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith(base)) outside.push(pathname);
  });
  return outside;
}

test('an article loads with its styles, and its links, share image and canonical stay under the base', async ({
  page,
}) => {
  const problems = await watchPage(page);
  const outside = watchRequests(page);
  await page.goto('guide/skills/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('skills');
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/guide-base\/guide\/skills\/$/);
  const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
  expect(new URL(image).pathname).toBe(`${base}og/guide/skills.png`);
  expect((await page.request.get(new URL(image).pathname)).status()).toBe(200);
  const hrefs = await page
    .locator('main a[href^="/"], header a[href^="/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(20);
  expect(hrefs.filter((href) => !href.startsWith(base))).toEqual([]);
  await page.getByRole('link', { name: /^Next/ }).click();
  await expect(page).toHaveURL(/\/guide-base\/guide\/[^/]+\/$/);
  expect(outside).toEqual([]);
  expect(problems).toEqual([]);
});

test('a deep link lands on its section', async ({ page }) => {
  await page.goto('guide/skills/#python');
  await expect(page.locator('#python')).toBeInViewport();
});

test('search opens, finds a section and lands on it under the base', async ({ page }) => {
  const outside = watchRequests(page);
  await page.goto('guide/the-role/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('salary');
  const section = page.locator('.search-section-link').first();
  await expect(section).toBeVisible();
  expect(await section.getAttribute('href')).toMatch(/^\/guide-base\/guide\//);
  await section.click();
  await expect(page).toHaveURL(/\/guide-base\/guide\/[^#]+#/);
  expect(outside).toEqual([]);
});

test('the site installs its service worker under the base and reads offline after a first visit', async ({
  page,
  context,
}) => {
  await page.goto('guide/skills/');
  await page.mouse.move(5, 5); // the first interaction loads the enhancements, which register the worker after load
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    polling: 100,
  });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toMatch(/\/guide-base\/$/);
  await context.setOffline(true);
  const response = await page.goto('guide/the-role/');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What an ML engineer actually does');
});

test('an unknown path under the base gets the not-found page, whose links stay under the base', async ({ page }) => {
  const response = await page.goto('guide/no-such-article/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  expect(await page.getByRole('link', { name: 'the full contents' }).getAttribute('href')).toBe(`${base}guide/`);
});
