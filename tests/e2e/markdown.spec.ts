import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readingOrder } from '../../src/integrations/built-site';
import { parseBuiltPage } from '../../src/lib/built-page';
import { twinPath } from '../../src/lib/markdown';
import { sitemapPaths } from './support';

const dist = new URL('../../dist/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dist), 'utf8');
const site = 'https://ml-engineer-career-guide.pages.dev';
/** Every built page that has a Markdown twin, as the build's reader sees it. */
const twinned = sitemapPaths()
  .filter((path) => path.endsWith('/'))
  .map((path) => parseBuiltPage(`${path.slice(1)}index.html`, read(`.${path}index.html`)))
  .filter((page) => page.twin);
const parser = unified().use(remarkParse).use(remarkGfm);
const parse = (markdown: string) => parser.runSync(parser.parse(markdown)) as Root;
/** Letters and digits only: what two renderings of one text must share, whatever their spacing and punctuation. */
const letters = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
const nodes = (node: Nodes): Nodes[] => [node, ...('children' in node ? node.children.flatMap(nodes) : [])];

test('every article and data page has a Markdown twin', () => {
  const paths = twinned.map((p) => p.path);
  for (const path of ['/guide/skills/', '/guide/interviews/', '/salaries/', '/stages/', '/stages/senior/']) {
    expect(paths).toContain(path);
  }
  for (const path of ['/glossary/', '/skills/check/']) expect(paths).toContain(path);
  expect(paths.filter((p) => p.startsWith('/guide/') && p !== '/guide/')).toHaveLength(13);
});

for (const page of twinned) {
  const twin = twinPath(page.path);

  test(`${twin} says what ${page.path} says, word for word`, () => {
    const tree = parse(read(`.${twin}`));
    const said = letters(toString(tree));
    expect(said).toBe(letters(page.twinText));
    // The article body that search reads is all there, block by block, in order (salary tables and the ladder,
    // which search leaves out, sit between the blocks).
    let at = 0;
    for (const block of page.text.split('\n').map(letters).filter(Boolean)) {
      const found = said.indexOf(block, at);
      expect(found, `"${block.slice(0, 60)}…" missing or out of order`).toBeGreaterThanOrEqual(at);
      at = found + block.length;
    }
  });

  test(`${twin} is plain Markdown with absolute links, no HTML and no JSX`, () => {
    const all = nodes(parse(read(`.${twin}`)));
    expect(all.filter((n) => n.type === 'html').map((n) => ('value' in n ? n.value : ''))).toEqual([]);
    const links = all.flatMap((n) => (n.type === 'link' ? [n.url] : []));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^(https:\/\/|mailto:)/);
    expect(all.find((n) => n.type === 'heading' && n.depth === 1)).toBeDefined();
  });

  test(`${page.path} names its twin in a <link rel="alternate" type="text/markdown">`, () => {
    expect(page.markdownLink).toBe(twin);
  });
}

test('a twin is served as Markdown text from its stable address', async ({ request }) => {
  const response = await request.get('/guide/skills.md');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
  const text = await response.text();
  expect(text).toMatch(/^# ML engineer skills/);
  // Salaries come out as a table, glossary terms as text linked to the glossary.
  expect(read('./salaries.md')).toMatch(/\| Entry level +\| \$120,000–\$180,000 +\|/);
  expect(text).toContain(`](${site}/glossary/#`);
});

test.describe('llms.txt', () => {
  const index = read('./llms.txt');
  const tree = parse(index);
  const [first, second] = tree.children;

  test('opens with the site name as its one H1 and a one-paragraph summary in a blockquote', () => {
    expect(first).toMatchObject({ type: 'heading', depth: 1 });
    expect(toString(first)).toBe('ML Engineer Career Guide');
    expect(second?.type).toBe('blockquote');
    expect(tree.children.filter((n) => n.type === 'heading' && n.depth === 1)).toHaveLength(1);
  });

  test('lists the articles in reading order, each with its description and a link to its twin', () => {
    const sections = tree.children.filter((n) => n.type === 'heading').map((n) => toString(n));
    expect(sections).toEqual(['ML Engineer Career Guide', 'Guide', 'Reference', 'Optional']);
    const guide = tree.children[tree.children.findIndex((n) => toString(n) === 'Guide') + 1];
    expect(guide?.type).toBe('list');
    const items = guide && 'children' in guide ? guide.children : [];
    expect(items.map((item) => nodes(item).find((n) => n.type === 'link')?.url)).toEqual(
      readingOrder({ pages: twinned, base: '/' }).map((path) => `${site}${twinPath(path)}`),
    );
    for (const item of items) expect(toString(item)).toMatch(/: \S.{40,}/);
  });

  test('every file it lists is served', async ({ request }) => {
    const urls = nodes(tree).flatMap((n) => (n.type === 'link' ? [n.url] : []));
    for (const url of urls) {
      const response = await request.get(new URL(url).pathname);
      expect(response.status(), url).toBe(200);
    }
  });
});

test('llms-full.txt holds the whole guide: every article twin, in reading order, after the index', () => {
  const full = read('./llms-full.txt');
  expect(full.startsWith(read('./llms.txt').trimEnd())).toBe(true);
  let at = 0;
  for (const path of readingOrder({ pages: twinned, base: '/' })) {
    const found = full.indexOf(read(`.${twinPath(path)}`).trim());
    expect(found, path).toBeGreaterThan(at);
    at = found;
  }
  expect(full).toContain(read('./glossary.md').trim());
  expect(full).not.toContain(read('./stages/compare.md').trim());
});
