import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import { parse } from 'yaml';
import { visitsKey } from '../../src/lib/visits';
import { watchPage } from './support';

const content = new URL('../../content/', import.meta.url);
const frontmatter = (name: string) =>
  parse(readFileSync(new URL(`articles/${name}`, content), 'utf8').split(/^---$/m)[1] ?? '');
/** Every change the content records: the articles' frontmatter and the data files. */
const recorded = [
  ...readdirSync(new URL('articles/', content)).flatMap((name) => frontmatter(name).changes),
  ...['salaries', 'stages', 'glossary', 'skills'].flatMap(
    (name) => parse(readFileSync(new URL(`data/${name}.yaml`, content), 'utf8')).changes,
  ),
] as { date: string; text: string; section?: string }[];

/** Loads the page's enhancements at once, as a reader's first move of the mouse does. */
async function enhance(page: Page) {
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => 'enhanced' in document.documentElement.dataset);
}

/** Opens `path` as a reader whose visits are stored as `stored` (a raw localStorage value). */
async function visit(page: Page, path: string, stored?: string) {
  if (stored !== undefined) {
    await page.addInitScript(
      ({ key, value }) => {
        // Only before the first page of the test: the visit that page records must survive a reload.
        if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      },
      { key: visitsKey, value: stored },
    );
  }
  await page.goto(path);
  await enhance(page);
}

const lastVisit = (iso: string) => JSON.stringify({ previous: null, last: Date.parse(iso) });

test.describe('what changed', () => {
  test('an article names its newest change beside its review date, linked to its section, and links the rest', async ({
    page,
  }) => {
    await page.goto('/guide/interviews/');
    const changed = page.locator('header details', { hasText: 'What changed' });
    await changed.locator('summary').click();
    const items = changed.locator('li');
    await expect(items).toHaveCount(2);
    await expect(items.first()).toHaveText('2 December 2026: A new section covers timelines and reapplying.');
    await expect(items.last().getByRole('link')).toHaveText('12 more changes');
    await expect(items.last().getByRole('link')).toHaveAttribute('href', '/changes/');
    await changed.getByRole('link', { name: 'A new section covers timelines and reapplying.' }).click();
    await expect(page).toHaveURL(/\/guide\/interviews\/#timelines-and-reapplying$/);
  });

  for (const path of [
    '/salaries/',
    '/stages/',
    '/stages/senior/',
    '/stages/compare/',
    '/glossary/',
    '/skills/check/',
  ]) {
    test(`${path} shows what changed in its data beside its review date`, async ({ page }) => {
      await page.goto(path);
      const changed = page.locator('details', { hasText: 'What changed' });
      await expect(changed).toHaveCount(1);
      await changed.locator('summary').click();
      await expect(changed.locator('li').first()).toContainText('2 December 2026: ');
      await expect(changed.getByRole('link', { name: /^\d+ more changes?$/ })).toHaveAttribute('href', '/changes/');
    });
  }

  test('/changes/ lists every change on the site, newest first, each page linked and each section too', async ({
    page,
  }) => {
    await page.goto('/changes/');
    const days = page.locator('main section h2 time');
    await expect(days).toHaveText(['2 December 2026', '26 November 2026']);
    const changes = page.locator('main section ul ul > li');
    await expect(changes).toHaveCount(recorded.length);
    const december = page.locator('main section').first();
    await expect(december.getByRole('link', { name: 'Salaries', exact: false }).first()).toHaveAttribute(
      'href',
      '/salaries/',
    );
    await expect(december.getByRole('link', { name: 'A new section covers the recruiter screen.' })).toHaveAttribute(
      'href',
      '/guide/interviews/#the-recruiter-screen',
    );
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'For AI tools: llms.txt' })).toHaveAttribute(
      'href',
      '/llms.txt',
    );
  });

  test('the changes feed has one item per change, newest first, each with its own id and a link to its section', async ({
    request,
  }) => {
    const feed = await new Parser().parseString(await (await request.get('/changes/rss.xml')).text());
    expect(feed.items).toHaveLength(recorded.length);
    const dates = feed.items.map((i) => Date.parse(i.pubDate ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set(feed.items.map((i) => i.guid)).size).toBe(recorded.length);
    const rag = feed.items.find((i) =>
      i.title?.endsWith(
        'The RAG example is new: an app that answers from your city council’s published meeting minutes.',
      ),
    );
    expect(rag?.link).toMatch(/\/guide\/skills\/#rag-systems$/);
  });
});

test.describe('new since your last visit', () => {
  test('on a first visit nothing is marked, and the visit is remembered in this browser only', async ({ page }) => {
    await visit(page, '/guide/');
    await expect(page.locator('.new-mark')).toHaveCount(0);
    await expect(page.locator('.new-since-note')).toHaveCount(0);
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), visitsKey)) ?? 'null');
    expect(stored).toMatchObject({ previous: null, last: expect.any(Number) });
    expect((await page.context().cookies()).length).toBe(0);
  });

  test('a return after a change marks the changed sections on the contents and in the article, and says since when', async ({
    page,
  }) => {
    await visit(page, '/guide/', lastVisit('2026-11-30T12:00:00Z'));
    const interviews = page.locator('main ol > li', {
      has: page.getByRole('link', { name: /interviews: the whole loop/ }),
    });
    await expect(interviews.locator('li', { hasText: 'The recruiter screen' }).locator('.new-mark')).toHaveText(
      'New since your last visit',
    );
    await expect(interviews.locator('li', { hasText: 'How the process works' }).locator('.new-mark')).toHaveCount(0);
    await expect(page.locator('.new-since-note')).toContainText('since your last visit, 30 November 2026');

    // The same reader opens the article a moment later: still the same visit, so the same marks.
    await page.goto('/guide/interviews/');
    await enhance(page);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.locator('li', { hasText: 'The recruiter screen' }).locator('.new-mark')).toBeVisible();
    await expect(toc.locator('li', { hasText: 'The coding round' }).locator('.new-mark')).toHaveCount(0);
  });

  test('damaged storage marks nothing and raises no error', async ({ page }) => {
    const problems = await watchPage(page);
    await visit(page, '/guide/', '{not json');
    await expect(page.locator('.new-mark')).toHaveCount(0);
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), visitsKey)) ?? '')).toMatchObject({
      previous: null,
    });
    expect(problems).toEqual([]);
  });

  test('"Forget my visits" removes the marks and what was stored, and says so', async ({ page }) => {
    await visit(page, '/guide/', lastVisit('2026-11-30T12:00:00Z'));
    await expect(page.locator('.new-mark').first()).toBeVisible();
    await page.getByRole('button', { name: 'Forget my visits' }).click();
    await expect(page.locator('.new-mark')).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(/visits are forgotten/);
    expect(await page.evaluate((k) => localStorage.getItem(k), visitsKey)).toBeNull();
  });

  test('without JavaScript the contents and the table of contents show plain change dates', async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/guide/');
    await expect(page.locator('main').getByText('Changed 2 December 2026').first()).toBeVisible();
    await page.goto('/guide/interviews/');
    await expect(
      page.getByRole('navigation', { name: 'On this page' }).getByText('Changed 2 December 2026').first(),
    ).toBeAttached();
    await expect(page.locator('.new-mark')).toHaveCount(0);
    await page.close();
  });
});

test.describe('for the tools readers use', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('"Copy page as Markdown" puts the page’s twin on the clipboard and says so', async ({ page, request }) => {
    await page.goto('/guide/skills/');
    await enhance(page);
    // From here on the page may ask for one thing: the twin.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
    await expect(page.getByRole('status')).toHaveText('Page copied as Markdown');
    const twin = await (await request.get('/guide/skills.md')).text();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(twin);
    expect(requests).toEqual(['/guide/skills.md']);
  });

  test('a heading’s menu reports a problem with that section, or copies its link', async ({ page }) => {
    await page.goto('/guide/skills/');
    await enhance(page);
    const heading = page.getByRole('heading', { name: /^RAG systems/ });
    const button = heading.getByRole('button', { name: 'Section menu' });
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const report = page.getByRole('link', { name: 'Report a problem with this section' });
    await expect(report).toBeVisible();
    const issue = new URL((await report.getAttribute('href')) ?? '');
    expect(issue.pathname).toMatch(/\/issues\/new$/);
    expect(issue.searchParams.get('title')).toBe(`Problem on ${new URL(page.url()).origin}/guide/skills/#rag-systems`);
    expect(issue.searchParams.get('body')).toBe('Section: RAG systems\n');
    await page.keyboard.press('Escape');
    await expect(report).toBeHidden();
    await expect(button).toBeFocused();
    await button.click();
    await page.getByRole('button', { name: 'Copy link to this section' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/\/guide\/skills\/#rag-systems$/);
    await expect(page.getByRole('status')).toHaveText('Link copied');
  });

  test('"Report a problem with this page" opens a prefilled issue on the project’s repository', async ({ page }) => {
    await page.goto('/salaries/');
    const href = await page.getByRole('link', { name: 'Report a problem with this page' }).getAttribute('href');
    const issue = new URL(href ?? '');
    expect(`${issue.origin}${issue.pathname}`).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new$/);
    expect(issue.searchParams.get('title')).toBe('Problem on https://ml-engineer-career-guide.pages.dev/salaries/');
  });
});
