import { expect, test, type Page } from '@playwright/test';
import { parseTextDirective } from '../../src/lib/text-fragment';
import { longArticle, watchPage } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Loads the page's enhancements at once, as a reader's first move of the mouse does. */
async function enhance(page: Page) {
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => 'enhanced' in document.documentElement.dataset);
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Selects `phrase` (its nth occurrence inside the article body) by dragging the mouse across it. */
async function dragSelect(page: Page, phrase: string, nth = 0) {
  const box = await page.evaluate(
    ({ phrase, nth }) => {
      const body = document.querySelector('[data-share-text].prose') as HTMLElement;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        let at = node.data.indexOf(phrase);
        while (at !== -1 && seen < nth) {
          seen++;
          at = node.data.indexOf(phrase, at + 1);
        }
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + phrase.length);
        node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        const rects = range.getClientRects();
        const first = rects[0] as DOMRect;
        const last = rects[rects.length - 1] as DOMRect;
        return {
          x1: first.left + 1,
          y1: first.top + first.height / 2,
          x2: last.right - 1,
          y2: last.top + last.height / 2,
        };
      }
      throw new Error(`"${phrase}" (#${nth}) is not in the article`);
    },
    { phrase, nth },
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(phrase);
}

/** The vertical centre of the first element containing `phrase`, relative to the viewport height (0..1). */
function positionOf(page: Page, phrase: string, nth = 0) {
  return page.evaluate(
    ({ phrase, nth }) => {
      const matches = [...document.querySelectorAll('[data-share-text] p, [data-share-text] li')].filter((el) =>
        el.textContent?.includes(phrase),
      );
      const rect = matches[nth]?.getBoundingClientRect();
      return rect ? (rect.top + rect.height / 2) / innerHeight : null;
    },
    { phrase, nth },
  );
}

test.describe('copy-link on a heading', () => {
  test('puts the section URL on the clipboard, shows it in the address bar and announces it', async ({ page }) => {
    const problems = await watchPage(page);
    await page.goto(longArticle);
    await enhance(page);
    const heading = page.getByRole('heading', { name: 'RAG systems' });
    await heading.getByRole('link', { name: 'Link to this section' }).click();
    const origin = new URL(page.url()).origin;
    await expect.poll(() => clipboard(page)).toBe(`${origin}/guide/skills/#rag-systems`);
    await expect(page).toHaveURL(/\/guide\/skills\/#rag-systems$/);
    const status = page.getByRole('status');
    await expect(status).toHaveText('Link copied');
    await expect(status).toBeVisible();
    await expect(status).toHaveAttribute('aria-live', 'polite');
    expect(problems).toEqual([]);
  });

  test('works from the keyboard: Tab to the link, Enter copies', async ({ page }) => {
    await page.goto(longArticle);
    await enhance(page);
    const link = page.locator('#python').getByRole('link');
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toMatch(/\/guide\/skills\/#python$/);
    await expect(page.getByRole('status')).toHaveText('Link copied');
  });

  test('copies the canonical path on the origin the page is served from, without queries or index.html', async ({
    page,
  }) => {
    await page.goto(`${longArticle}index.html?utm_source=chat#python`);
    await enhance(page);
    await page.getByRole('heading', { name: 'SQL and data manipulation' }).getByRole('link').click();
    const origin = new URL(page.url()).origin;
    await expect.poll(() => clipboard(page)).toBe(`${origin}/guide/skills/#sql-and-data-manipulation`);
  });
});

test.describe('selecting text in an article', () => {
  test('offers a link whose text fragment finds exactly the selected words', async ({ page, context }) => {
    const problems = await watchPage(page);
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(longArticle);
    await enhance(page);
    await dragSelect(page, 'vectorized NumPy operation');
    const control = page.getByRole('button', { name: 'Copy link to this text' });
    await expect(control).toBeVisible();
    await control.click();
    await expect(page.getByRole('status')).toHaveText('Link to the selected text copied');
    const url = await clipboard(page);
    expect(url).toMatch(/\/guide\/skills\/#python:~:text=/);
    expect(parseTextDirective(url)).toEqual({ start: 'vectorized NumPy operation' });
    // The reader's selection is untouched, so ordinary copy still works after using the control.
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('vectorized NumPy operation');

    // Opening the link shows the passage; so does the text directive alone, which proves Chromium finds it
    // (without the #python fallback the page would otherwise open at the top).
    for (const link of [url, url.replace(/#[^:]*:~:/, '#:~:')]) {
      const reader = await context.newPage();
      await reader.setViewportSize({ width: 1280, height: 700 });
      await reader.goto(link);
      await expect.poll(() => positionOf(reader, 'vectorized NumPy operation')).toBeGreaterThan(0.1);
      expect(await positionOf(reader, 'vectorized NumPy operation')).toBeLessThan(0.9);
      expect(await reader.evaluate(() => scrollY)).toBeGreaterThan(1000);
    }
    expect(problems).toEqual([]);
  });

  test('adds context for words that appear earlier, and lands on the selected occurrence', async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width: 1280, height: 700 });
    await page.goto(longArticle);
    await enhance(page);
    // "PyTorch" appears many times; select it in the last section, far from the first.
    const phrase = 'PyTorch';
    const count = await page
      .locator('[data-share-text].prose')
      .evaluate((el, p) => el.textContent!.split(p).length - 1, phrase);
    expect(count).toBeGreaterThan(3);
    const target = await page.evaluate((p) => {
      const items = [...document.querySelectorAll('[data-share-text].prose p, [data-share-text].prose li')];
      const last = items.findLast((el) => el.textContent?.includes(p));
      return last?.textContent?.slice(0, 60);
    }, phrase);
    await dragSelect(page, phrase, count - 1);
    await page.getByRole('button', { name: 'Copy link to this text' }).click();
    await expect.poll(() => clipboard(page)).toContain(':~:text=');
    const url = await clipboard(page);
    const directive = parseTextDirective(url);
    expect(directive?.start).toBe('PyTorch');
    expect(directive?.prefix ?? directive?.suffix).toBeTruthy();

    // The text directive alone (no section to fall back on) lands on the selected occurrence, not the first one.
    const reader = await context.newPage();
    await reader.setViewportSize({ width: 1280, height: 700 });
    await reader.goto(url.replace(/#[^:]*:~:/, '#:~:'));
    await expect
      .poll(() =>
        reader.evaluate((start) => {
          const el = [...document.querySelectorAll('[data-share-text].prose p, [data-share-text].prose li')].findLast(
            (e) => e.textContent?.startsWith(start),
          );
          const r = el?.getBoundingClientRect();
          return !!r && r.bottom > 0 && r.top < innerHeight;
        }, target as string),
      )
      .toBe(true);
    expect(await positionOf(reader, phrase)).not.toBeNull();
    expect(await positionOf(reader, phrase)).toBeLessThan(0);
  });

  test('is reachable from the keyboard and Escape dismisses it', async ({ page }) => {
    await page.goto(longArticle);
    await enhance(page);
    await dragSelect(page, 'clean Python');
    const control = page.getByRole('button', { name: 'Copy link to this text' });
    await expect(control).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(control).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toContain(':~:text=clean%20Python');
    await page.keyboard.press('Escape');
    await expect(control).toBeHidden();
  });

  test('never gets in the way of ordinary copy, and leaves the words it sits under alone', async ({ page }) => {
    await page.goto(longArticle);
    await enhance(page);
    await dragSelect(page, 'generators for data');
    await expect(page.getByRole('button', { name: 'Copy link to this text' })).toBeVisible();
    await page.keyboard.press('ControlOrMeta+c');
    await expect.poll(() => clipboard(page)).toBe('generators for data');
    // Clicking elsewhere ends the selection and takes the control away.
    await page.mouse.click(5, 300);
    await expect(page.getByRole('button', { name: 'Copy link to this text' })).toBeHidden();
  });

  test('is not offered for text outside the article body', async ({ page }) => {
    await page.goto(longArticle);
    await enhance(page);
    await page.getByRole('heading', { level: 1 }).dblclick();
    await expect.poll(() => page.evaluate(() => getSelection()?.toString().trim().length)).toBeGreaterThan(0);
    await page.waitForTimeout(400);
    await expect(page.getByRole('button', { name: 'Copy link to this text' })).toHaveCount(0);
  });
});

test.describe('the Share button', () => {
  test('opens the device share sheet with the page title and URL where the Web Share API exists', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
      Object.defineProperty(navigator, 'canShare', { value: () => true });
    });
    await page.goto(`${longArticle}#python`);
    await enhance(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    const origin = new URL(page.url()).origin;
    expect(shared).toEqual([
      {
        title: 'ML engineer skills: what to learn and how to prove it',
        text: expect.stringContaining('skills') as unknown as string,
        url: `${origin}/guide/skills/`,
      },
    ]);
  });

  test('is not shown where the API is missing (desktop Chromium on Linux)', async ({ page }) => {
    await page.goto(longArticle);
    await enhance(page);
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await expect(page.getByRole('button', { name: 'Share' })).toBeHidden();
  });
});

test.describe('a deep link', () => {
  const targets = [
    '/guide/skills/#rag-systems',
    '/guide/career-path/#senior-ml-engineer',
    '/guide/skills/#takeaways-title',
    '/about/#how-this-guide-is-made',
    '/about/#contribute',
  ];
  for (const width of [375, 1280]) {
    test(`lands its heading at the top, just below the sticky header, at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const target of targets) {
        await page.goto(target);
        const heading = page.locator(`[id="${target.split('#')[1]}"]`);
        const headerBottom = await page
          .locator('header[role="banner"]')
          .evaluate((h) => h.getBoundingClientRect().bottom);
        const { top, atEnd } = await heading.evaluate((h) => ({
          top: h.getBoundingClientRect().top,
          atEnd: scrollY >= document.documentElement.scrollHeight - innerHeight - 1,
        }));
        // Clear of the header, and not left further down the screen either (unless the page ends first).
        expect(top, target).toBeGreaterThanOrEqual(headerBottom);
        if (!atEnd) expect(top, target).toBeLessThan(headerBottom + 32);
        // The enhancements loading afterwards do not move it.
        await enhance(page);
        expect(await heading.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);
      }
    });
  }
});
