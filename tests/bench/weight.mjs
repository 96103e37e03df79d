// First-view weight of every page type: what a reader's browser fetches before the load event,
// with no interaction, measured in real Chromium against dist/, compressed as a CDN would serve it.
// Budgets (issue: quality gates): the longest article <= 24 KiB brotli, no external JavaScript,
// at most one inline script (the theme), nothing render-blocking but one stylesheet.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { brotli, kib, launchOptions, pageTypes, serve, writeReport } from './lib.mjs';

const BUDGET_BYTES = 24 * 1024;
const port = Number(process.env.BENCH_PORT ?? 4340);
const server = await serve('dist', port);
const browser = await chromium.launch(launchOptions());
const results = [];

for (const { type, path } of pageTypes()) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const requests = [];
  page.on('requestfinished', async (req) => {
    const res = await req.response();
    const body = res ? await res.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    requests.push({ url: req.url(), type: req.resourceType(), bytes: body.length, brotli: brotli(body) });
  });
  await page.goto(server.url + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  // Resources the page asked for after its load event are deferred enhancements, not the first view.
  const late = await page.evaluate(() => {
    const loadStart = performance.getEntriesByType('navigation')[0].loadEventStart;
    return performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime >= loadStart)
      .map((r) => r.name);
  });
  const firstView = requests.filter((r) => !late.includes(r.url));
  const html = readFileSync(`dist${path}index.html`, 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const withoutTemplates = html.replace(/<template[\s\S]*?<\/template>/g, '');
  const inlineScripts = [
    ...withoutTemplates.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g),
  ];
  const blockingCss = [...head.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].length;
  const blockingJs = [...head.matchAll(/<script(?![^>]*type="module")(?![^>]*\b(?:async|defer)\b)[^>]*\bsrc=/g)].length;
  const origin = new URL(server.url).origin;
  results.push({
    type,
    path,
    requests: firstView.length,
    bytes: firstView.reduce((s, r) => s + r.bytes, 0),
    brotli: firstView.reduce((s, r) => s + r.brotli, 0),
    jsRequests: firstView.filter((r) => r.type === 'script').length,
    thirdParty: firstView.filter((r) => !r.url.startsWith(origin)).length,
    inlineScripts: inlineScripts.length,
    renderBlocking: { stylesheets: blockingCss, scripts: blockingJs },
    files: firstView.map((r) => ({ url: r.url.replace(origin, ''), bytes: r.bytes, brotli: r.brotli })),
  });
  await context.close();
}
await browser.close();
server.stop();

console.log('\nFirst view (before the load event, no interaction), 375px mobile:\n');
console.table(
  results.map((r) => ({
    page: `${r.type} ${r.path}`,
    requests: r.requests,
    raw: kib(r.bytes),
    brotli: kib(r.brotli),
    'JS requests': r.jsRequests,
    'inline scripts': r.inlineScripts,
    'blocking CSS': r.renderBlocking.stylesheets,
    '3rd party': r.thirdParty,
  })),
);

const failures = [];
const article = results.find((r) => r.type === 'article (longest)');
if (!article) failures.push('no article page found in dist/guide/');
else if (article.brotli > BUDGET_BYTES) failures.push(`${article.path}: ${kib(article.brotli)} > 24 KiB`);
for (const r of results) {
  if (r.thirdParty) failures.push(`${r.path}: ${r.thirdParty} third-party requests`);
  if (r.renderBlocking.scripts) failures.push(`${r.path}: ${r.renderBlocking.scripts} render-blocking scripts`);
  if (r.renderBlocking.stylesheets > 1)
    failures.push(`${r.path}: ${r.renderBlocking.stylesheets} blocking stylesheets`);
}
if (article && article.jsRequests)
  failures.push(`${article.path}: ${article.jsRequests} JavaScript requests on first view`);
if (article && article.inlineScripts > 1) failures.push(`${article.path}: ${article.inlineScripts} inline scripts`);

const report = writeReport('weight', { budgetBytes: BUDGET_BYTES, results, failures });
console.log(`report: ${report}`);
if (failures.length) {
  console.error(`\nBudget missed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nWithin budget: longest article ${kib(article.brotli)} of 24 KiB.`);
