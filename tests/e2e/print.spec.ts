import { readdirSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';

/** Every article of the guide: one per file in content/articles/. */
const articleSlugs = readdirSync(new URL('../../content/articles/', import.meta.url))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const articleCount = articleSlugs.length;

/** A heading's own text, without its "#" link-to-section control. */
const headingTexts = (headings: Locator) =>
  headings.evaluateAll((hs) =>
    hs.map((h) => {
      const copy = h.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.heading-anchor, .heading-menu').forEach((a) => a.remove());
      return (copy.textContent ?? '').trim();
    }),
  );

test.describe('the print edition', () => {
  test('has every article, in the order of the contents', async ({ page }) => {
    await page.goto('/guide/');
    const titles = await page.locator('main ol > li > h2 a').allTextContents();
    expect(titles).toHaveLength(articleCount);
    await page.goto('/print/');
    expect(await headingTexts(page.locator('.print-article > h2'))).toEqual(titles.map((t) => t.trim()));
  });

  // One test per article, so each gets its own time budget on a slow machine and a failure names its article.
  for (const slug of articleSlugs) {
    test(`has every heading of ${slug}, in reading order`, async ({ page }) => {
      await page.goto(`/guide/${slug}/`);
      const expected = await headingTexts(page.locator('[data-pagefind-body] :is(h2, h3)'));
      expect(expected.length).toBeGreaterThan(2);
      await page.goto('/print/');
      const printed = page.locator(`.print-article[aria-labelledby="${slug}"] [data-print-body] :is(h3, h4)`);
      expect(await headingTexts(printed)).toEqual(expected);
    });
  }

  test('has unique ids, and its guide links stay on the page', async ({ page }) => {
    await page.goto('/print/');
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const hashes = await page.locator('main a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hashes.length).toBeGreaterThan(100);
    for (const hash of hashes) expect(ids, String(hash)).toContain(String(hash).slice(1));
    await expect(page.locator('main a[href^="/guide/"][href*="#"]')).toHaveCount(0);
    await page.getByRole('link', { name: 'Salaries by level' }).first().click();
    await expect(page).toHaveURL(/\/print\/#job-market--salaries-by-level$/);
  });

  for (const width of [375, 1280]) {
    test(`at ${width}px its contents and a shared section link land on their heading, below the header`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      const landed = async (target: Locator) => {
        await expect(target).toBeInViewport();
        const headerBottom = await page.locator('body > header').evaluate((h) => h.getBoundingClientRect().bottom);
        const top = await target.evaluate((h) => h.getBoundingClientRect().top);
        expect(top).toBeGreaterThanOrEqual(headerBottom - 1);
        expect(top).toBeLessThan(400);
      };
      await page.goto('/print/');
      const contents = page.locator('#print-contents + ol a');
      await contents.last().click();
      const last = (await contents.last().getAttribute('href')) ?? '';
      await landed(page.locator(last));
      // Straight to a section deep in the page, as a shared link would.
      await page.goto('/');
      await page.goto('/print/#job-market--salaries-by-level');
      await landed(page.locator('#job-market--salaries-by-level'));
    });
  }

  test('prints each article on new pages, without navigation, in black on white, with link addresses', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/print/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.locator('header[role="banner"]')).toBeHidden();
    await expect(page.locator('footer[role="contentinfo"]')).toBeHidden();
    const breaks = await page
      .locator('.print-article')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks).toEqual(Array(articleCount).fill('page'));
    const colours = await page
      .locator('body, .print-article p')
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return [s.color, getComputedStyle(document.body).backgroundColor];
      });
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    const external = page.locator('[data-print-body] a[href^="https://"]').first();
    const href = await external.getAttribute('href');
    expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
    const term = page.locator('[data-print-body] a.term').first();
    expect(await term.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  });

  test('is linked from the contents page and from every page footer', async ({ page }) => {
    await page.goto('/guide/');
    await expect(page.getByRole('main').getByRole('link', { name: 'print edition' })).toHaveAttribute(
      'href',
      '/print/',
    );
    await page.goto('/about/');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Print edition' })).toHaveAttribute(
      'href',
      '/print/',
    );
  });
});
