import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Paths of every page in the built sitemap, plus the not-found page (which no sitemap lists). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
  return [...paths, '/404.html'];
}

/** Starts recording console errors and warnings, CSP violations, failed requests and requests to other origins. */
export async function watchPage(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !url.protocol.startsWith('data')) {
      problems.push(`third-party request: ${req.url()}`);
    }
  });
  // A request the page cancels (navigating away, a search superseded by the next keystroke) is not a failure.
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`failed request: ${req.url()} (${reason})`);
  });
  return problems;
}

/** A guide article that has h3 subsections, for tests that need a long page. */
export const longArticle = '/guide/skills/';
