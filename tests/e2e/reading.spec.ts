import { expect, test } from '@playwright/test';
import { longArticle } from './support';

test.describe('an article', () => {
  test('shows its title, description, reading time, review date, takeaways, sources and next link', async ({
    page,
  }) => {
    await page.goto(longArticle);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/\d+ min read/)).toBeVisible();
    await expect(page.locator('time[datetime]').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Previous and next articles' }).getByRole('link')).toHaveCount(2);
  });

  test('every h2 and h3 in the body has an id and a link to itself', async ({ page }) => {
    await page.goto(longArticle);
    const headings = page.locator('[data-pagefind-body] :is(h2, h3)');
    expect(await headings.count()).toBeGreaterThan(10);
    for (const heading of await headings.all()) {
      const id = await heading.getAttribute('id');
      expect(id).toMatch(/^[a-z0-9-]+$/);
      await expect(heading.locator('a.heading-anchor')).toHaveAttribute('href', `#${id}`);
    }
  });

  for (const width of [375, 1280]) {
    test(`table of contents links land on their headings, clear of the header, at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(longArticle);
      const toc = page.getByRole('navigation', { name: 'On this page' });
      if (width < 1024) await toc.getByText('On this page').click();
      const link = toc.getByRole('link', { name: 'RAG systems' });
      await link.click();
      await expect(page).toHaveURL(/#rag-systems$/);
      const heading = page.locator('#rag-systems');
      await expect(heading).toBeInViewport();
      const headerBottom = await page
        .locator('header[role="banner"]')
        .evaluate((h) => h.getBoundingClientRect().bottom);
      await expect
        .poll(() => heading.evaluate((h) => h.getBoundingClientRect().top))
        .toBeGreaterThanOrEqual(headerBottom);
    });
  }

  test('the table of contents marks the section being read', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(longArticle);
    await page.mouse.move(5, 5); // the first interaction loads the enhancements at once
    await page.locator('#rag-systems').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('rag-systems')?.scrollIntoView({ block: 'start' }));
    const current = page.locator('.toc a[aria-current="true"]');
    await expect(current).toHaveText('RAG systems');
  });

  test('is all there with JavaScript disabled', async ({ browser }) => {
    const withJs = await browser.newPage();
    await withJs.goto(longArticle);
    // Everything the enhancements add is in place first: the section menus come once their stylesheet applies.
    await withJs.mouse.move(5, 5);
    await withJs.waitForFunction(() => 'enhanced' in document.documentElement.dataset);
    await expect(withJs.locator('article .heading-menu').first()).toBeAttached();
    // Buttons are controls that need JavaScript (copy as Markdown, the section menus), not the article's content.
    await withJs.evaluate(() => document.querySelectorAll('article button').forEach((b) => b.remove()));
    const fullText = await withJs.locator('article').innerText();
    const noJs = await browser.newPage({ javaScriptEnabled: false });
    await noJs.goto(longArticle);
    await expect(noJs.locator('article')).toBeVisible();
    expect(await noJs.locator('article').innerText()).toBe(fullText);
    await expect(noJs.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  });
});

test.describe('the theme', () => {
  test('follows the system setting on a first visit', async ({ browser }) => {
    const dark = await browser.newPage({ colorScheme: 'dark' });
    await dark.goto('/');
    await expect(dark.locator('html')).toHaveAttribute('data-theme', 'dark');
    const light = await browser.newPage({ colorScheme: 'light' });
    await light.goto('/');
    await expect(light.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('the toggle switches it, and the choice persists across reloads and pages', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(longArticle);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto('/about/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('the toggle works from the first click, even before the enhancements have loaded', async ({ page }) => {
    await page.route('**/_astro/Enhance*.js', (route) => route.abort());
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/about/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
  });

  test('a stored dark theme is painted from the first frame, with no flash of light', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      // The first animation frame comes just before the first paint, once the stylesheet has loaded.
      document.addEventListener('DOMContentLoaded', () => {
        requestAnimationFrame(() => {
          (window as unknown as { firstBg: string }).firstBg = getComputedStyle(document.body).backgroundColor;
        });
      });
    });
    await page.goto(longArticle);
    const firstBg = await page.evaluate(() => (window as unknown as { firstBg: string }).firstBg);
    expect(firstBg).toBe('rgb(15, 19, 24)');
  });

  test('corrupt or blocked storage falls back to the system theme without errors', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('theme', '{not json'));
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(errors).toEqual([]);
  });
});

test('printing an article drops the navigation chrome and keeps the text, with link targets spelled out', async ({
  page,
}) => {
  await page.goto('/guide/advice/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header[role="banner"]')).toBeHidden();
  await expect(page.locator('footer[role="contentinfo"]')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const external = page.locator('[data-pagefind-body] a[href^="http"]').first();
  const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
});
