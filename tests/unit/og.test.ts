import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { articleJsonLd } from '../../src/lib/json-ld';
import { cardSection, ogImagePath, ogLayout, type OgNode } from '../../src/lib/og';
import draw from '../../src/og/draw';

describe('share image paths', () => {
  it('mirror the page path, with index for the home page', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/guide/skills/')).toBe('/og/guide/skills.png');
    expect(ogImagePath('/guide/')).toBe('/og/guide.png');
    expect(ogImagePath('/404/')).toBe('/og/404.png');
    expect(ogImagePath('/404.html')).toBe('/og/404.png');
  });
});

describe('share image cards', () => {
  const colors = { bg: '#000000', surface: '#111111', fg: '#ffffff', muted: '#999999', accent: '#00ffff' };
  const card = { title: 'ML engineer skills', site: 'Guide', host: 'guide.example', description: 'What to learn.' };
  const texts = (node: OgNode): string[] =>
    node.type === 'text' ? [node.text] : node.type === 'container' ? node.children.flatMap(texts) : [];
  const child = (node: OgNode | undefined, i: number): OgNode | undefined =>
    node?.type === 'container' ? node.children[i] : undefined;

  it('name the part of the site, unless the title already says it', () => {
    expect(cardSection('ML engineer skills', 'Skills')).toBe('Skills');
    expect(cardSection('Glossary', 'Glossary')).toBeUndefined();
    expect(cardSection('About this guide', undefined)).toBeUndefined();
  });

  it('show site, section, title, description and host, in that order', () => {
    const layout = ogLayout({ ...card, section: 'Skills' }, colors, 'data:,');
    expect(texts(layout)).toEqual(['Guide', 'Skills', 'ML engineer skills', 'What to learn.', 'guide.example']);
    expect(layout.type === 'container' && layout.style).toMatchObject({
      width: 1200,
      height: 630,
      backgroundColor: '#000000',
    });
  });

  it('set long titles smaller so three lines fit', () => {
    const size = (title: string) => {
      const titleNode = child(child(child(ogLayout({ ...card, title }, colors, 'data:,'), 0), 1), 0);
      return titleNode?.type === 'text' ? titleNode.style : undefined;
    };
    expect(size('Short title')).toMatchObject({ fontSize: 80 });
    expect(size('A title that is longer than thirty-six characters')).toMatchObject({ fontSize: 68 });
    expect(size('A title so long that it needs to be set smaller to fit its three lines')).toMatchObject({
      fontSize: 60,
    });
  });
});

describe('drawing a share image', () => {
  it('gives a 1200x630 PNG', { timeout: 30_000 }, async () => {
    const png = await draw({ ...card(), section: 'Skills' });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });
});

const card = () => ({
  title: 'ML engineer skills',
  site: 'Guide',
  host: 'guide.example',
  description: 'What to learn.',
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
