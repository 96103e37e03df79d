// A moved page keeps its links working. No page has moved yet, so this builds a copy of dist/ with a fixture
// redirect, written by the same code the build runs, and serves it as a static host would.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writeRedirects } from '../../src/integrations/redirects';
import { builtManifest } from '../tools/manifest';

const dist = new URL('../../dist', import.meta.url).pathname;
const moved = { '/guide/what-to-learn/': '/guide/skills/' };

let dir = '';
let server: ChildProcess | undefined;
let base = '';

/** A port nobody is listening on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moved-'));
  cpSync(dist, dir, { recursive: true });
  const pages = new Set(Object.keys((await builtManifest(dist)).manifest.pages));
  await writeRedirects(dir, moved, pages, { origin: 'https://ml-engineer-career-guide.pages.dev', base: '/' });
  const port = await freePort();
  base = `http://localhost:${port}`;
  server = spawn(process.execPath, ['tests/tools/serve.mjs', dir, String(port)], { stdio: 'pipe' });
  await new Promise<void>((resolve) => server?.stdout?.once('data', () => resolve()));
});

test.afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('an old URL answers 301 to the new one, per _redirects', async ({ request }) => {
  const response = await request.get(`${base}/guide/what-to-learn/`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe('/guide/skills/');
});

test('an old URL with an anchor lands on that section of the new page', async ({ page }) => {
  await page.goto(`${base}/guide/what-to-learn/#rag-systems`);
  await expect(page).toHaveURL(`${base}/guide/skills/#rag-systems`);
  await expect(page.locator('#rag-systems')).toBeInViewport();
});

test('on a host without _redirects, the HTML page at the old path forwards, with the new URL as canonical', async ({
  page,
  request,
}) => {
  // Asking for the file itself skips the _redirects rule, as a host that ignores the file would.
  const html = await (await request.get(`${base}/guide/what-to-learn/index.html`)).text();
  expect(html).toContain('<link rel="canonical" href="https://ml-engineer-career-guide.pages.dev/guide/skills/">');
  await page.goto(`${base}/guide/what-to-learn/index.html`);
  await expect(page).toHaveURL(`${base}/guide/skills/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('skills');
});
