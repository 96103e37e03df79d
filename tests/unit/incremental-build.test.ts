import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../bench/lib.mjs';

// Real builds of a copy of the project: a rebuild reuses unchanged article pages (Astro's incremental build),
// and must never serve a stale one when something the page shows has changed.
const dir: string = copyProject('guide-incremental-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build() {
  const run = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  // Astro colours its log where it detects CI (CI=true), so the codes are dropped before reading it.
  const output = stripVTControlCharacters(run.stdout + run.stderr);
  if (run.status !== 0) throw new Error(`build failed:\n${output.slice(-3000)}`);
  const reused = [...output.matchAll(/(\/guide\/[^/]+\/)index\.html \((?:restored|cached)\)/g)].map((m) => m[1]);
  const printReused = /\/print\/index\.html \((?:restored|cached)\)/.test(output);
  return { reused, printReused };
}

function edit(file: string, change: (text: string) => string) {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** How many article pages the guide has: every one is reused when nothing changed. */
const articleCount = readdirSync('content/articles').filter((f) => f.endsWith('.mdx')).length;

const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');

describe('a rebuild', { timeout: 180_000 }, () => {
  beforeAll(() => {
    build();
  }, 180_000);

  it('reuses every article page and the print edition when nothing changed', () => {
    const { reused, printReused } = build();
    expect(reused).toHaveLength(articleCount);
    expect(printReused).toBe(true);
  });

  it('renders again only the article whose text changed, and shows the new text', () => {
    edit('content/articles/advice.mdx', (t) => `${t}\n\nA sentence added for the incremental build test.\n`);
    const { reused, printReused } = build();
    expect(reused).not.toContain('/guide/advice/');
    expect(reused).toHaveLength(articleCount - 1);
    expect(page('guide/advice')).toContain('A sentence added for the incremental build test.');
    // The print edition holds every article, so it is rendered again too.
    expect(printReused).toBe(false);
    expect(page('print')).toContain('A sentence added for the incremental build test.');
  });

  it("renders again the pages that show another article's title (previous/next, related)", () => {
    edit('content/articles/job-market.mdx', (t) =>
      t.replace(/^title: ".*"$/m, 'title: "A renamed job market article"'),
    );
    const { reused } = build();
    expect(reused).not.toContain('/guide/the-role/');
    expect(page('guide/the-role')).toContain('A renamed job market article');
  });

  it('serves a changed glossary definition to the popovers of every article', () => {
    edit('content/data/glossary.yaml', (t) =>
      t.replace(/(- id: rag\n\s+term: .*\n\s+short: ).*/, "$1'A changed short definition of RAG.'"),
    );
    build();
    const definitions = JSON.parse(readFileSync(join(dir, 'dist/glossary/terms.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(definitions['rag']).toBe('A changed short definition of RAG.');
  });

  it('renders every article again when the page template changes', () => {
    edit('src/components/Takeaways.astro', (t) => t.replace('Key takeaways', 'The key takeaways'));
    expect(build().reused).toEqual([]);
    expect(page('guide/skills')).toContain('The key takeaways');
  });
});
