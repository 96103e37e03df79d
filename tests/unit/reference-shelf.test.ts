import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupByLetter, letterId, termLetter } from '../../src/lib/glossary';
import {
  buildVersion,
  isOptionalSearchUi,
  precacheUrl,
  renderServiceWorker,
  withinBudget,
} from '../../src/lib/precache';
import { printTarget, printedAnchors, scopeArticleHtml } from '../../src/lib/print';
import { shareImagePalette, themeColor } from '../../src/lib/palette';
import { iconSvg } from '../../src/lib/web-app';

describe('glossary grouping', () => {
  it('files terms under their first letter, upper-cased, and symbols under #', () => {
    expect(termLetter('pandas')).toBe('P');
    expect(termLetter('A/B test')).toBe('A');
    expect(termLetter('4-bit quantization')).toBe('#');
    expect(letterId('Q')).toBe('letter-q');
  });

  it('sorts case-insensitively and puts # before A', () => {
    const groups = groupByLetter([{ term: 'PyTorch' }, { term: 'pandas' }, { term: 'Python' }, { term: '8-bit' }]);
    expect(groups).toEqual([
      { letter: '#', terms: [{ term: '8-bit' }] },
      { letter: 'P', terms: [{ term: 'pandas' }, { term: 'Python' }, { term: 'PyTorch' }] },
    ]);
  });
});

describe('print edition', () => {
  const printed = printedAnchors([
    { id: 'skills', headingIds: ['python', 'sql'], aliases: { 'old-python': 'python' } },
    { id: 'advice', headingIds: ['week-1'], aliases: {} },
  ]);

  it('points guide links at the printed section, its alias target, or the article', () => {
    expect(printTarget('/guide/skills/#sql', printed)).toBe('#skills--sql');
    expect(printTarget('/guide/skills/#old-python', printed)).toBe('#skills--python');
    expect(printTarget('/guide/advice/', printed)).toBe('#advice');
    expect(printTarget('/guide/skills/#no-such-section', printed)).toBeUndefined();
    expect(printTarget('/glossary/#rag', printed)).toBeUndefined();
  });

  it('prefixes ids and the references to them, and leaves other references alone', () => {
    const html =
      '<h3 id="python">Python <a class="heading-anchor" href="#python">#</a></h3>' +
      '<a href="#elsewhere" aria-describedby="tip-1 outside">x</a><span id="tip-1" popover="manual">t</span>';
    expect(scopeArticleHtml(html, 'skills', printed, { origin: 'https://example.org', base: '/' })).toBe(
      '<h3 id="skills--python">Python <a class="heading-anchor" href="#skills--python">#</a></h3>' +
        '<a href="#elsewhere" aria-describedby="skills--tip-1 outside">x</a><span id="skills--tip-1" popover="manual">t</span>',
    );
  });

  it('keeps links to other pages and gives them their full URL for the printed copy', () => {
    const html = '<a href="/guide/advice/#week-1">a</a> <a href="/about/">b</a> <a href="https://pytorch.org/">c</a>';
    expect(scopeArticleHtml(html, 'skills', printed, { origin: 'https://example.org', base: '/' })).toBe(
      '<a href="#advice--week-1">a</a> <a href="/about/" data-print-url="https://example.org/about/">b</a> ' +
        '<a href="https://pytorch.org/">c</a>',
    );
  });
});

describe('offline precache', () => {
  it('precaches pages, styles, scripts, fonts, icons and the search index, and nothing else', () => {
    expect(precacheUrl('index.html')).toBe('/');
    expect(precacheUrl('guide/skills/index.html')).toBe('/guide/skills/');
    expect(precacheUrl('_astro/Base.abc123.css')).toBe('/_astro/Base.abc123.css');
    expect(precacheUrl('fonts/inter.woff2')).toBe('/fonts/inter.woff2');
    expect(precacheUrl('pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
    expect(precacheUrl('pagefind/index/en_1a2b.pf_index')).toBe('/pagefind/index/en_1a2b.pf_index');
    expect(precacheUrl('icons/icon-192.png')).toBe('/icons/icon-192.png');
    expect(precacheUrl('manifest.webmanifest')).toBe('/manifest.webmanifest');
    for (const file of ['404.html', 'sw.js', 'rss.xml', 'sitemap-0.xml', '_headers', 'og/skills.png']) {
      expect(precacheUrl(file)).toBeUndefined();
    }
  });

  it("treats Pagefind's ready-made interfaces as optional, and its index and engine as essential", () => {
    expect(isOptionalSearchUi('/pagefind/pagefind-ui.js')).toBe(true);
    expect(isOptionalSearchUi('/pagefind/pagefind-component-ui.css')).toBe(true);
    expect(isOptionalSearchUi('/pagefind/pagefind.js')).toBe(false);
    expect(isOptionalSearchUi('/pagefind/pagefind-worker.js')).toBe(false);
    expect(isOptionalSearchUi('/pagefind/wasm.en.pagefind')).toBe(false);
  });

  it('versions the build by content, whatever order the files come in', () => {
    const a = [
      { url: '/', content: 'home' },
      { url: '/guide/', content: 'contents' },
    ];
    expect(buildVersion(a)).toMatch(/^[0-9a-f]{12}$/);
    expect(buildVersion([...a].reverse())).toBe(buildVersion(a));
    expect(buildVersion([a[0]!, { url: '/guide/', content: 'changed' }])).not.toBe(buildVersion(a));
  });

  it('fills the worker template and refuses one without its markers', () => {
    const template = "const VERSION = 'dev';\nconst PRECACHE = [];\n";
    expect(renderServiceWorker(template, 'abc', ['/'])).toBe('const VERSION = "abc";\nconst PRECACHE = [\n  "/"\n];\n');
    expect(() => renderServiceWorker('const PRECACHE = [];', 'abc', [])).toThrow(/VERSION/);
  });

  describe('within a byte budget', () => {
    const file = (url: string, bytes: number) => ({ url, bytes });
    const site = [
      file('/guide/b/', 30),
      file('/pagefind/index/en_1.pf_index', 40),
      file('/print/', 500),
      file('/_astro/Base.css', 10),
      file('/guide/a/', 30),
      file('/pagefind/pagefind.js', 20),
      file('/', 10),
      file('/guide/', 10),
      file('/glossary/', 20),
      file('/pagefind/fragment/en_1.pf_fragment', 5),
    ];
    const urls = (files: { url: string }[]) => files.map((f) => f.url);

    it('keeps every file when the whole site fits', () => {
      expect(withinBudget(site, ['/guide/a/', '/guide/b/'], 10_000)).toHaveLength(site.length);
    });

    it('keeps assets and the search engine first, then pages, articles in reading order, then the index', () => {
      expect(urls(withinBudget(site, ['/guide/a/', '/guide/b/'], 150))).toEqual([
        '/_astro/Base.css',
        '/pagefind/pagefind.js',
        '/',
        '/guide/',
        '/glossary/',
        '/guide/a/',
        '/guide/b/',
        '/pagefind/fragment/en_1.pf_fragment',
      ]);
    });

    it('skips what does not fit but keeps smaller files after it, and never drops the assets', () => {
      expect(urls(withinBudget(site, ['/guide/a/', '/guide/b/'], 75))).toEqual([
        '/_astro/Base.css',
        '/pagefind/pagefind.js',
        '/',
        '/guide/',
        '/glossary/',
        '/pagefind/fragment/en_1.pf_fragment',
      ]);
      expect(urls(withinBudget(site, [], 0))).toEqual(['/_astro/Base.css', '/pagefind/pagefind.js']);
    });
  });
});

describe('web app manifest', () => {
  it("reads each colour token's light and dark value from the @theme block, and nothing else", () => {
    const css =
      '@theme {\n  --color-bg: light-dark(#ffffff, #0f1318);\n  --color-accent: #0b57c5;\n}\n:root { --color-bg: #000; }';
    expect(themeColor(css, 'bg', 'light')).toBe('#ffffff');
    expect(themeColor(css, 'bg', 'dark')).toBe('#0f1318');
    expect(themeColor(css, 'accent', 'dark')).toBe('#0b57c5');
    expect(() => themeColor(css, 'nope', 'light')).toThrow(/--color-nope/);
  });

  it('draws share images in the dark theme of the real stylesheet', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    expect(shareImagePalette(css)).toMatchObject({ bg: '#0f1318', fg: '#e8ecf1', accent: '#8ab4ff' });
  });

  it('draws full-bleed maskable icons and rounded ones for "any"', () => {
    expect(iconSvg({ size: 512, purpose: 'maskable' }, '#00f', '#fff')).toContain('rx="0"');
    expect(iconSvg({ size: 192, purpose: 'any' }, '#00f', '#fff')).toContain('width="192"');
  });
});
