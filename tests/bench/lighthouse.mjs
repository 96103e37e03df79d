// Lighthouse (mobile defaults: simulated slow 4G and a mid-range phone) on every page type of dist/,
// driving the system Chromium. Budget: 100 in all four categories. Usage:
//   node tests/bench/lighthouse.mjs [dist-dir] [path ...]   (paths default to one of each page type)
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { quietFlags, systemChromium } from '../tools/chromium.mjs';
import { pageTypes, serve, writeReport } from './lib.mjs';

const port = Number(process.env.BENCH_PORT ?? 4341);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The system Chromium, else the one Playwright installed (npm test installs it when the system has none). */
function chromePath() {
  const path = systemChromium() ?? chromium.executablePath();
  if (!existsSync(path))
    throw new Error('Lighthouse needs Chromium: `apt-get install chromium`, set CHROMIUM_PATH, or run `npm test` once');
  return path;
}

/** Runs Lighthouse on each target; returns one row of scores and metrics per page. */
export async function audit(dir, list) {
  const path = chromePath();
  const server = await serve(dir, port);
  const chrome = await chromeLauncher.launch({
    chromePath: path,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...quietFlags],
  });
  const rows = [];
  try {
    for (const { type, path } of list) {
      const result = await lighthouse(server.url + path, { port: chrome.port, logLevel: 'error', output: 'json' });
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.message}`);
      const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const failed = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id);
      rows.push({
        type,
        path,
        ...Object.fromEntries(categories.map((c) => [c, score(c)])),
        LCP: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        TBT: Math.round(lhr.audits['total-blocking-time'].numericValue),
        CLS: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
        failedAudits: failed,
      });
    }
  } finally {
    await chrome.kill();
    server.stop();
  }
  return rows;
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
  const [dist = 'dist', ...paths] = process.argv.slice(2);
  // A shared search link runs the search on arrival (Pagefind's engine, the index and the results in view), and is
  // held to the same budget as every page, with its layout shift under 0.01 (issue 14).
  const shared = { type: 'search, shared link', path: '/search/?q=interview', maxCLS: 0.01 };
  const targets = paths.length ? paths.map((path) => ({ type: 'page', path })) : [...pageTypes(dist), shared];
  const rows = await audit(dist, targets);
  console.log('\nLighthouse, mobile defaults (scores 0-100; LCP and TBT in ms):\n');
  console.table(rows.map(({ failedAudits, ...r }) => r));
  const maxCLS = new Map(targets.map((t) => [t.path, t.maxCLS]));
  const failures = rows.flatMap((r) => [
    ...categories
      .filter((c) => r[c] < 100)
      .map((c) => `${r.path}: ${c} ${r[c]} (${r.failedAudits.join(', ') || 'metrics'})`),
    ...(r.CLS >= (maxCLS.get(r.path) ?? Infinity) ? [`${r.path}: CLS ${r.CLS} (at most ${maxCLS.get(r.path)})`] : []),
  ]);
  console.log(`report: ${writeReport('lighthouse', { rows, failures })}`);
  if (failures.length) {
    console.error(`\nBudget missed:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\nEvery page scores 100 in all four categories.');
}
