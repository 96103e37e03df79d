import { describe, expect, it } from 'vitest';
import { parseBuiltPage } from '../../src/lib/built-page';
import { llmsFullTxt, llmsTxt } from '../../src/lib/llms-txt';
import { htmlToMarkdown, twinLinkProblems, twinPath } from '../../src/lib/markdown';
import { issueUrl } from '../../src/lib/report';

const page = 'https://guide.example/repo/guide/skills/';

describe('a Markdown twin', () => {
  it('lives beside its page: /guide/skills/ is /guide/skills.md', () => {
    expect(twinPath('/guide/skills/')).toBe('/guide/skills.md');
    expect(twinPath('/skills/check/')).toBe('/skills/check.md');
    expect(() => twinPath('/404.html')).toThrow(/has no twin/);
  });

  it('is written from the page’s data-twin element, less the parts a reader of Markdown has no use for', () => {
    const html = `<html><head><link rel="alternate" type="text/markdown" href="/guide/skills.md"></head><body>
      <main><article data-twin><nav data-twin-skip><a href="/">Home</a></nav>
      <h1>Skills</h1><div hidden>search metadata</div>
      <h2 id="python">Python <a href="#python" data-pagefind-ignore>#</a></h2>
      <p>Learn <a href="/repo/glossary/#rag">retrieval</a><span popover>A popover.</span> first.</p>
      <button type="button">Copy</button><p class="js-only">Needs JavaScript.</p>
      <svg><title>A drawing</title></svg>
      </article></main></body></html>`;
    const built = parseBuiltPage('guide/skills/index.html', html, undefined, (fragment) =>
      htmlToMarkdown(fragment, page),
    );
    expect(built.twin).toBe(true);
    expect(built.markdownLink).toBe('/guide/skills.md');
    expect(built.twinText).toBe('Skills\nPython\nLearn retrieval first.');
    expect(built.markdown).toBe(
      '# Skills\n\n## Python\n\nLearn [retrieval](https://guide.example/repo/glossary/#rag) first.\n',
    );
  });

  it('makes every link absolute and keeps tables, with their caption, as Markdown tables', () => {
    const md = htmlToMarkdown(
      `<p><a href="#python">Python</a>, <a href="../offers/">offers</a>, <a href="https://pytorch.org/">PyTorch</a></p>
       <table><caption>Pay, US, 2026.</caption><thead><tr><th>Who</th><th>Range</th></tr></thead>
       <tbody><tr><th>Entry level</th><td>$120,000–$180,000</td></tr></tbody></table>`,
      page,
    );
    expect(md).toContain('[Python](https://guide.example/repo/guide/skills/#python)');
    expect(md).toContain('[offers](https://guide.example/repo/guide/offers/)');
    expect(md).toContain('[PyTorch](https://pytorch.org/)');
    expect(md).toContain('Pay, US, 2026.\n\n| Who');
    expect(md).toMatch(/\| Entry level \| \$120,000–\$180,000 \|/);
  });

  it('opens a <details> list: its summary in bold, then its content', () => {
    const md = htmlToMarkdown('<details><summary>What changed</summary><ol><li>New.</li></ol></details>', page);
    expect(md).toBe('**What changed**\n\n1. New.\n');
  });

  it('is named in the page’s head, and the build says when head and body disagree', () => {
    const pages = [
      { path: '/guide/a/', twin: true, markdownLink: '/repo/guide/a.md' },
      { path: '/guide/b/', twin: true },
      { path: '/about/', twin: false, markdownLink: '/repo/about.md' },
    ];
    expect(twinLinkProblems(pages, '/repo/')).toEqual([
      '/guide/b/: has a Markdown twin, so its head needs <link rel="alternate" type="text/markdown" href="/repo/guide/b.md">',
      '/about/: names a Markdown twin (/repo/about.md) but has no element marked data-twin',
    ]);
  });
});

describe('llms.txt', () => {
  const index = llmsTxt({
    title: 'The [Guide]',
    summary: 'What it is.',
    notes: ['How to read it.'],
    sections: [
      {
        name: 'Guide',
        links: [{ title: 'Skills', url: 'https://g.example/guide/skills.md', description: 'What to learn.' }],
      },
      { name: 'Optional', links: [{ title: 'Changes', url: 'https://g.example/changes/' }] },
    ],
  });

  it('follows the proposal: H1, blockquote, notes, then H2 file lists with notes after a colon', () => {
    expect(index).toBe(
      [
        '# The \\[Guide\\]',
        '',
        '> What it is.',
        '',
        'How to read it.',
        '',
        '## Guide',
        '',
        '- [Skills](https://g.example/guide/skills.md): What to learn.',
        '',
        '## Optional',
        '',
        '- [Changes](https://g.example/changes/)',
        '',
      ].join('\n'),
    );
  });

  it('has a full edition: the index, then each twin headed by its address', () => {
    const full = llmsFullTxt(index, [{ url: 'https://g.example/guide/skills/', markdown: '# Skills\n\nText.\n' }]);
    expect(full).toBe(`${index.trimEnd()}\n\n---\n\nSource: <https://g.example/guide/skills/>\n\n# Skills\n\nText.\n`);
  });
});

describe('reporting a problem', () => {
  it('opens a new issue on the repository titled with the page’s address, and the section when there is one', () => {
    const link = new URL(
      issueUrl('https://github.com/o/r', {
        url: 'https://g.example/guide/skills/',
        section: { id: 'rag-systems', title: 'RAG systems' },
      }),
    );
    expect(`${link.origin}${link.pathname}`).toBe('https://github.com/o/r/issues/new');
    expect(link.searchParams.get('title')).toBe('Problem on https://g.example/guide/skills/#rag-systems');
    expect(link.searchParams.get('body')).toBe('Section: RAG systems\n');
    const plain = issueUrl('https://github.com/o/r/', { url: 'https://g.example/salaries/' });
    // The address stays readable in the link: only what a query cannot hold is escaped.
    expect(plain).toBe('https://github.com/o/r/issues/new?title=Problem%20on%20https://g.example/salaries/');
  });
});
