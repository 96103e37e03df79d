import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { sitemapPaths, watchPage } from './support';

const terms: { id: string; term: string; short: string }[] = parse(
  readFileSync(new URL('../../content/data/glossary.yaml', import.meta.url), 'utf8'),
).terms;
const unlinked: string[] = parse(readFileSync(new URL('../fixtures/glossary-unlinked.yaml', import.meta.url), 'utf8'));
const articlePaths = sitemapPaths().filter((p) => /^\/guide\/[^/]+\/$/.test(p));
const short = (id: string) => terms.find((t) => t.id === id)?.short;

/** Waits for the deferred enhancements, so the glossary-term element is live. */
async function enhanced(page: Page) {
  await page.waitForFunction(() => customElements.get('glossary-term') !== undefined);
}

test.describe('the glossary page', () => {
  test('has every term under its own anchor, with a link to itself', async ({ page }) => {
    await page.goto('/glossary/');
    expect(terms.length).toBeGreaterThanOrEqual(40);
    for (const { id, term } of terms) {
      const heading = page.locator(`h3[id="${id}"]`);
      await expect(heading, id).toContainText(term);
      await expect(heading.locator('a.heading-anchor')).toHaveAttribute('href', `#${id}`);
    }
  });

  for (const width of [375, 1280]) {
    test(`at ${width}px a shared term link lands on the term, below the sticky bars, and stays put`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      // Terms off screen skip layout until needed; landing far down the page must still be exact.
      for (const id of ['vector-database', 'data-drift', 'a-b-test']) {
        await page.goto(`/glossary/#${id}`);
        const heading = page.locator(`#${id}`);
        await expect(heading).toBeInViewport();
        const bars = await page.evaluate(() =>
          Math.max(
            ...[...document.querySelectorAll('header, nav')]
              .filter((el) => getComputedStyle(el).position === 'sticky')
              .map((el) => el.getBoundingClientRect().bottom),
          ),
        );
        const top = () => heading.evaluate((h) => Math.round(h.getBoundingClientRect().top));
        const landed = await top();
        expect(landed).toBeGreaterThanOrEqual(Math.floor(bars));
        expect(landed).toBeLessThan(400);
        // From 640px up the letters stay in view below the header, however far down the term is.
        if (width >= 640) await expect(page.getByRole('navigation', { name: 'Glossary letters' })).toBeInViewport();
        await page.waitForTimeout(600);
        expect(await top()).toBe(landed);
      }
    });
  }

  test('the letter index leads to each letter, and each term to the guide section that covers it', async ({ page }) => {
    await page.goto('/glossary/');
    const index = page.getByRole('navigation', { name: 'Glossary letters' });
    await index.getByRole('link', { name: 'Q', exact: true }).click();
    await expect(page).toHaveURL(/#letter-q$/);
    await expect(page.locator('#letter-q')).toBeInViewport();
    const entry = page.locator('div', { has: page.locator('h3#rag') });
    await expect(entry.getByRole('link', { name: 'RAG systems' })).toHaveAttribute(
      'href',
      '/guide/skills/#rag-systems',
    );
  });
});

test.describe('glossary terms in articles', () => {
  test('every term is linked from at least one article, except the few no article mentions', async ({ page }) => {
    const linked = new Set<string>();
    for (const path of articlePaths) {
      await page.goto(path);
      const hrefs = await page
        .locator('[data-pagefind-body] a.term')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs) linked.add(String(href).replace('/glossary/#', ''));
    }
    const missing = terms.map((t) => t.id).filter((id) => !linked.has(id));
    expect(missing.sort()).toEqual([...unlinked].sort());
  });

  test('hovering a term shows its short definition, which stays while hovered and goes when the pointer leaves', async ({
    page,
  }) => {
    const problems = await watchPage(page);
    await page.goto('/guide/the-role/');
    await enhanced(page);
    const link = page.locator('a.term[href="/glossary/#mlops"]');
    const tip = page.getByRole('tooltip').filter({ hasText: short('mlops') ?? '' });
    await link.hover();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveText(short('mlops') ?? '');
    await tip.hover();
    await page.waitForTimeout(400);
    await expect(tip).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(tip).toBeHidden();
    expect(problems).toEqual([]);
  });

  test('keyboard focus on a term shows its definition and Escape hides it', async ({ page }) => {
    await page.goto('/guide/skills/');
    await enhanced(page);
    const link = page.locator('a.term').first();
    // The definition arrives with the enhancements, which fetch the glossary's short definitions once.
    await expect(link).toHaveAttribute('aria-describedby', /^term-tip-/);
    const tipId = await link.getAttribute('aria-describedby');
    const tip = page.locator(`[id="${tipId}"]`);
    // Tab from the element just before the term, as a keyboard reader would arrive.
    await link.evaluate((a) => {
      const before = document.createElement('button');
      before.textContent = 'start';
      a.before(before);
      before.focus();
    });
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect(tip).toBeVisible();
    await expect(tip).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(link).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(tip).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(tip).toBeHidden();
  });

  test('screen readers get the definition as the link description', async ({ page }) => {
    await page.goto('/guide/advice/');
    const link = page.locator('[data-pagefind-body] a.term[href="/glossary/#rag"]');
    await expect(link).toHaveAccessibleName('retrieval-augmented generation');
    await expect(link).toHaveAccessibleDescription(short('rag') ?? '');
  });

  test('without JavaScript a term is a plain link to its glossary entry', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/guide/advice/');
    const link = page.locator('[data-pagefind-body] a.term[href="/glossary/#rag"]');
    await link.hover();
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await link.click();
    await expect(page).toHaveURL(/\/glossary\/#rag$/);
    await expect(page.locator('#rag')).toBeInViewport();
  });
});
