import { describe, expect, it } from 'vitest';
import { shareUrl } from '../../src/lib/share-url';

const canonical = 'https://guide.example/guide/skills/';

describe('the URL a reader copies', () => {
  it('is the canonical URL plus the section when the page is served from its canonical origin', () => {
    expect(shareUrl({ canonical, href: 'https://guide.example/guide/skills/' }, 'rag-systems')).toBe(
      'https://guide.example/guide/skills/#rag-systems',
    );
  });

  it('keeps the origin the reader is on, so preview and local links open where they were copied', () => {
    expect(shareUrl({ canonical, href: 'http://localhost:4321/guide/skills/' }, '#rag-systems')).toBe(
      'http://localhost:4321/guide/skills/#rag-systems',
    );
    expect(shareUrl({ canonical, href: 'https://pr-12.guide.example/guide/skills/' })).toBe(
      'https://pr-12.guide.example/guide/skills/',
    );
  });

  it('takes the canonical path, dropping index.html, queries and the old fragment', () => {
    expect(
      shareUrl({ canonical, href: 'https://guide.example/guide/skills/index.html?utm_source=x#python' }, 'sql'),
    ).toBe('https://guide.example/guide/skills/#sql');
  });

  it('falls back to the canonical origin for a page saved to disk, and to the address without a canonical', () => {
    expect(shareUrl({ canonical, href: 'file:///home/me/skills.html' }, 'sql')).toBe(
      'https://guide.example/guide/skills/#sql',
    );
    expect(shareUrl({ href: 'https://guide.example/404.html#x' }, 'y')).toBe('https://guide.example/404.html#y');
  });

  it('carries a text directive as it is', () => {
    expect(shareUrl({ canonical, href: canonical }, 'sql:~:text=window%20functions')).toBe(
      'https://guide.example/guide/skills/#sql:~:text=window%20functions',
    );
  });
});
