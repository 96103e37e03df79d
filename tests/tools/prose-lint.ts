// The prose lint over the built articles: `npm run build && node tests/tools/prose-lint.ts`. Prints every passage
// two articles share word for word and every overused stock phrase (src/lib/prose-lint.ts has the rules), and
// exits 1 when there is any. Until the build runs it as a post-build check, writers run it by hand.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse, TEXT_NODE } from 'ultrahtml';
import { decodeEntities } from '../../src/lib/html.ts';
import { lintProse, type ProsePage } from '../../src/lib/prose-lint.ts';

interface HtmlNode {
  type: number;
  name?: string;
  value?: string;
  attributes?: Record<string, string>;
  children?: HtmlNode[];
}

/** Elements whose text a reader does not read as the article's prose. */
const skipped = new Set(['script', 'style', 'template', 'svg', 'noscript']);
/** Elements that end a run of text, so words on either side do not run together. */
const blocks = new Set(
  'p li h1 h2 h3 h4 h5 h6 td th tr dt dd div section figure figcaption blockquote pre table ul ol dl br caption'.split(
    ' ',
  ),
);

/**
 * The visible text of the page's `data-pagefind-body` element. Text the search index ignores (copy-link labels,
 * glossary popovers) is left out; text drawn from content/data (`data-generated`: salary tables, the ladder) is
 * left out as a line break, so the same table on two articles never counts as a passage they share.
 */
export function articleText(html: string): string | undefined {
  const body = find(parse(html) as HtmlNode);
  if (!body) return undefined;
  const parts: string[] = [];
  const visit = (node: HtmlNode) => {
    if (node.type === TEXT_NODE) parts.push(decodeEntities(node.value ?? ''));
    if (node.type !== ELEMENT_NODE) return;
    const attrs = node.attributes ?? {};
    if ('data-pagefind-ignore' in attrs) return;
    if (skipped.has(node.name ?? '') || 'data-generated' in attrs) {
      parts.push('\n');
      return;
    }
    const block = blocks.has(node.name ?? '');
    if (block) parts.push(' ');
    node.children?.forEach(visit);
    if (block) parts.push(' ');
  };
  body.children?.forEach(visit);
  return parts
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

function find(node: HtmlNode): HtmlNode | undefined {
  if (node.type === ELEMENT_NODE && node.attributes && 'data-pagefind-body' in node.attributes) return node;
  for (const child of node.children ?? []) {
    const found = find(child);
    if (found) return found;
  }
  return undefined;
}

/** Every built article in `dir`, as its path and body text. */
export function builtArticles(dir = 'dist'): ProsePage[] {
  const guide = join(dir, 'guide');
  if (!existsSync(guide)) throw new Error(`${guide} does not exist: run npm run build first`);
  return readdirSync(guide, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(guide, e.name, 'index.html')))
    .flatMap((e) => {
      const text = articleText(readFileSync(join(guide, e.name, 'index.html'), 'utf8'));
      return text === undefined ? [] : [{ path: `/guide/${e.name}/`, text }];
    });
}

if (import.meta.main) {
  const pages = builtArticles(process.argv[2] ?? 'dist');
  const problems = lintProse(pages);
  for (const p of problems) console.log(`- ${p.message}\n`);
  const shared = problems.filter((p) => p.rule === 'shared-passage').length;
  const stock = problems.filter((p) => p.rule === 'stock-phrase').length;
  console.log(
    `${pages.length} articles: ${shared} shared passage(s) of 10+ words, ${stock} stock phrase(s) on more than two articles.`,
  );
  process.exitCode = problems.length ? 1 : 0;
}
