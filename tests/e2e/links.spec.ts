import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support';

// Link text that says nothing about where it goes, alone or with punctuation.
const vague = /^(click here|here|read more|more|this|link|this link|learn more)[.!…]*$/i;

test('every internal link and anchor resolves, and no link text is vague', async ({ page }) => {
  test.setTimeout(120_000);
  const idsByPath = new Map<string, Set<string>>();
  const links: { from: string; href: string; text: string }[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    idsByPath.set(path, new Set(await page.$$eval('[id]', (els) => els.map((el) => el.id))));
    const found = await page.$$eval('a[href]', (as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: (a.textContent ?? '').trim().replace(/\s+/g, ' ') })),
    );
    links.push(...found.map((l) => ({ ...l, from: path })));
  }

  const origin = new URL(page.url()).origin;
  const problems: string[] = [];
  for (const { from, href, text } of links) {
    if (vague.test(text)) problems.push(`${from}: vague link text "${text}" -> ${href}`);
    const url = new URL(href);
    if (url.origin !== origin) continue;
    let ids = idsByPath.get(url.pathname);
    if (!ids) {
      const response = await page.request.get(url.pathname);
      if (!response.ok()) {
        problems.push(`${from}: broken link to ${url.pathname} (${response.status()})`);
        continue;
      }
      if (!(response.headers()['content-type'] ?? '').includes('html')) continue;
      await page.goto(url.pathname);
      ids = new Set(await page.$$eval('[id]', (els) => els.map((el) => el.id)));
      idsByPath.set(url.pathname, ids);
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && !anchor.startsWith(':~:') && !ids.has(anchor)) {
      problems.push(`${from}: link to ${url.pathname}#${anchor}, which has no such id`);
    }
  }
  expect(links.length).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});
