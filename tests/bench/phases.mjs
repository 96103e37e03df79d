// Where one `astro build` spent its time, read from its log: Astro's own phase lines, the time of each page it
// generated (grouped by kind), and the laps the post-build step logs (src/integrations/post-build.ts). Works on the
// peer's log too, which has the Astro phases and no post-build step. The scale bench prints it for each build.

/** Astro writes a duration as "137ms" or "3.59s". */
const duration = (value, unit) => Number(value) / (unit === 'ms' ? 1000 : 1);
const time = String.raw`([\d.]+)(ms|s)\b`;

/** What a generated page is, by its path: articles are under /guide/ here and under /articles/ in the peer. */
function pageKind(path) {
  if (path.startsWith('/og/')) return 'share images (waiting for the drawing threads)';
  if (path.startsWith('/print/')) return 'the print page (every article again)';
  if (/^\/(guide|articles)\/[^/]+\/index\.html$/.test(path)) return 'article pages';
  return 'other pages';
}

/** A generated page's line: "├─ /guide/skills/index.html (+16ms)". */
const pageLine = new RegExp(String.raw`[├└]─ (\S+) \(\+${time}\)`);

/** The post-build step's laps, by what each line says it finished. */
const postBuildSteps = [
  [/pages read and checked/, 'read and check the built site (Pagefind indexes alongside)'],
  [/Markdown twins/, 'write the twins and llms files'],
  [/search index/, 'wait for the search index'],
  [/_headers/, 'write _headers'],
  [/^sw\.js/, 'write the service worker'],
];

/**
 * The phases of the build whose log is `log` and whose wall time was `wallSeconds`, in order, each
 * `{ phase, seconds }`; what no line accounts for (starting Node, loading the config, Astro between phases) is
 * the last row.
 */
export function buildPhases(log, wallSeconds) {
  const phases = [];
  const add = (phase, seconds) => phases.push({ phase, seconds: Number(seconds.toFixed(1)) });
  const lines = log.split('\n');

  // Astro's first phase ("Collecting build info") includes syncing the content and generating types.
  const info = new RegExp(String.raw`\[build\] ✓ Completed in ${time}`).exec(log);
  if (info) add('content sync, types, build info', duration(info[1], info[2]));
  const bundles = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${time}`, 'g'))];
  if (bundles.length)
    add(
      'bundling (Vite)',
      bundles.reduce((sum, m) => sum + duration(m[1], m[2]), 0),
    );

  // The rendering phase: its total, less what each kind of page took; the rest is loading and getStaticPaths.
  const rendered = new RegExp(String.raw`^\S+ ✓ Completed in ${time}`, 'm').exec(log);
  if (rendered) {
    const kinds = new Map();
    for (const line of lines) {
      const page = pageLine.exec(line);
      if (!page) continue;
      const kind = pageKind(page[1]);
      kinds.set(kind, (kinds.get(kind) ?? 0) + duration(page[2], page[3]));
    }
    const total = duration(rendered[1], rendered[2]);
    const pages = [...kinds.values()].reduce((a, b) => a + b, 0);
    for (const [kind, seconds] of kinds) add(`rendering: ${kind}`, seconds);
    add('rendering: loading modules, getStaticPaths, the rest', Math.max(0, total - pages));
  }

  for (const line of lines) {
    const lap = /\[post-build\] (.*) \(([\d.]+) s, memory/.exec(line);
    if (!lap || lap[1] === 'starting') continue;
    const step = postBuildSteps.find(([pattern]) => pattern.test(lap[1]));
    add(`post-build: ${step ? step[1] : lap[1]}`, Number(lap[2]));
  }

  const accounted = phases.reduce((sum, p) => sum + p.seconds, 0);
  add('the rest (starting Node, loading the config, between phases)', Math.max(0, wallSeconds - accounted));
  return phases;
}
