import { describe, expect, it } from 'vitest';
import { parseBuiltPage, textOfHtml } from '../../src/lib/built-page';

const article = `<!doctype html><html><head><meta charset="utf-8"><title>Skills</title>
<meta property="og:title" content="Q&amp;A: &#8220;RAG&#8221;"><meta property="og:title" content="second">
<meta name="description" content="d"></head><body>
<a href="#main">Skip to content</a>
<main id="main"><article>
<h2 id="python">Python<span id="old-python" data-alias-of="python"></span><a href="#python" data-pagefind-ignore>#</a></h2>
<div data-pagefind-body><p>Write <strong>clean</strong> code &amp; tests.</p>
<p>See <a href="/guide/interviews/#the-coding-round" rel="next">the coding round</a>.<span data-pagefind-ignore>a popover</span></p>
<ul><li>One</li><li>Two</li></ul></div>
<div id="not-a-heading"></div>
</article></main>
<template><a href="/nowhere/" id="in-template">x</a></template>
<script>if (a < b) { document.write('<a href="/fake/">') }</script>
</body></html>`;

describe('reading a built page', () => {
  const page = parseBuiltPage('guide/skills/index.html', article);

  it('knows the path it is served at', () => {
    expect(page.path).toBe('/guide/skills/');
    expect(parseBuiltPage('index.html', '').path).toBe('/');
    expect(parseBuiltPage('404.html', '').path).toBe('/404.html');
  });

  it('reads the head’s meta values, decoded, the first one of each name winning', () => {
    expect(page.meta.get('og:title')).toBe('Q&A: “RAG”');
    expect(page.meta.get('description')).toBe('d');
  });

  it('lists linkable anchors (headings and aliases inside main) apart from every other id', () => {
    expect(page.anchors).toEqual(['old-python', 'python']);
    expect(page.ids.has('not-a-heading')).toBe(true);
    expect(page.ids.has('in-template')).toBe(false);
  });

  it('lists links with their visible text and rel, leaving out templates and scripts', () => {
    expect(page.links).toEqual([
      { href: '#main', text: 'Skip to content' },
      { href: '#python', text: '#' },
      { href: '/guide/interviews/#the-coding-round', text: 'the coding round', rel: 'next' },
    ]);
  });

  it('keeps the searchable body’s text, block by block, without the controls search ignores', () => {
    expect(page.searchable).toBe(true);
    expect(page.text).toBe('Write clean code & tests.\nSee the coding round.\nOne\nTwo');
  });

  it('turns a heading’s HTML into its text', () => {
    expect(textOfHtml('Rust or C&#43;&#43; for <em>performance</em>')).toBe('Rust or C++ for performance');
    expect(textOfHtml('Base &amp; total\n  pay &#x2014; US')).toBe('Base & total pay — US');
  });
});
