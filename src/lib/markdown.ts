/* Markdown twins: each article and data page is also published as Markdown (/guide/skills/ as /guide/skills.md), for
   the tools people read with. A twin is written from the built page's HTML by the unified ecosystem: rehype-parse
   reads it, rehype-remark (hast-util-to-mdast) turns it into a Markdown tree, remark-gfm adds tables,
   remark-stringify writes it. */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { defaultHandlers, type Handle } from 'hast-util-to-mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** Where a page's twin is served: /guide/skills/ -> /guide/skills.md, /skills/check/ -> /skills/check.md. */
export function twinPath(path: string): string {
  if (!path.endsWith('/') || path === '/') throw new Error(`${path} is not a directory page, so it has no twin`);
  return `${path.slice(0, -1)}.md`;
}

/** Every link and image in `tree` made absolute against `pageUrl`: a twin is read away from the site. */
function absoluteLinks(tree: HastRoot | Element, pageUrl: string) {
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    for (const name of ['href', 'src'] as const) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = new URL(value, pageUrl).href;
    }
    absoluteLinks(node, pageUrl);
  }
}

/** A <caption> becomes a paragraph above its table; rehype-remark would otherwise drop it with the table's chrome. */
const table: Handle = (state, node) => {
  const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
  const rest = { ...node, children: node.children.filter((c) => c !== caption) };
  const result = defaultHandlers.table(state, rest);
  if (!caption) return result;
  return [{ type: 'paragraph', children: state.all(caption) as never }, ...[result].flat()] as never;
};

/** <details>: its summary as a bold paragraph, then its content; a twin has nothing to open. */
const details: Handle = (state, node) =>
  node.children.flatMap((child: ElementContent) => {
    if (child.type === 'element' && child.tagName === 'summary') {
      return [{ type: 'paragraph', children: [{ type: 'strong', children: state.all(child) }] } as never];
    }
    return state.all({ type: 'element', tagName: 'div', properties: {}, children: [child] });
  });

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeRemark, { handlers: { table, details } })
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', listItemIndent: 'one' })
  .freeze();

/** The Markdown for an HTML fragment of the page at `pageUrl` (absolute), with every link absolute. */
export function htmlToMarkdown(fragment: string, pageUrl: string): string {
  const tree = processor.parse(fragment);
  absoluteLinks(tree, pageUrl);
  return processor.stringify(processor.runSync(tree));
}

/** Pages whose head and body disagree about a twin: a data-twin element needs a <link rel="alternate"
    type="text/markdown"> to the twin's path under `base`, and such a link needs the element. */
export function twinLinkProblems(
  pages: readonly { path: string; twin: boolean; markdownLink?: string | undefined }[],
  base: string,
): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const expected = page.twin ? `${base.replace(/\/$/, '')}${twinPath(page.path)}` : undefined;
    if (page.markdownLink === expected) continue;
    problems.push(
      expected
        ? `${page.path}: has a Markdown twin, so its head needs <link rel="alternate" type="text/markdown" href="${expected}">`
        : `${page.path}: names a Markdown twin (${page.markdownLink}) but has no element marked data-twin`,
    );
  }
  return problems;
}
