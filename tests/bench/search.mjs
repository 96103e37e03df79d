// Search benchmark: serves the built dist/ (it builds nothing) and drives Chromium through a reader's first search
// session: the first view of an article, opening search, then a typed query. Reports the median milliseconds from
// the last keystroke to the first visible result, and the bytes each part of the session fetched, as seen by the
// browser's network layer. Writes bench/reports/search.json.
// Usage: npm run build && npm run bench:search   (RUNS=9 PORT=4331 to change the defaults)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { quietFlags, systemChromium } from '../tools/chromium.mjs';

const root = new URL('../../', import.meta.url);
const dist = new URL('dist/', root);
const port = Number(process.env.PORT ?? 4331);
const runs = Number(process.env.RUNS ?? 7);
const origin = `http://localhost:${port}`;
const article = '/guide/career-path/';
const queries = ['salary', 'rag', 'staff engineer', 'do i need a phd', 'quantization', 'remote work', 'open source'];
/** Issue 14: a whole session (first view, open, typed query) within 100 KiB; first result within 100 ms. */
const budget = { latencyMs: 100, sessionKiB: 100 };

if (!existsSync(new URL('pagefind/pagefind.js', dist))) {
  console.error('dist/pagefind is missing: run "npm run build" first (this benchmark builds nothing).');
  process.exit(1);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;

// What a compressing static host would send for a file: Pagefind's index, fragments and wasm are already
// gzipped, so they count as they are; text files count gzipped.
function gzippedSize(pathname) {
  const file = new URL(`.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`, dist);
  if (!existsSync(file)) return 0;
  const body = readFileSync(file);
  return /\.(js|css|json|html|svg)$/.test(pathname) ? gzipSync(body, { level: 6 }).length : body.length;
}

/** Records every response the page receives, with the phase of the session it belongs to. */
function recordTraffic(page, phase) {
  const rows = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (!sizes) return;
    const { pathname } = new URL(request.url());
    // Bodies as sent (compressed where the server compresses). Headers are counted apart: HTTP/2 and 3 compress
    // them across requests (the long CSP header repeats on every response), so their HTTP/1.1 size overstates them.
    rows.push({
      phase: phase.current,
      pathname,
      type: request.resourceType(),
      bytes: sizes.responseBodySize,
      headerBytes: sizes.responseHeadersSize,
      startTime: request.timing().startTime, // ms since the epoch
    });
  });
  return rows;
}

/** Resolves once no request has been in flight for `quiet` ms. */
async function networkQuiet(page, quiet = 250) {
  let inFlight = 0;
  let last = Date.now();
  const up = () => ((inFlight += 1), (last = Date.now()));
  const down = () => ((inFlight -= 1), (last = Date.now()));
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  while (inFlight > 0 || Date.now() - last < quiet) await sleep(25);
  page.off('request', up);
  page.off('requestfinished', down);
  page.off('requestfailed', down);
}

/** One reader's first search session. `mode` "typed" types at 100 ms a key (a quick typist, so earlier keystrokes
    have already searched for the start of the word); "pasted" puts the whole query in at once. */
async function oneRun(browser, query, mode = 'typed') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const phase = { current: 'firstView' };
  const traffic = recordTraffic(page, phase);
  // Stamps the last keystroke (or paste) and the frame in which the first result for the whole query is on
  // screen: the summary names the query and a rendered result is laid out.
  await page.addInitScript(() => {
    const bench = { query: '', lastKey: 0, firstResult: 0 };
    Object.assign(window, { bench });
    const stamp = () => ((bench.lastKey = performance.now()), (bench.firstResult = 0));
    addEventListener('keydown', stamp, true);
    addEventListener('beforeinput', stamp, true);
    new MutationObserver(() => {
      if (!bench.query || !bench.lastKey || bench.firstResult) return;
      const summary = document.querySelector('.search-dialog .search-summary')?.textContent ?? '';
      const result = document.querySelector('.search-dialog .search-result');
      if (!summary.includes(`“${bench.query}”`) || !result || result.getBoundingClientRect().height === 0) return;
      requestAnimationFrame(() => (bench.firstResult ||= performance.now()));
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });

  // First view: the article and everything it loads by itself, its enhancements included.
  await page.goto(`${origin}${article}`);
  await page.keyboard.press('Shift'); // the first interaction loads the page's enhancements (theme-init.js)
  await page.locator('site-search a[role="button"]').waitFor({ state: 'attached' });
  await networkQuiet(page);

  // The reader reaches for search: the dialog's code and Pagefind's engine load.
  phase.current = 'open';
  await page.keyboard.press('Control+k');
  await page.locator('.search-dialog[open] input').waitFor();
  await networkQuiet(page);

  phase.current = 'query';
  await page.evaluate((q) => Object.assign(window.bench, { query: q, queryStart: performance.now() }), query);
  if (mode === 'typed') await page.keyboard.type(query, { delay: 100 });
  else await page.keyboard.insertText(query);
  await page.waitForFunction(() => window.bench.firstResult > 0, null, { timeout: 10_000 });
  await networkQuiet(page);
  const latency = await page.evaluate(() => window.bench.firstResult - window.bench.lastKey);
  // The query's requests split at the first visible result: those asked for before it, which the session counts
  // (the issue: "through the first result"), and those after it (results below the first, filled in at a pause).
  const firstResultAt = await page.evaluate(() => performance.timeOrigin + window.bench.firstResult);

  // Arrival: the reader picks the best section; the highlight script loads on that page only.
  phase.current = 'arrival';
  await page.locator('.search-section-link').first().click();
  await page.locator('mark.pagefind-highlight').first().waitFor({ state: 'attached', timeout: 10_000 });
  await networkQuiet(page);

  await context.close();
  const during = (name) => traffic.filter((r) => r.phase === name);
  return {
    query,
    latency,
    // The first view counts its JavaScript, as the issue compares it with Starlight's (whose search UI is in it).
    firstView: during('firstView').filter((r) => r.type === 'script'),
    open: during('open'),
    query_: during('query'),
    queryToFirstResult: during('query').filter((r) => r.startTime < firstResultAt),
    queryAfterFirstResult: during('query').filter((r) => r.startTime >= firstResultAt),
    arrival: during('arrival').filter((r) => r.pathname.startsWith('/pagefind/')),
  };
}

const server = spawn(
  process.execPath,
  [new URL('../tools/serve.mjs', import.meta.url).pathname, 'dist', String(port)],
  {
    cwd: root,
    stdio: 'ignore',
  },
);
try {
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(origin).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await sleep(100);
  }
  const executablePath = systemChromium();
  const browser = await chromium.launch({ args: quietFlags, ...(executablePath ? { executablePath } : {}) });
  await oneRun(browser, 'warm up'); // the first browser run pays one-off costs (disk cache, JIT)
  const typed = [];
  const pasted = [];
  for (let i = 0; i < runs; i++) {
    typed.push(await oneRun(browser, queries[i % queries.length], 'typed'));
    pasted.push(await oneRun(browser, queries[i % queries.length], 'pasted'));
  }
  await browser.close();

  const sum = (rows) => rows.reduce((total, row) => total + row.bytes, 0);
  const gz = (rows) => rows.reduce((total, row) => total + gzippedSize(row.pathname), 0);
  const session = (r) => sum(r.firstView) + sum(r.open) + sum(r.queryToFirstResult);
  const files = (results, key) => [
    ...new Set(results.flatMap((r) => r[key].map((row) => row.pathname.replace(/_[0-9a-f]{7,}\./, '_*.')))),
  ];
  const phase = (results, key) => ({
    medianBytes: median(results.map((r) => sum(r[key]))),
    medianHeaderBytes: median(results.map((r) => r[key].reduce((total, row) => total + row.headerBytes, 0))),
    medianBytesGzipHost: median(results.map((r) => gz(r[key]))),
    files: files(results, key),
  });
  const latency = (results) => ({
    median: Math.round(median(results.map((r) => r.latency))),
    samples: results.map((r) => Math.round(r.latency)),
  });
  const sessions = (results) => ({
    medianBytes: median(results.map(session)),
    maxBytes: Math.max(...results.map(session)),
    byQuery: results.map((r) => ({
      query: r.query,
      firstViewBytes: sum(r.firstView),
      openBytes: sum(r.open),
      queryBytes: sum(r.queryToFirstResult),
      totalBytes: session(r),
      thenFilledInBytes: sum(r.queryAfterFirstResult),
      latencyMs: Math.round(r.latency),
    })),
  });
  const report = {
    date: new Date().toISOString(),
    runs,
    page: article,
    queries: typed.map((r) => r.query),
    server:
      'tests/tools/serve.mjs (compresses like a CDN): medianBytes are response bodies as sent, medianHeaderBytes their HTTP/1.1 headers, medianBytesGzipHost what a gzip host sends',
    latencyMs: { typed: latency(typed), pasted: latency(pasted) },
    session: { typed: sessions(typed), pasted: sessions(pasted) },
    bytes: {
      firstViewScripts: phase(typed, 'firstView'),
      openingSearch: phase(typed, 'open'),
      firstQueryTyped: phase(typed, 'query_'),
      firstQueryPasted: phase(pasted, 'query_'),
      arrivalHighlight: phase(typed, 'arrival'),
    },
    budget,
  };
  // The budgets are the issue's, for a typed query: from its last keystroke, and the whole session through its
  // first result. A pasted query has no keystroke and fetches less along the way; it is reported for comparison.
  report.withinBudget =
    report.latencyMs.typed.median <= budget.latencyMs && report.session.typed.maxBytes <= budget.sessionKiB * 1024;

  mkdirSync(new URL('bench/reports/', root), { recursive: true });
  writeFileSync(new URL('bench/reports/search.json', root), `${JSON.stringify(report, null, 2)}\n`);

  const ms = (label, { median: m, samples }) =>
    console.log(`${label.padEnd(52)} ${String(m).padStart(7)} ms    (runs: ${samples.join(', ')})`);
  const size = (label, { medianBytes, medianHeaderBytes, medianBytesGzipHost }) =>
    console.log(
      `${label.padEnd(52)} ${String(kib(medianBytes)).padStart(7)} KiB   (${kib(medianBytesGzipHost)} KiB from a ` +
        `gzip host; headers ${kib(medianHeaderBytes)} KiB more over HTTP/1.1)`,
    );
  console.log(`search on ${article}, median of ${runs} runs, each in a fresh browser context`);
  ms('last keystroke to first visible result, typed', report.latencyMs.typed);
  ms('whole query pasted to first visible result', report.latencyMs.pasted);
  console.log('\nsession, typed query (KiB on the wire; the session ends at the first result):');
  console.table(
    report.session.typed.byQuery.map((r) => ({
      query: r.query,
      'first view': kib(r.firstViewBytes),
      open: kib(r.openBytes),
      'query, to first result': kib(r.queryBytes),
      total: kib(r.totalBytes),
      'then, at a pause': kib(r.thenFilledInBytes),
      'latency (ms)': r.latencyMs,
    })),
  );
  size('first view of the article (its JavaScript)', report.bytes.firstViewScripts);
  size('opening search (UI and engine)', report.bytes.openingSearch);
  size('the query, typed, until the network is quiet', report.bytes.firstQueryTyped);
  size('the query, pasted, until the network is quiet', report.bytes.firstQueryPasted);
  size('arriving at a result (highlight script)', report.bytes.arrivalHighlight);
  console.log(
    `${'session to the first result, typed: median (largest)'.padEnd(52)} ` +
      `${String(kib(report.session.typed.medianBytes)).padStart(7)} KiB   (${kib(report.session.typed.maxBytes)} KiB)`,
  );
  console.log(
    `budget: typed first result <= ${budget.latencyMs} ms, session <= ${budget.sessionKiB} KiB for every query (latency: median): ${report.withinBudget ? 'met' : 'MISSED'}`,
  );
  console.log('report: bench/reports/search.json');
  process.exitCode = report.withinBudget ? 0 : 1;
} finally {
  server.kill();
}
