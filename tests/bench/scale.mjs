// How the build scales, against the peer: N synthetic articles (deterministic text with headings) go into a
// temporary copy of the project and into a copy of the Starlight baseline (tests/bench/peer.mjs). At each N both
// are built cold, then again with nothing changed, in turns, so both see the same load on a shared machine; the
// budgets are ratios to the peer's figures in the same run. Reports seconds, peak memory, dist and search index
// size and where each build's time went (phases.mjs), checks our growth is linear, and at the largest N runs
// Lighthouse on an article page.
// Usage: node tests/bench/scale.mjs [N ...]   (default 50 400 1600; SCALE_LIGHTHOUSE=0 skips Lighthouse)
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coldStart, copyProject, dirBytes, timedBuild, writeReport } from './lib.mjs';
import { preparePeer } from './peer.mjs';
import { buildPhases } from './phases.mjs';
import { syntheticArticle } from './synthetic.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length ? sizes : [50, 400, 1600];
const largest = Math.max(...counts);

/** Budgets as ratios of ours to the peer's, each from the N it applies at. */
const budgets = [
  { measure: 'cold build s', ours: 'cold', peer: 'cold', limit: 1.0, from: 0 },
  // Not a budget: the processor time the cold build used on all cores, the work behind the wall time.
  { measure: 'cold build, processor s', ours: 'coldCpu', peer: 'coldCpu' },
  { measure: 'unchanged rebuild s', ours: 'rebuild', peer: 'rebuild' },
  { measure: 'unchanged rebuild / peer cold', ours: 'rebuild', peer: 'cold', limit: 0.3, from: 1600 },
  { measure: 'peak RSS MiB', ours: 'peakMiB', peer: 'peakMiB', limit: 1.0, from: 1600 },
];

/** The comparison rows for the console: a missed budget is marked where it is read. */
const shown = (list) =>
  list.map(({ missed, ...c }) => ({ ...c, budget: c.budget && `${c.budget}${missed ? ' MISSED' : ''}` }));

const htmlPages = (dist) => readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

/** Cold build, then an unchanged rebuild, of each site in turn; seconds and the higher peak of the two. */
function buildBoth(sites) {
  for (const dir of Object.values(sites)) coldStart(dir);
  const cold = Object.fromEntries(Object.entries(sites).map(([name, dir]) => [name, timedBuild(dir)]));
  const rebuild = Object.fromEntries(Object.entries(sites).map(([name, dir]) => [name, timedBuild(dir)]));
  return Object.fromEntries(
    Object.keys(sites).map((name) => [
      name,
      {
        cold: cold[name].seconds,
        coldCpu: cold[name].cpuSeconds,
        rebuild: rebuild[name].seconds,
        peakMiB: Math.max(cold[name].peakMiB, rebuild[name].peakMiB),
        pages: htmlPages(join(sites[name], 'dist')),
        phases: {
          cold: buildPhases(cold[name].log, cold[name].seconds),
          rebuild: buildPhases(rebuild[name].log, rebuild[name].seconds),
        },
      },
    ]),
  );
}

/** One row per phase: where each second of our builds and of the peer's cold build went. */
function phaseTable({ ours, peer }) {
  const columns = {
    'ours cold': ours.phases.cold,
    'ours unchanged': ours.phases.rebuild,
    'peer cold': peer.phases.cold,
  };
  const names = [...new Set(Object.values(columns).flatMap((list) => list.map((p) => p.phase)))];
  return names.map((phase) => ({
    phase,
    ...Object.fromEntries(
      Object.entries(columns).map(([column, list]) => [column, list.find((p) => p.phase === phase)?.seconds ?? '']),
    ),
  }));
}

console.log('Installing the Starlight peer...');
const peer = preparePeer();
const rows = [];
const comparison = [];
let lighthouseRows = [];
for (const n of counts) {
  const files = Array.from({ length: n }, (_, k) => [
    `synthetic-${String(k + 1).padStart(4, '0')}.mdx`,
    syntheticArticle(k + 1),
  ]);
  const dir = copyProject(`guide-scale-${n}-`);
  for (const [name, text] of files) writeFileSync(join(dir, 'content/articles', name), text);
  peer.setArticles(files);
  const result = buildBoth({ ours: dir, peer: peer.dir });
  if (result.peer.pages < n) throw new Error(`the peer built ${result.peer.pages} pages for ${n} articles`);

  rows.push({
    articles: n,
    pages: result.ours.pages,
    'peer pages': result.peer.pages,
    'dist MiB': Number((dirBytes(join(dir, 'dist')) / 2 ** 20).toFixed(1)),
    'search index MiB': Number((dirBytes(join(dir, 'dist/pagefind')) / 2 ** 20).toFixed(1)),
    'ms per article (cold)': Math.round((result.ours.cold * 1000) / n),
    ours: result.ours,
    peer: result.peer,
    phases: phaseTable(result),
  });
  for (const b of budgets) {
    const ours = result.ours[b.ours];
    const theirs = result.peer[b.peer];
    const ratio = Number((ours / theirs).toFixed(2));
    const gated = b.limit !== undefined && n >= b.from;
    comparison.push({
      articles: n,
      measure: b.measure,
      ours,
      peer: theirs,
      ratio,
      budget: gated ? `≤ ${b.limit.toFixed(1)}` : '',
      missed: gated && ratio > b.limit,
    });
  }
  console.table(shown(comparison.filter((c) => c.articles === n)));
  console.log(`Where the time went at ${n} articles (seconds, from the build logs):`);
  console.table(phaseTable(result));

  if (n === largest && process.env.SCALE_LIGHTHOUSE !== '0') {
    const { audit } = await import('./lighthouse.mjs');
    const target = `/guide/synthetic-${String(n).padStart(4, '0')}/`;
    lighthouseRows = await audit(join(dir, 'dist'), [
      { type: `synthetic article at N=${n}`, path: target },
      { type: `longest real article at N=${n}`, path: '/guide/skills/' },
    ]);
  }
  rmSync(dir, { recursive: true, force: true });
}
peer.remove();

console.log('\nBuild scale, ours against the Starlight peer (seconds, MiB; ratio = ours / peer):\n');
console.table(shown(comparison));
console.table(rows.map(({ ours, peer: _, phases, ...r }) => r));
if (lighthouseRows.length) console.table(lighthouseRows.map(({ failedAudits, ...r }) => r));

const failures = comparison
  .filter((c) => c.missed)
  .map(
    (c) =>
      `${c.measure} at ${c.articles} articles: ${c.ours} against the peer's ${c.peer}, ${c.ratio}x (budget ${c.budget}x)`,
  );
// Linear growth: the cost per article at the largest N may not exceed 1.5x the cost at the middle N.
const [mid, big] = rows.slice(-2);
if (mid && big && big['ms per article (cold)'] > 1.5 * mid['ms per article (cold)']) {
  failures.push(
    `build time grows faster than linearly: ${mid['ms per article (cold)']} -> ${big['ms per article (cold)']} ms per article`,
  );
}
for (const r of lighthouseRows) if (r.performance < 100) failures.push(`${r.path}: performance ${r.performance}`);
console.log(`report: ${writeReport('scale', { rows, comparison, lighthouse: lighthouseRows, failures })}`);
if (failures.length) {
  console.error(`\nBudget missed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
