// The components authors use inside MDX, rendered with Astro's container API (Astro's
// examples/container-with-vitest). Each figure carries its region, year and basis; a bad id fails the build
// with a message that names the component and what exists.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Vitest runs Astro's Vite config without a content sync, so astro:content would find no entries. The
// collections are served here from the real data files, parsed by the schemas src/content.config.ts uses.
vi.mock('astro:content', async () => {
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const { salariesSchema } = await import('../../src/schemas/salaries');
  const { ladderSchema } = await import('../../src/schemas/stages');
  const { skillsSchema } = await import('../../src/schemas/skills');
  const { parseGlossary } = await import('../../src/schemas/glossary');
  const read = (name: string) =>
    parse(readFileSync(new URL(`../../content/data/${name}.yaml`, import.meta.url), 'utf8'));
  const collections: Record<string, { id: string; data: unknown }[]> = {
    salaries: [{ id: 'us-2026', data: salariesSchema.parse(read('salaries')) }],
    stages: [{ id: 'ladder', data: ladderSchema.parse(read('stages')) }],
    skills: [{ id: 'skills', data: skillsSchema.parse(read('skills')) }],
    glossary: parseGlossary(read('glossary')).map((data) => ({ id: data.id, data })),
    articles: [],
  };
  return {
    getCollection: async (name: string) => collections[name] ?? [],
    getEntry: async (name: string, id: string) => collections[name]?.find((e) => e.id === id),
  };
});
import Ladder from '../../src/components/mdx/Ladder.astro';
import Salary from '../../src/components/mdx/Salary.astro';
import SalaryChart from '../../src/components/mdx/SalaryChart.astro';
import SalaryTable from '../../src/components/mdx/SalaryTable.astro';
import A from '../../src/components/mdx/A.astro';
import H2 from '../../src/components/mdx/H2.astro';
import Term from '../../src/components/mdx/Term.astro';
import { parseBuiltPage, textOfHtml } from '../../src/lib/built-page';

/** The text a reader sees in rendered HTML (dev rendering adds source attributes to every tag). */
const text = (html: string) => ` ${textOfHtml(html)} `;

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<Salary>', () => {
  it('shows the range with its region, year and basis', async () => {
    expect(text(await container.renderToString(Salary, { props: { id: 'entry' } })).trim()).toBe(
      '$120,000–$180,000 (US, 2026, salary as the source states it)',
    );
    expect(text(await container.renderToString(Salary, { props: { id: 'top-total' } })).trim()).toBe(
      '$500,000+ (US, 2026, total compensation)',
    );
  });

  it('fails on an id with no level, naming the component and the levels there are', async () => {
    await expect(container.renderToString(Salary, { props: { id: 'staff' } })).rejects.toThrow(
      '<Salary id="staff"> names no level "staff" in content/data/salaries.yaml; its levels are "entry", "typical", "top-total"',
    );
  });
});

describe('<SalaryTable>', () => {
  it('lists every range with its basis, under a caption with the region, year and source', async () => {
    const html = text(await container.renderToString(SalaryTable));
    expect(html).toContain('ML engineer pay in the US, 2026, in USD per year. Source: ML Engineer Career Guide 2026');
    for (const range of ['$120,000–$180,000', '$150,000–$350,000+', '$500,000+']) expect(html).toContain(range);
    expect(html).toContain('Salary as the source states it, not broken down into base, bonus and equity');
    expect(html).toContain('Total compensation, including equity');
    expect(html).not.toContain('Base salary');
  });
});

describe('<SalaryChart>', () => {
  it('draws the ranges with a text alternative and a caption that gives region, year, basis and source', async () => {
    const html = text(await container.renderToString(SalaryChart));
    expect(html).toContain('ML engineer pay in the US, 2026, in USD per year');
    expect(html).toContain('Entry level: $120,000–$180,000, salary as stated.');
    expect(html).toContain('Outlined bars: total compensation, including equity.');
    expect(html).toContain('Source: ML Engineer Career Guide 2026 (source text)');
  });
});

describe('<Ladder>', () => {
  it('draws the ladder and lists every stage with its experience and unit of work', async () => {
    const html = await container.renderToString(Ladder, { props: { current: 'senior' } });
    const seen = text(html);
    expect(seen).toContain('The ML engineer career ladder');
    expect(seen).toContain('5+ years, trusted with a system');
    expect(seen).toContain('a move across from Senior or Staff / principal');
    expect(seen).toContain('5+ years · this page');
  });

  it('fails on a stage id the ladder does not have, naming the stages there are', async () => {
    await expect(container.renderToString(Ladder, { props: { current: 'intern' } })).rejects.toThrow(
      '<Ladder current="intern"> names no stage in content/data/stages.yaml; its stages are "junior", "mid-level", "senior", "staff-principal", "manager"',
    );
  });
});

describe('<Term>', () => {
  it('links the term to its glossary entry and names it for the popover script', async () => {
    const html = await container.renderToString(Term, { props: { id: 'rag' }, slots: { default: 'retrieval' } });
    const { links } = parseBuiltPage('x/index.html', html);
    expect(links).toEqual([{ href: '/glossary/#rag', text: 'retrieval' }]);
    expect(html).toContain('data-term="rag"');
  });

  it('fails on an id the glossary does not have', async () => {
    await expect(container.renderToString(Term, { props: { id: 'no-such-term' } })).rejects.toThrow(
      '<Term id="no-such-term"> names no term in content/data/glossary.yaml',
    );
  });
});

describe('article links and headings', () => {
  it('a link from the site root keeps its path, and an outside link its address', async () => {
    const inside = await container.renderToString(A, {
      props: { href: '/guide/skills/#python' },
      slots: { default: 'x' },
    });
    const outside = await container.renderToString(A, {
      props: { href: 'https://pytorch.org/' },
      slots: { default: 'y' },
    });
    expect(parseBuiltPage('x/index.html', inside + outside).links.map((l) => l.href)).toEqual([
      '/guide/skills/#python',
      'https://pytorch.org/',
    ]);
  });

  it('a heading carries its id, a link to itself and a title for search without that link', async () => {
    const html = await container.renderToString(H2, { props: { id: 'python' }, slots: { default: 'Python' } });
    const page = parseBuiltPage('x/index.html', `<main>${html}</main>`);
    expect(page.anchors).toEqual(['python']);
    expect(page.links).toEqual([{ href: '#python', text: '# Link to this section' }]);
    expect(html).toContain('data-pagefind-title="Python"');
  });
});
