/* What the post-build checks need to know about one built HTML page, read in a single pass with htmlparser2
   (a real, streaming HTML parser: entities decoded, scripts and comments understood). Every check reads this
   record; none of them looks at the HTML again. */
// The .ts extension lets Node run the test tools that import this file without a bundler.
import { Parser } from 'htmlparser2';

/** One link on a page: where it goes, its visible text, and its rel (prev, next…) when it has one. */
export interface PageLink {
  href: string;
  text: string;
  rel?: string;
}

/** One built page, as the post-build checks see it. */
export interface BuiltPage {
  /** The URL path it is served at: /guide/skills/ for dist/guide/skills/index.html, /404.html for dist/404.html. */
  path: string;
  /** <meta> values in <head>, keyed by property or name (the first one wins). */
  meta: Map<string, string>;
  /** The Content-Security-Policy of its <meta http-equiv>, when it has one. */
  csp?: string;
  /** Where a forwarding page sends the reader (<meta http-equiv="refresh">), when it is one. */
  refresh?: string;
  /** Every id on the page, outside inert <template>s. */
  ids: Set<string>;
  /** The ids readers link to, sorted: headings and heading aliases (data-alias-of) inside <main>. */
  anchors: string[];
  /** Every <a href> outside <template>s. */
  links: PageLink[];
  /** Whether the page asks to be searched (an element with data-pagefind-body). */
  searchable: boolean;
  /** The visible text of the searchable part (the article body), blocks separated by newlines; '' elsewhere.
      Controls marked data-pagefind-ignore (heading links, glossary popovers) are left out, and so is text drawn
      from content/data (data-generated: salary tables, the ladder), which is the same wherever it appears. */
  text: string;
  /** The href of its <link rel="alternate" type="text/markdown">, when it names a Markdown twin. */
  markdownLink?: string;
  /** Whether the page has a Markdown twin: an element marked data-twin holds what the twin holds. */
  twin: boolean;
  /** The visible text of that element, blocks separated by newlines, generated text included and the parts a twin
      leaves out left out (see leftOutOfTwin); '' without one. What its Markdown twin must say, word for word. */
  twinText: string;
  /** The page's Markdown twin, when parseBuiltPage was given a way to write it. */
  markdown?: string;
}

/** How to turn the HTML of a page's data-twin element into its Markdown twin (see src/lib/markdown.ts). */
export type TwinWriter = (fragment: string, page: Pick<BuiltPage, 'path'>) => string;

/** The served path of a file under dist/: guide/skills/index.html -> /guide/skills/. */
function servedPath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

const words = (list: string) => new Set(list.split(' '));
const voidElements = words('area base br col embed hr img input link meta source track wbr');
/** Elements that end a run of text, so words on either side of them do not run together. */
const blockElements = words(
  'p li h1 h2 h3 h4 h5 h6 td th tr dt dd div section aside figure figcaption blockquote pre table ul ol dl br caption',
);
const headings = words('h1 h2 h3 h4 h5 h6');
const invisible = words('script style template noscript');

/**
 * Parts of a page its Markdown twin leaves out, and so does `twinText`: what is not content (controls, navigation the
 * layout marks data-twin-skip, what search ignores, hidden and popover text, drawings whose data a table or list
 * beside them gives) and what only shows with or without JavaScript, which is about the browser, not the page.
 */
export function leftOutOfTwin(name: string, attrs: Record<string, string>): boolean {
  if (invisible.has(name) || name === 'svg' || name === 'button' || name === 'input') return true;
  if (['data-twin-skip', 'data-pagefind-ignore', 'hidden', 'popover'].some((a) => a in attrs)) return true;
  const classes = (attrs['class'] ?? '').split(/\s+/);
  return classes.includes('js-only') || classes.includes('no-js-only');
}

/** Collapses runs of white space; keeps the newlines that separate blocks. */
const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/**
 * Strings read from pages, each kept once: the parser hands out slices of the whole document, and a kept slice would
 * keep that page's HTML in memory; and most links, ids and policies repeat from page to page (header, footer,
 * contents). Give every page of one site the same table.
 */
export function stringTable(): (text: string) => string {
  const kept = new Map<string, string>();
  return (text) => {
    let own = kept.get(text);
    if (own === undefined) kept.set((own = Buffer.from(text, 'utf8').toString('utf8')), own);
    return own;
  };
}

/** Reads one built page. `file` is its path under dist/ with "/" separators; `markdown`, when given, writes its
    Markdown twin. */
export function parseBuiltPage(file: string, html: string, own = stringTable(), markdown?: TwinWriter): BuiltPage {
  const page: BuiltPage = {
    path: servedPath(file),
    meta: new Map(),
    ids: new Set(),
    anchors: [],
    links: [],
    searchable: false,
    text: '',
    twin: false,
    twinText: '',
  };
  const anchors = new Set<string>();
  // Open elements, innermost last, with what each one started.
  const stack: {
    name: string;
    link?: PageLink & { parts: string[] };
    body?: boolean;
    ignored?: boolean;
    twin?: boolean;
    skipped?: number;
  }[] = [];
  // The data-twin element: where it starts and ends in `html`, and the spans inside it that its twin leaves out.
  let inTwin = 0;
  let twinStart = -1;
  let twinEnd = -1;
  let skipping = 0;
  const skips: [number, number][] = [];
  const twinText: string[] = [];
  let inHead = false;
  let inMain = 0;
  let inTemplate = 0;
  let inInvisible = 0;
  let inBody = 0;
  let ignored = 0;
  let link: (PageLink & { parts: string[] }) | undefined;
  const text: string[] = [];

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const entry: (typeof stack)[number] = { name };
        if (name === 'head') inHead = true;
        if (name === 'main') inMain++;
        if (name === 'template') inTemplate++;
        if (invisible.has(name)) inInvisible++;
        if (inTemplate === 0) {
          const id = attrs['id'] && own(attrs['id']);
          if (id) {
            page.ids.add(id);
            if (inMain && (headings.has(name) || 'data-alias-of' in attrs)) anchors.add(id);
          }
          if (name === 'a' && attrs['href'] !== undefined) {
            link = {
              href: own(attrs['href']),
              text: '',
              parts: [],
              ...(attrs['rel'] ? { rel: own(attrs['rel']) } : {}),
            };
            entry.link = link;
          }
          if ('data-pagefind-body' in attrs) {
            page.searchable = true;
            inBody++;
            entry.body = true;
          }
          if (inBody && ('data-pagefind-ignore' in attrs || 'data-generated' in attrs || name === 'svg')) {
            ignored++;
            entry.ignored = true;
          }
          if ('data-twin' in attrs && twinStart === -1) {
            page.twin = true;
            inTwin++;
            entry.twin = true;
            twinStart = parser.startIndex;
          } else if (inTwin && !skipping && leftOutOfTwin(name, attrs)) {
            if (voidElements.has(name)) skips.push([parser.startIndex, parser.endIndex + 1]);
            else {
              skipping++;
              entry.skipped = parser.startIndex;
            }
          }
        }
        const href = attrs['href'];
        if (inHead && name === 'link' && attrs['rel'] === 'alternate' && attrs['type'] === 'text/markdown' && href) {
          page.markdownLink ??= own(href);
        }
        if (inHead && name === 'meta') {
          const key = attrs['property'] ?? attrs['name'];
          if (key && attrs['content'] !== undefined && !page.meta.has(key))
            page.meta.set(own(key), own(attrs['content']));
          const equiv = attrs['http-equiv']?.toLowerCase();
          const content = attrs['content'];
          if (equiv === 'content-security-policy' && content) page.csp ??= own(content);
          const target = equiv === 'refresh' && /url\s*=\s*(\S+)/i.exec(content ?? '')?.[1];
          if (target) page.refresh ??= target;
        }
        if (inBody && blockElements.has(name)) text.push('\n');
        if (inTwin && blockElements.has(name)) twinText.push('\n');
        if (!voidElements.has(name)) stack.push(entry);
      },
      ontext(data) {
        if (inInvisible || inTemplate) return;
        link?.parts.push(data);
        if (inBody && !ignored) text.push(data);
        if (inTwin && !skipping) twinText.push(data);
      },
      onclosetag(name) {
        // Void elements were never pushed; htmlparser2 still reports their end.
        if (voidElements.has(name)) return;
        const entry = stack.pop();
        if (!entry) return;
        if (entry.name === 'head') inHead = false;
        if (entry.name === 'main') inMain--;
        if (entry.name === 'template') inTemplate--;
        if (invisible.has(entry.name)) inInvisible--;
        if (entry.ignored) ignored--;
        if (entry.body) inBody--;
        if (inBody && blockElements.has(entry.name)) text.push('\n');
        if (entry.skipped !== undefined) {
          skipping--;
          skips.push([entry.skipped, parser.endIndex + 1]);
        }
        if (inTwin && blockElements.has(entry.name)) twinText.push('\n');
        if (entry.twin) {
          inTwin--;
          twinEnd = parser.endIndex + 1;
        }
        if (entry.link) {
          const { parts, ...done } = entry.link;
          done.text = own(
            parts
              .join(' ')
              .replace(/\s+/g, ' ')
              .replace(/\s([.!…,])/g, '$1')
              .trim(),
          );
          page.links.push(done);
          link = [...stack].reverse().find((e) => e.link)?.link;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  page.anchors = [...anchors].sort();
  page.text = tidy(text.join(''));
  page.twinText = own(tidy(twinText.join('')));
  if (markdown && page.twin) {
    // The element's HTML as written, less the spans left out: cut by the parser's own positions, not searched for.
    let fragment = '';
    let at = twinStart;
    for (const [start, end] of skips) {
      fragment += html.slice(at, start);
      at = end;
    }
    page.markdown = own(markdown(fragment + html.slice(at, twinEnd), page));
  }
  return page;
}

/** The plain text of a small piece of rendered HTML, such as a heading's content: tags dropped, entities decoded. */
export function textOfHtml(html: string): string {
  const parts: string[] = [];
  new Parser({ ontext: (text) => parts.push(text) }, { decodeEntities: true }).end(html);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
