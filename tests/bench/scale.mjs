// How the build scales: N synthetic articles (deterministic text with headings) are added to a
// temporary copy of the project, which is built twice (cold, then with nothing changed). Reports build
// seconds, peak memory, dist size and search index size per N, checks growth is linear, and at the
// largest N runs Lighthouse on an article page. Usage: node tests/bench/scale.mjs [N ...] (default 50 400 1600)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, dirBytes, writeReport } from './lib.mjs';
import { syntheticArticle } from './synthetic.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length ? sizes : [50, 400, 1600];
/** Builds the project in `dir`, returning seconds and peak resident memory of the biggest process. */
function build(dir) {
  const hasTime = existsSync('/usr/bin/time');
  const cmd = hasTime ? '/usr/bin/time' : 'npm';
  const args = hasTime ? ['-v', 'npm', 'run', 'build', '--silent'] : ['run', 'build', '--silent'];
  const start = performance.now();
  const run = spawnSync(cmd, args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 2 ** 28,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) {
    const tail = `${run.stdout}\n${run.stderr}`.split('\n').slice(-40).join('\n');
    throw new Error(`build failed (exit ${run.status}, signal ${run.signal}) in ${dir}, kept for inspection:\n${tail}`);
  }
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
  return { seconds: Number(seconds.toFixed(1)), peakMiB: rss ? Math.round(Number(rss[1]) / 1024) : null };
}

const rows = [];
let lighthouseRows = [];
for (const n of counts) {
  const dir = copyProject(`guide-scale-${n}-`);
  for (let i = 1; i <= n; i++) {
    writeFileSync(join(dir, 'content/articles', `synthetic-${String(i).padStart(4, '0')}.mdx`), syntheticArticle(i));
  }
  const cold = build(dir);
  const warm = build(dir);
  const pages = Number(execFileSync('sh', ['-c', `find ${join(dir, 'dist')} -name '*.html' | wc -l`]).toString());
  rows.push({
    articles: n,
    pages,
    'cold build s': cold.seconds,
    'rebuild s': warm.seconds,
    'peak MiB': cold.peakMiB,
    'dist MiB': Number((dirBytes(join(dir, 'dist')) / 2 ** 20).toFixed(1)),
    'search index MiB': Number((dirBytes(join(dir, 'dist/pagefind')) / 2 ** 20).toFixed(1)),
    'ms per article (cold)': Math.round((cold.seconds * 1000) / n),
  });
  console.log(rows.at(-1));
  if (n === Math.max(...counts) && process.env.SCALE_LIGHTHOUSE !== '0') {
    const { audit } = await import('./lighthouse.mjs');
    const target = `/guide/synthetic-${String(n).padStart(4, '0')}/`;
    lighthouseRows = await audit(join(dir, 'dist'), [
      { type: `synthetic article at N=${n}`, path: target },
      { type: `longest real article at N=${n}`, path: '/guide/skills/' },
    ]);
  }
  rmSync(dir, { recursive: true, force: true });
}

console.log('\nBuild scale:\n');
console.table(rows);
if (lighthouseRows.length) console.table(lighthouseRows.map(({ failedAudits, ...r }) => r));

const failures = [];
// Linear growth: the cost per article at the largest N may not exceed 1.5x the cost at the middle N.
const [mid, big] = rows.slice(-2);
if (mid && big && big['ms per article (cold)'] > 1.5 * mid['ms per article (cold)']) {
  failures.push(
    `build time grows faster than linearly: ${mid['ms per article (cold)']} -> ${big['ms per article (cold)']} ms per article`,
  );
}
// The reference: Starlight builds 1,600 such articles on this machine in about 39 s; an unchanged rebuild beats it.
const reference = { articles: 1600, seconds: 39 };
for (const r of rows.filter((row) => row.articles >= reference.articles)) {
  if (r['rebuild s'] >= reference.seconds) {
    failures.push(
      `rebuild of ${r.articles} unchanged articles took ${r['rebuild s']} s (reference ${reference.seconds} s)`,
    );
  }
}
for (const r of lighthouseRows) if (r.performance < 100) failures.push(`${r.path}: performance ${r.performance}`);
console.log(`report: ${writeReport('scale', { rows, lighthouse: lighthouseRows, failures })}`);
if (failures.length) {
  console.error(`\nBudget missed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
