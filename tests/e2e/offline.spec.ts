import {
  cpSync,
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { readBuiltSite } from '../../src/integrations/built-site';
import { writeServiceWorker } from '../../src/integrations/offline';
import { quietFlags, systemChromium } from '../tools/chromium.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Waits until the service worker controls the page; it activates only once its precache is complete. */
async function offlineReady(page: Page) {
  await page.mouse.move(5, 5); // the first interaction loads the enhancements, which register the worker after load
  // Synchronous on purpose: waitForFunction takes a returned promise as a truthy value without awaiting it.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    polling: 100,
  });
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test.describe('offline reading', () => {
  test('after a first visit, an article, the glossary and their styles load with the network cut', async ({
    page,
    context,
  }) => {
    await page.goto('/guide/skills/');
    await offlineReady(page);
    await context.setOffline(true);

    for (const [path, heading] of [
      ['/guide/the-role/', 'What an ML engineer actually does'],
      ['/glossary/', 'Glossary'],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.fromServiceWorker()).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // The stylesheet came from the cache too: the system font stack and the token colours apply.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
    }
    await page.goto('/glossary/#rag');
    await expect(page.locator('#rag')).toBeInViewport();
  });

  test('a page that was never saved says so when offline, instead of a browser error', async ({ page, context }) => {
    await page.goto('/');
    await offlineReady(page);
    await context.setOffline(true);
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(503);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await page.getByRole('link', { name: 'open the contents' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The guide');
  });

  test('search works offline over the cached index', async ({ page, context }) => {
    // Every build indexes the site (src/integrations/pagefind.ts), so the index must be there to precache.
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    await page.goto('/guide/skills/');
    await offlineReady(page);
    await context.setOffline(true);
    await page.goto('/guide/');
    const found = await page.evaluate(async () => {
      const pagefind = await import('/pagefind/pagefind.js' as string);
      const search = await pagefind.search('MLOps');
      return (await search.results[0]?.data())?.url as string | undefined;
    });
    expect(found).toMatch(/^\/guide\//);
  });

  test('a new deploy replaces the cached pages and deletes the old cache', async ({ page, context }) => {
    // Build B: build A (dist/) with one article changed and its own service worker, served on the same origin.
    const buildB = mkdtempSync(join(tmpdir(), 'guide-build-b-'));
    cpSync(dist, buildB, { recursive: true });
    const article = join(buildB, 'guide', 'skills', 'index.html');
    writeFileSync(
      article,
      readFileSync(article, 'utf8').replace('<main id="main"', '<p id="build-b">Revised in build B</p><main id="main"'),
    );
    const search = readdirSync(join(buildB, 'pagefind'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(buildB, join(e.parentPath, e.name)));
    const { version: versionB } = await writeServiceWorker(await readBuiltSite(buildB), search);
    const versionA = /const VERSION = "([0-9a-f]+)"/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))?.[1];
    expect(versionB).not.toBe(versionA);

    let root = dist;
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      let file = normalize(join(root, path));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file.startsWith(root) || !existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
      const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;

    try {
      await page.goto(`${origin}/guide/skills/`);
      await offlineReady(page);
      expect(await cacheNames(page)).toEqual([`guide-${versionA}`]);
      await expect(page.locator('#build-b')).toHaveCount(0);

      root = buildB; // deploy
      await page.reload();
      await expect(page.locator('#build-b')).toHaveText('Revised in build B');
      // The reload also made the browser check sw.js: the new worker installs, precaches build B and takes over.
      await expect.poll(() => cacheNames(page), { timeout: 15_000 }).toEqual([`guide-${versionB}`]);

      server.closeAllConnections();
      server.close();
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('#build-b')).toHaveText('Revised in build B');
      await page.goto(`${origin}/guide/the-role/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('What an ML engineer actually does');
    } finally {
      server.close();
      rmSync(buildB, { recursive: true, force: true });
    }
  });
});

test('Chromium reports the guide installable', async ({ playwright, baseURL }, testInfo) => {
  // Installability is never reported for incognito-like contexts, so this test uses a real profile.
  const executablePath = systemChromium();
  const context = await playwright.chromium.launchPersistentContext(testInfo.outputPath('profile'), {
    args: quietFlags,
    ...(executablePath ? { executablePath } : {}),
    ...(baseURL ? { baseURL } : {}),
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await offlineReady(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { errors, url } = await cdp.send('Page.getAppManifest');
    expect(url).toMatch(/\/manifest\.webmanifest$/);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
