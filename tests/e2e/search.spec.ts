import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { longArticle, watchPage } from './support';

const searchCode = /\/pagefind\/|\/_astro\/(modal|search-view)\./;

/** Every request the page makes for search code or the index, from now on. */
function recordSearchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (req) => {
    if (searchCode.test(req.url())) urls.push(new URL(req.url()).pathname);
  });
  return urls;
}

/** Waits until the page's deferred enhancements (theme toggle, search control) are running. */
async function enhanced(page: Page) {
  await page.keyboard.press('Shift'); // the first interaction loads them at once (theme-init.js)
  await expect(page.locator('site-search a')).toHaveAttribute('role', 'button');
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guide' });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the guide' });
const summary = (page: Page) => page.locator('.search-summary');
const sectionLinks = (page: Page) => page.locator('.search-section-link');

test.describe('the search control', () => {
  test('opens from its shortcut as soon as it is live, while another feature still waits for its stylesheet', async ({
    page,
  }) => {
    // The section menu's stylesheet is held back: nothing else on the page may wait for it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/section-menu.*.css', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/guide/advice/');
    await enhanced(page);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('rag');
    await expect(searchBox(page)).toHaveValue('rag');
    await expect(dialog(page)).toBeVisible();
    release();
  });

  test("a shortcut and the words typed after it, before the page's scripts have loaded, still open a search for them", async ({
    page,
  }) => {
    // The enhancements arrive late, as on a slow phone: the reader presses Ctrl+K before they do.
    await page.route('**/_astro/Enhance*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.goto(longArticle);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('take home');
    await expect(dialog(page)).toBeVisible();
    await expect(searchBox(page)).toBeFocused();
    await expect(searchBox(page)).toHaveValue('take home');
  });

  test('loads no search code or index on the first view of an article, only once the reader reaches for it', async ({
    page,
  }) => {
    const requests = recordSearchRequests(page);
    await page.goto(longArticle);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300); // past the idle callback that loads the page's enhancements
    expect(requests).toEqual([]);

    await enhanced(page);
    expect(requests).toEqual([]);
    await page.getByRole('button', { name: 'Search' }).hover();
    await expect.poll(() => requests).toContain('/pagefind/pagefind.js');
  });

  test('opens the search dialog on click, says so to assistive technology, and returns focus on Escape', async ({
    page,
  }) => {
    const problems = await watchPage(page);
    await page.goto(longArticle);
    await enhanced(page);
    const control = page.getByRole('button', { name: 'Search' });
    await expect(control).toHaveAttribute('aria-haspopup', 'dialog');
    await expect(control).toHaveAttribute('aria-expanded', 'false');
    await control.click();
    await expect(dialog(page)).toBeVisible();
    await expect(searchBox(page)).toBeFocused();
    await expect(control).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(control).toBeFocused();
    await expect(control).toHaveAttribute('aria-expanded', 'false');
    expect(problems).toEqual([]);
  });

  for (const shortcut of ['Control+k', 'Meta+k', '/']) {
    test(`${shortcut} opens search from anywhere on a page`, async ({ page }) => {
      await page.goto('/guide/interviews/');
      await enhanced(page);
      await page.keyboard.press(shortcut);
      await expect(dialog(page)).toBeVisible();
      await expect(searchBox(page)).toBeFocused();
      await expect(searchBox(page)).toHaveValue('');
    });
  }

  test('on the search page, Ctrl+K goes to its own search box instead of opening a dialog', async ({ page }) => {
    await page.goto('/search/?q=rag');
    await expect(sectionLinks(page).first()).toHaveText(/\bRAG\b/);
    await page.getByRole('heading', { name: 'Search the guide' }).click();
    await page.keyboard.press('Control+k');
    await expect(page.locator('[data-search-page] input')).toBeFocused();
    await expect(dialog(page)).toBeHidden();
  });

  test('"/" types a slash, not a search, while the reader is typing in a field', async ({ page }) => {
    await page.goto('/no-such-page/');
    await enhanced(page);
    const field = page.getByRole('searchbox', { name: /Search the guide for what you were looking for/ });
    await field.click();
    await page.keyboard.type('ml/ops');
    await expect(field).toHaveValue('ml/ops');
    await expect(dialog(page)).toBeHidden();
  });

  test('is fully keyboard operable: type, arrow down to a section, Enter lands on it', async ({ page }) => {
    await page.goto('/');
    await enhanced(page);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('certifications');
    await expect(sectionLinks(page).first()).toHaveText('Certifications that help');
    await page.keyboard.press('ArrowDown'); // the page link
    await page.keyboard.press('ArrowDown'); // its best section
    await expect(sectionLinks(page).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      /\/guide\/breaking-in\/\?pagefind-highlight=certifications.*#certifications-that-help$/i,
    );
  });
});

test.describe('a search result', () => {
  for (const width of [375, 1280]) {
    test(`lands on its section, clear of the header, with the matched words highlighted, at ${width}px`, async ({
      page,
    }) => {
      const problems = await watchPage(page);
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/guide/advice/');
      await enhanced(page);
      await page.keyboard.press('Control+k');
      await page.keyboard.type('do I need a PhD');
      const best = sectionLinks(page).first();
      await expect(best).toHaveText('Do you need a PhD?');
      await best.click();

      await expect(page).toHaveURL(/\/guide\/breaking-in\/\?.*pagefind-highlight=PhD.*#do-you-need-a-phd$/);
      const heading = page.getByRole('heading', { name: 'Do you need a PhD?' });
      await expect(heading).toBeInViewport();
      const headerBottom = await page
        .locator('header[role="banner"]')
        .evaluate((header) => header.getBoundingClientRect().bottom);
      await expect
        .poll(() => heading.evaluate((h) => h.getBoundingClientRect().top))
        .toBeGreaterThanOrEqual(headerBottom);

      // Pagefind's highlight script marks the matched words; the site's stylesheet (not an inline style) paints them.
      const marks = page.locator('[data-pagefind-body] mark.pagefind-highlight');
      await expect(marks.first()).toBeVisible();
      expect(await marks.allTextContents()).toContain('PhD');
      // Only whole words are marked ("need", never the "a" in "about"), and never the anchor's label.
      const marked = new Set((await marks.allTextContents()).map((t) => t.toLowerCase()));
      expect([...marked].sort()).toEqual(['need', 'phd', 'phds']);
      await expect(page.locator('.heading-anchor mark')).toHaveCount(0);
      const markColour = await marks.first().evaluate((m) => getComputedStyle(m).backgroundColor);
      expect(markColour).toBe('rgb(255, 241, 168)');
      expect(problems).toEqual([]);
    });
  }

  test('shows the best-matching sections first, titled without the heading anchor label', async ({ page }) => {
    await page.goto('/search/?q=salary');
    await expect(sectionLinks(page).first()).toHaveText('Salaries by level');
    await expect(page.locator('.search-results')).not.toContainText('Link to this section');
    await expect(page.locator('.search-page-link').first()).toHaveText(
      'The ML engineer job market in 2026: demand, pay and competition',
    );
  });
});

test('a result in the article being read closes the dialog and scrolls to its section', async ({ page }) => {
  await page.goto('/guide/job-market/?pagefind-highlight=equity');
  await enhanced(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('equity');
  await sectionLinks(page).filter({ hasText: 'Equity is not cash' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(/#equity-is-not-cash$/);
  await expect(page.getByRole('heading', { name: 'Equity is not cash' })).toBeInViewport();
});

test.describe('filters', () => {
  test('narrow the results by career stage and by topic, and the URL keeps them', async ({ page }) => {
    await page.goto('/search/?q=interview');
    const pages = page.locator('.search-results > li'); // results below the fold are placeholders until scrolled to
    await expect(summary(page)).toHaveText(/^\d+ pages match “interview”$/);
    const all = Number((await summary(page).textContent())?.split(' ')[0]);
    await expect(pages).toHaveCount(all);

    await page.getByRole('combobox', { name: 'Career stage' }).click();
    // The option says how many pages it leaves, as "Senior (2 results)"; that many remain once it is ticked.
    const senior = page.getByRole('option', { name: /^Senior \(\d+ results?\)$/ });
    const seniors = Number(/\((\d+) results?\)/.exec((await senior.textContent()) ?? '')?.[1]);
    expect(seniors).toBeLessThan(all);
    await senior.click();
    await expect(summary(page)).toHaveText(`${seniors} ${seniors === 1 ? 'page matches' : 'pages match'} “interview”`);
    await expect(pages).toHaveCount(seniors);
    await expect(page).toHaveURL(/[?&]stage=Senior/);

    await page.getByRole('option', { name: /^Senior/ }).click();
    await expect(pages).toHaveCount(all);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Topic' }).click();
    await page.getByRole('option', { name: /^Interviews \(/ }).click();
    await expect(pages).toHaveCount(1);
    await expect(pages.first().locator('.search-topic')).toHaveText('Interviews');
    await expect(page).toHaveURL(/[?&]topic=Interviews/);
  });
});

test.describe('the search page', () => {
  test('keeps the query in the URL, so a shared link shows the same search', async ({ page, browser }) => {
    const problems = await watchPage(page);
    await page.goto('/search/');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('open source');
    await expect(page).toHaveURL(/\/search\/\?q=open\+source$/);
    await expect(sectionLinks(page).first()).toHaveText('Contribute to open source');
    await expect(page).toHaveTitle(/^“open source”: Search/);

    const shared = await browser.newPage();
    await shared.goto(page.url());
    await expect(searchBox(shared)).toHaveValue('open source');
    await expect(sectionLinks(shared).first()).toHaveText('Contribute to open source');
    expect(problems).toEqual([]);
  });

  test('back and forward restore earlier searches', async ({ page }) => {
    await page.goto('/search/');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('equity');
    await page.keyboard.press('Enter');
    await expect(sectionLinks(page).first()).toHaveText(/equity/i);
    const equity = await sectionLinks(page).first().textContent();
    await searchBox(page).fill('');
    await page.keyboard.type('referral');
    await expect(sectionLinks(page).first()).toHaveText(/referral/i);
    const referral = (await sectionLinks(page).first().textContent()) ?? '';
    await expect(page).toHaveURL(/\?q=referral$/);

    await page.goBack();
    await expect(page).toHaveURL(/\?q=equity$/);
    await expect(searchBox(page)).toHaveValue('equity');
    await expect(sectionLinks(page).first()).toHaveText(equity ?? '');

    await page.goForward();
    await expect(searchBox(page)).toHaveValue('referral');
    await expect(sectionLinks(page).first()).toHaveText(referral);

    // Leaving for a result and coming back shows the search as it was.
    await sectionLinks(page).first().click();
    await expect(page).toHaveURL(/#[^#]*referral[^#]*$/);
    await page.goBack();
    await expect(searchBox(page)).toHaveValue('referral');
    await expect(sectionLinks(page).first()).toHaveText(referral);
  });

  test('is reached from the not-found page with the query the reader typed', async ({ page }) => {
    await page.goto('/guide/salary-guide/');
    await page.getByRole('searchbox', { name: /Search the guide for what you were looking for/ }).fill('salary');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await expect(page).toHaveURL(/\/search\/\?q=salary$/);
    await expect(sectionLinks(page).first()).toHaveText('Salaries by level');
  });

  test('runs none of Pagefind until the reader types, then keeps what was typed and where the caret was', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) fetched.push(request.url());
    });
    // A slow connection: the interface arrives well after the reader has started typing.
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.goto('/search/');
    // No interaction yet: the page's enhancements load on their own once it is idle.
    await page.waitForSelector('html[data-enhanced]', { state: 'attached' });
    await expect(searchBox(page)).toBeFocused();
    await page.waitForTimeout(500);
    expect(fetched).toEqual([]);

    await page.keyboard.type('rg');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.search-filters')).toHaveCount(1);
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('a');
    await expect(searchBox(page)).toHaveValue('rag');
    await expect(sectionLinks(page).first()).toHaveText(/\bRAG\b/);
    await expect(page).toHaveURL(/\/search\/\?q=rag$/);
  });

  test('a shared search link shows its results without moving anything on the page', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) w.shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/search/?q=interview');
    await expect(page.locator('.search-result').first()).toBeVisible();
    // Down to the last result, a screen at a time, as a reader goes: each screen shows what is in it before the next
    // (scrolling does not count as input that excuses a shift, so none may happen while the results fill in).
    const placeholders = page.locator('.search-results > li[aria-hidden="true"]');
    const placeholderInView = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.search-results > li[aria-hidden="true"]')].some((li) => {
          const { top, bottom } = li.getBoundingClientRect();
          return bottom > 0 && top < innerHeight;
        }),
      );
    for (let i = 0; i < 40 && (await placeholders.count()) > 0; i++) {
      await expect.poll(placeholderInView).toBe(false);
      await page.mouse.wheel(0, 700);
    }
    await expect(placeholders).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
  });

  test('says so, and points to the contents, when the search code cannot load', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404 }));
    await page.goto('/search/');
    await searchBox(page).fill('rag');
    await expect(page.getByText('Search could not load.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: "the guide's contents" })).toBeVisible();
  });

  test('says plainly without JavaScript that search needs it, and links to the contents', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/guide/skills/');
    const control = page.getByRole('banner').getByRole('link', { name: 'Search' });
    await expect(control).toHaveAttribute('href', '/search/');
    await control.click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: "the guide's contents" })).toHaveAttribute(
      'href',
      '/guide/',
    );
    await expect(page.getByText('Loading search')).toBeHidden();
  });
});

test.describe('odd input', () => {
  const inputs: [string, string][] = [
    ['markup and script', '<script>window.pwned=1</script><img src=x onerror="window.pwned=1">'],
    ['a 5,000-character query', 'salary '.repeat(715).slice(0, 5000)],
    ['emoji', '🚀 salary 👩‍💻'],
    ['only spaces', '      '],
    ['a percent sign', '%'],
    ['control characters', 'sal\u0000ary\u0007 \u001b[31m rag\u007f'],
  ];

  for (const [name, query] of inputs) {
    test(`${name} in the box gives a calm result and no console error`, async ({ page }) => {
      const problems = await watchPage(page);
      await page.goto('/search/');
      await searchBox(page).fill(query);
      await page.waitForTimeout(150); // past the debounce
      if (query.trim()) await expect(summary(page)).toHaveText(/(pages? match(es)?|No sections match) “/);
      else await expect(summary(page)).toHaveText('');
      if (name === 'markup and script') await expect(summary(page)).toContainText(query);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
      await expect(page.locator('.search-results img, .search-results script')).toHaveCount(0);
      expect(problems).toEqual([]);
    });
  }

  test('markup in a shared search URL is shown as text, not run', async ({ page }) => {
    const problems = await watchPage(page);
    const query = '<img src=x onerror="window.pwned=1"><b>bold</b>';
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(searchBox(page)).toHaveValue(query);
    await expect(summary(page)).toContainText(`“${query}”`);
    await expect(page.locator('main img, main b')).toHaveCount(0);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    expect(problems).toEqual([]);
  });

  test('a URL-encoded percent sign and a malformed one both load calmly', async ({ page }) => {
    const problems = await watchPage(page);
    await page.goto('/search/?q=%25');
    await expect(searchBox(page)).toHaveValue('%');
    await expect(summary(page)).toHaveText('No sections match “%”');
    await page.goto('/search/?q=%E0%A4%A');
    await expect(page.getByRole('heading', { name: 'Search the guide' })).toBeVisible();
    await expect(searchBox(page)).toBeVisible();
    expect(problems).toEqual([]);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the open dialog with results and a filter menu has no axe violations (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/guide/job-market/');
    await enhanced(page);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('remote work');
    await expect(sectionLinks(page).first()).toHaveText('Remote and hybrid work');
    await page.getByRole('combobox', { name: 'Career stage' }).click();
    await expect(page.getByRole('option', { name: /^Junior/ })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('.search-dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const summaryOf = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summaryOf).toEqual([]);
  });
}
