import { describe, expect, it } from 'vitest';
import { parseBuiltPage } from '../../src/lib/built-page';
import { readingOrder } from '../../src/integrations/built-site';
import { linkProblems } from '../../src/lib/link-check';

/** A built page at `path` (/guide/a/) with `html` as its body. */
const page = (path: string, html: string) => parseBuiltPage(`${path.slice(1)}index.html`, `<body>${html}</body>`);
const site = [
  page('/guide/a/', '<h2 id="pay">Pay</h2><a href="/guide/b/#rounds">the interview rounds</a>'),
  page('/guide/b/', '<h2 id="rounds">Rounds</h2><a href="/guide/a/">the job market</a><a href="/rss.xml">RSS feed</a>'),
];

describe('the build-time link check', () => {
  it('accepts links to built pages, their anchors and built files', () => {
    expect(linkProblems(site, (p) => p === '/rss.xml')).toEqual([]);
  });

  it('reports a link to a page that was not built', () => {
    const broken = [...site, page('/about/', '<a href="/guide/gone/">an old article</a>')];
    expect(linkProblems(broken, () => false)).toContain('/about/: link to /guide/gone/, which was not built');
  });

  it('reports an anchor that is not an id on its target page', () => {
    const broken = [...site, page('/about/', '<a href="/guide/a/#salary">pay</a>')];
    expect(linkProblems(broken, () => true)).toEqual(['/about/: link to /guide/a/#salary, which has no such id']);
  });

  it('reports vague link text, with or without markup and punctuation', () => {
    const vague = [page('/x/', '<a href="https://example.com/">Click <em>here</em>.</a><a href="/x/">Read more</a>')];
    expect(linkProblems(vague, () => true)).toEqual([
      '/x/: vague link text "Click here." (https://example.com/)',
      '/x/: vague link text "Read more" (/x/)',
    ]);
  });

  it('ignores text fragments and links inside inert templates', () => {
    const p = page('/x/', '<a href="/x/#:~:text=hello">a quote</a><template><a href="/nowhere/">x</a></template>');
    expect(linkProblems([p], () => false)).toEqual([]);
  });
});

describe('share images in the link check', () => {
  it('reports a page whose og:image was not drawn', () => {
    const head = '<head><meta property="og:image" content="https://guide.example/og/x.png"></head>';
    const p = parseBuiltPage('x/index.html', `<html>${head}<body></body></html>`);
    expect(linkProblems([p], () => false)).toEqual(['/x/: share image https://guide.example/og/x.png was not drawn']);
    expect(linkProblems([p], (path) => path === '/og/x.png')).toEqual([]);
  });
});

describe('a site served under a base path', () => {
  const based = [
    page('/guide/a/', '<h2 id="pay">Pay</h2><a href="/repo/guide/b/#rounds">the rounds</a>'),
    page('/guide/b/', '<h2 id="rounds">Rounds</h2><a href="/guide/a/">the job market, without the base</a>'),
  ];

  it('resolves links under the base and reports a link that leaves it', () => {
    expect(linkProblems(based, () => false, '/repo/')).toEqual([
      "/guide/b/: link to /guide/a/, outside the site's base path /repo/",
    ]);
  });

  it('follows reading order through rel="next" links under the base', () => {
    const pages = [
      page('/guide/b/', '<a rel="next" href="/repo/guide/c/">c</a>'),
      page('/guide/a/', '<a rel="next" href="/repo/guide/b/">b</a>'),
      page('/guide/c/', ''),
    ];
    expect(readingOrder({ pages, base: '/repo/' })).toEqual(['/guide/a/', '/guide/b/', '/guide/c/']);
  });
});
