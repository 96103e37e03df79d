import { expect, test } from '@playwright/test';
import { sitemapPaths, watchPage } from './support';

const paths = sitemapPaths();

test('the sitemap lists the home page, the contents, every article and the about page', () => {
  for (const path of ['/', '/guide/', '/guide/job-market/', '/guide/advice/', '/about/']) {
    expect(paths).toContain(path);
  }
});

for (const path of paths) {
  test(`${path} renders with a title, one h1 and no console errors or outside requests`, async ({ page }) => {
    const problems = await watchPage(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/ML Engineer Career Guide/);
    // Let the deferred enhancements load and run before judging the console.
    await page.mouse.move(5, 5);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('an unknown URL answers 404 with the not-found page and a way back to the guide', async ({ page }) => {
  const response = await page.goto('/guide/no-such-article/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await expect(page.getByRole('main').getByRole('link', { name: 'the full contents' })).toHaveAttribute(
    'href',
    '/guide/',
  );
});

test.describe('at 320px, the narrowest phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of paths) {
    test(`${path} fits the screen with no sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
