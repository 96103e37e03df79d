// The components authors use inside MDX, rendered with Astro's container API (Astro's
// examples/container-with-vitest). Each figure carries its region, year and basis; a bad id fails the build
// with a message that names the component and what exists.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse as parseHtml, TEXT_NODE, walkSync } from 'ultrahtml';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Vitest runs Astro's Vite config without a content sync, so astro:content would find no entries. The
// collections are served here from the real data files, parsed by the schemas src/content.config.ts uses.
vi.mock('astro:content', async () => {
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const { salariesSchema } = await import('../../src/schemas/salaries');
  const { ladderSchema } = await import('../../src/schemas/stages');
  const { skillsSchema } = await import('../../src/schemas/skills');
  const read = (name: string) =>
    parse(readFileSync(new URL(`../../content/data/${name}.yaml`, import.meta.url), 'utf8'));
  const collections: Record<string, { id: string; data: unknown }[]> = {
    salaries: [{ id: 'us-2026', data: salariesSchema.parse(read('salaries')) }],
    stages: [{ id: 'ladder', data: ladderSchema.parse(read('stages')) }],
    skills: [{ id: 'skills', data: skillsSchema.parse(read('skills')) }],
  };
  return { getCollection: async (name: string) => collections[name] ?? [] };
});
import Ladder from '../../src/components/mdx/Ladder.astro';
import Salary from '../../src/components/mdx/Salary.astro';
import SalaryChart from '../../src/components/mdx/SalaryChart.astro';
import SalaryTable from '../../src/components/mdx/SalaryTable.astro';

/** The text a reader sees in rendered HTML (dev rendering adds source attributes to every tag). */
function text(html: string): string {
  const parts: string[] = [];
  walkSync(parseHtml(html), (node) => {
    if (node.type === TEXT_NODE) parts.push(node.value);
  });
  return parts.join('').replace(/\s+/g, ' ');
}

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
