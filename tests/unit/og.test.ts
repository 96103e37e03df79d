import { describe, expect, it } from 'vitest';
import { decodeEntities, startTags } from '../../src/lib/html';
import { articleJsonLd } from '../../src/lib/json-ld';
import { metaOf, ogCardFromHtml, ogImagePath, sectionFromPath } from '../../src/lib/og';

const head = (metas: string) => `<!DOCTYPE html><html><head>${metas}</head><body><main></main></body></html>`;

describe('share image paths', () => {
  it('mirror the page path, with index for the home page', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/guide/skills/')).toBe('/og/guide/skills.png');
    expect(ogImagePath('/guide/')).toBe('/og/guide.png');
    expect(ogImagePath('/404/')).toBe('/og/404.png');
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
  });
});

describe('reading a built page', () => {
  it('parses start tags and decodes attribute values', () => {
    expect(startTags('<meta property="og:title" content="Q&amp;A: “RAG” &#39;x&#39;">')).toEqual([
      { name: 'meta', attrs: { property: 'og:title', content: "Q&A: “RAG” 'x'" } },
    ]);
    expect(decodeEntities('&lt;&#x41;&gt;&unknown;')).toBe('<A>&unknown;');
  });

  it('reads the og: tags of the head only', () => {
    const meta = metaOf(`${head('<meta property="og:title" content="A">')}<meta property="og:title" content="B">`);
    expect(meta.get('og:title')).toBe('A');
  });

  it('builds the card from title, topic, description and site, and the image path from og:image', () => {
    const html = head(
      '<meta property="og:site_name" content="Guide"><meta property="og:title" content="ML Engineer Skills">' +
        '<meta property="og:description" content="What to learn."><meta property="article:section" content="Skills">' +
        '<meta property="og:image" content="https://guide.example/og/guide/skills.png">',
    );
    expect(ogCardFromHtml(html, '/guide/skills/')).toEqual({
      image: '/og/guide/skills.png',
      card: {
        title: 'ML Engineer Skills',
        section: 'Skills',
        description: 'What to learn.',
        site: 'Guide',
        host: 'guide.example',
      },
    });
  });

  it('names the part of the site for pages without a topic, unless the title already says it', () => {
    expect(sectionFromPath('/stages/junior/')).toBe('Stages');
    expect(sectionFromPath('/')).toBeUndefined();
    expect(sectionFromPath('/404.html')).toBeUndefined();
    const about = head(
      '<meta property="og:title" content="About this guide"><meta property="og:image" content="/og/about.png">',
    );
    expect(ogCardFromHtml(about, '/about/')?.card.section).toBeUndefined();
  });

  it('skips pages without an image of ours', () => {
    expect(ogCardFromHtml(head('<meta property="og:title" content="A">'), '/a/')).toBeNull();
    const elsewhere = head('<meta property="og:title" content="A"><meta property="og:image" content="/img/a.png">');
    expect(ogCardFromHtml(elsewhere, '/a/')).toBeNull();
  });
});

describe('article structured data', () => {
  it('has headline, dates, description, image, author and publisher, and a three-step breadcrumb', () => {
    const data = { title: 'Skills', description: 'd'.repeat(60), lastReviewed: new Date('2026-11-26') };
    const ld = articleJsonLd(
      data,
      new URL('https://guide.example/guide/skills/'),
      new URL('https://guide.example/og/guide/skills.png'),
    );
    const [article, breadcrumbs] = ld['@graph'];
    expect(article).toMatchObject({
      '@type': 'Article',
      headline: 'Skills',
      datePublished: '2026-11-26',
      dateModified: '2026-11-26',
      image: { url: 'https://guide.example/og/guide/skills.png', width: 1200, height: 630 },
      author: { '@type': 'Organization' },
    });
    expect(breadcrumbs?.itemListElement?.at(-1)).toMatchObject({
      position: 3,
      item: 'https://guide.example/guide/skills/',
    });
  });
});
