import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { builtManifest } from '../tools/manifest';
import { sitemapPaths } from './support';

const pages = sitemapPaths();
const dist = new URL('../../dist', import.meta.url).pathname;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('link previews', () => {
  for (const path of pages) {
    test(`${path} has its own 1200x630 share image, by absolute URL, and complete og: and twitter: tags`, async ({
      page,
      request,
    }) => {
      await page.goto(path);
      const meta = (key: string) =>
        page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
      const image = (await meta('og:image')) ?? '';
      expect(image).toMatch(/^https:\/\/[^/]+\/og\/.+\.png$/);
      const response = await request.get(new URL(image).pathname);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
      expect(await meta('og:image:width')).toBe('1200');
      expect(await meta('og:image:height')).toBe('630');
      expect(await meta('twitter:card')).toBe('summary_large_image');
      expect(await meta('og:title')).toBeTruthy();
      expect((await meta('og:description'))?.length).toBeGreaterThan(40);
      expect(await meta('og:type')).toBe(/^\/guide\/[^/]+\/$/.test(path) ? 'article' : 'website');

      if (path === '/404.html') {
        await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
        return;
      }
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(/^https:\/\//);
      expect(new URL(canonical!).pathname).toBe(path);
      expect(await meta('og:url')).toBe(canonical);
      expect(new URL(image).origin).toBe(new URL(canonical!).origin);
    });
  }

  test('every page has a different share image', async ({ request }) => {
    const images = new Set<string>();
    for (const path of pages) {
      const html = await (await request.get(path)).text();
      images.add(/property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '');
    }
    expect(images.size).toBe(pages.length);
  });
});

test.describe('structured data', () => {
  const ldOf = async (page: import('@playwright/test').Page) => {
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const nodes = blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
    return nodes.flatMap((n) => (n['@graph'] as Record<string, unknown>[] | undefined) ?? [n]);
  };

  for (const path of pages.filter((p) => /^\/guide\/[^/]+\/$/.test(p))) {
    test(`${path} describes itself as an Article with a BreadcrumbList`, async ({ page }) => {
      await page.goto(path);
      const nodes = await ldOf(page);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      const article = nodes.find((n) => n['@type'] === 'Article') as Record<string, any>;
      expect(article.headline).toBe(await page.locator('h1').textContent());
      expect(article.description).toBe(await page.locator('meta[name="description"]').getAttribute('content'));
      expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.image.url).toBe(await page.locator('meta[property="og:image"]').getAttribute('content'));
      expect(article.author.name).toBe('ML Engineer Career Guide');
      expect(article.publisher.name).toBe('ML Engineer Career Guide');
      expect(article.mainEntityOfPage).toBe(canonical);
      const crumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList') as Record<string, any>;
      expect(crumbs.itemListElement.map((i: any) => i.position)).toEqual([1, 2, 3]);
      expect(crumbs.itemListElement.at(-1).item).toBe(canonical);
    });
  }

  test('the home page describes the WebSite', async ({ page }) => {
    await page.goto('/');
    const site = (await ldOf(page)).find((n) => n['@type'] === 'WebSite');
    expect(site).toMatchObject({ name: 'ML Engineer Career Guide', url: expect.stringMatching(/^https:\/\/.+\/$/) });
  });
});

test.describe('feeds and crawlers', () => {
  test('the RSS feed parses and lists every article, each linked to its page', async ({ request }) => {
    const xml = await (await request.get('/rss.xml')).text();
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('ML Engineer Career Guide');
    expect(feed.link).toMatch(/^https:\/\/.+\/$/);
    const articles = pages.filter((p) => /^\/guide\/[^/]+\/$/.test(p));
    expect(feed.items.map((i) => new URL(i.link ?? '').pathname).sort()).toEqual([...articles].sort());
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.contentSnippet?.length).toBeGreaterThan(40);
      expect(Number.isNaN(Date.parse(item.pubDate ?? ''))).toBe(false);
      expect(item.guid).toBe(item.link);
    }
    expect(xml).toContain('rel="self"');
  });

  test('every page links the feed', async ({ request }) => {
    for (const path of pages) {
      const html = await (await request.get(path)).text();
      expect(html, path).toContain('<link rel="alternate" type="application/rss+xml"');
    }
  });

  test('the sitemap lists exactly the built pages', async () => {
    const built = Object.keys((await builtManifest(dist)).manifest.pages).sort();
    expect(pages.filter((p) => p !== '/404.html').sort()).toEqual(built);
  });

  test('robots.txt allows crawling and points at the sitemap by absolute URL', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('User-agent: *');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
    expect(sitemap).toMatch(/^https:\/\/.+\/sitemap-index\.xml$/);
    const index = await (await request.get(new URL(sitemap).pathname)).text();
    expect(index).toContain('/sitemap-0.xml</loc>');
  });
});
