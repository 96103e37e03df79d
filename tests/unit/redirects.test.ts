import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRedirects } from '../../src/integrations/redirects';
import { redirectPage, redirectProblems, redirectRules } from '../../src/lib/redirects';

const pages = new Set(['/', '/guide/', '/guide/skills/']);

describe('the redirects map', () => {
  it('accepts a moved page that points at a built page', () => {
    expect(redirectProblems({ '/guide/old-skills/': '/guide/skills/' }, pages)).toEqual([]);
  });

  it('rejects malformed paths, chains, shadowed pages and missing targets, naming each', () => {
    expect(
      redirectProblems(
        { 'guide/x': '/guide/skills/', '/guide/skills/': '/guide/', '/a/': '/b/', '/b/': '/guide/', '/c/': '/nope/' },
        pages,
      ),
    ).toEqual([
      'redirect "guide/x" -> "/guide/skills/": the old path must look like /guide/old-name/',
      'redirect "guide/x" -> "/guide/skills/": /guide/skills/ redirects again; point straight at /guide/',
      'redirect "/guide/skills/" -> "/guide/": a page still lives at /guide/skills/; remove the page or the redirect',
      'redirect "/a/" -> "/b/": /b/ redirects again; point straight at /guide/',
      'redirect "/c/" -> "/nope/": no page was built at /nope/',
    ]);
  });
});

describe('what the build writes', () => {
  it('a permanent _redirects rule per moved page', () => {
    expect(redirectRules({ '/guide/old/': '/guide/skills/' })).toBe('/guide/old/ /guide/skills/ 301\n');
  });

  it('an HTML page that forwards at once and names the new URL as canonical', () => {
    const html = redirectPage('/guide/skills/', 'https://guide.example');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<link rel="canonical" href="https://guide.example/guide/skills/">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/guide/skills/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('both, into a built site, after any rules public/ brought', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
    writeFileSync(join(dir, '_redirects'), '/from-public/ / 301\n');
    await writeRedirects(dir, { '/guide/old/': '/guide/skills/' }, pages, {
      origin: 'https://guide.example',
      base: '/',
    });
    expect(readFileSync(join(dir, '_redirects'), 'utf8')).toBe(
      '/from-public/ / 301\n# Moved pages (src/site.config.ts)\n/guide/old/ /guide/skills/ 301\n',
    );
    expect(readFileSync(join(dir, 'guide/old/index.html'), 'utf8')).toContain('url=/guide/skills/');
  });

  it('nothing for an empty map, and a readable error for a bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
    await writeRedirects(dir, {}, pages, { origin: 'https://guide.example', base: '/' });
    await expect(
      writeRedirects(dir, { '/x/': '/gone/' }, pages, { origin: 'https://guide.example', base: '/' }),
    ).rejects.toThrow('no page was built at /gone/');
  });
});
