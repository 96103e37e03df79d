import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBuiltPage } from '../../src/lib/built-page';
import { builtManifest, missingFrom, parseRedirects, publishedManifest, unlisted } from '../tools/manifest';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/manifest/${name}`, import.meta.url));
const site = await builtManifest(fixture('site'));

describe('reading a built site', () => {
  it('takes heading ids and alias markers inside <main>, nothing else', () => {
    expect(site.manifest.pages['/guide/skills/']).toEqual(['must-have-skills', 'must-haves', 'python']);
    expect(parseBuiltPage('x/index.html', '<main><h2 id="a">A</h2><div id="b"></div></main>').anchors).toEqual(['a']);
  });

  it('treats HTML redirect pages and _redirects rules as redirects, not pages', () => {
    expect(site.manifest.pages['/guide/old-name/']).toBeUndefined();
    expect(site.redirects).toEqual({ '/guide/old-name/': '/guide/skills/', '/guide/older-name/': '/guide/skills/' });
    const forward = '<html><head><meta http-equiv="refresh" content="0; url=/new/"></head></html>';
    expect(parseBuiltPage('old/index.html', forward).refresh).toBe('/new/');
    expect(parseRedirects('# moved\n/a/ /b/ 301\n/api/* /x 200\n/c/ /d/\n')).toEqual({ '/a/': '/b/', '/c/': '/d/' });
  });

  it('lists public files with fixed URLs', () => {
    expect(site.manifest.files).toEqual(['/robots.txt']);
  });
});

describe('the published-links check', () => {
  it('passes when every URL and anchor is still served, through aliases and redirects', () => {
    expect(missingFrom(publishedManifest(fixture('published.json')), site.manifest, site.redirects)).toEqual([]);
  });

  it('fails when a build drops an anchor the manifest lists', () => {
    const published = publishedManifest(fixture('published-extra-anchor.json'));
    expect(missingFrom(published, site.manifest, site.redirects)).toEqual([
      '/guide/skills/#rust-or-c is gone: keep it as a heading alias (aliases: in the frontmatter)',
    ]);
  });

  it('fails when a page or a file disappears, or a moved page loses an anchor', () => {
    const published = {
      pages: { '/guide/interviews/': [], '/guide/old-name/': ['sql'] },
      files: ['/rss.xml'],
    };
    expect(missingFrom(published, site.manifest, site.redirects)).toEqual([
      '/guide/interviews/ is gone: restore the page or add a redirect in src/site.config.ts',
      '/guide/old-name/#sql (redirected to /guide/skills/) is gone: keep it as a heading alias (aliases: in the frontmatter)',
      '/rss.xml is gone',
    ]);
  });

  it('names what the build adds that the manifest does not list yet', () => {
    const published = { pages: { '/guide/skills/': ['python'] }, files: [] };
    expect(unlisted(published, site.manifest)).toEqual([
      '/guide/skills/#must-have-skills',
      '/guide/skills/#must-haves',
      '/robots.txt',
    ]);
  });
});
