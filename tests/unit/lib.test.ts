import { describe, expect, it } from 'vitest';
import { aliasProblems, aliasesByTarget } from '../../src/lib/aliases';
import {
  countWords,
  humanDate,
  readingMinutes,
  salaryBases,
  salaryContext,
  salaryLevel,
  salaryProvenance,
  salaryRange,
  uniqueSources,
} from '../../src/lib/format';
import { neighbours, relatedArticles } from '../../src/lib/navigation';

const level = {
  id: 'entry',
  label: 'Entry',
  basis: 'stated-salary' as const,
  min: 120000,
  max: 180000,
  openEnded: false,
  quote: 'Even entry-level positions command $120,000-$180,000.',
  reading: 'The range for a first job.',
};

describe('salary formatting', () => {
  it('writes a closed range with an en dash and an open one with a plus', () => {
    expect(salaryRange(level)).toBe('$120,000–$180,000');
    expect(salaryRange({ ...level, max: 350000, openEnded: true })).toBe('$120,000–$350,000+');
    const { max: _, ...floorOnly } = level;
    expect(salaryRange({ ...floorOnly, openEnded: true })).toBe('$120,000+');
  });

  it('says region, year and a basis that claims no more than the source states', () => {
    expect(salaryContext({ region: 'US', year: 2026 }, level)).toBe('US, 2026, salary as the source states it');
    expect(salaryContext({ region: 'US', year: 2026 }, { ...level, basis: 'total' })).toBe(
      'US, 2026, total compensation',
    );
    for (const basis of Object.values(salaryBases)) expect(basis.inline).not.toMatch(/base salary/);
  });

  it('says where the figures come from: the source text, its month, the region and its method', () => {
    const said = salaryProvenance({
      region: 'US',
      published: new Date('2026-03-13'),
      method: 'The source names no survey.',
    });
    expect(said).toBe(
      "Every salary figure on this site is copied as stated from the guide's source text, published in March 2026, and holds for the US. The source names no survey.",
    );
  });

  it('finds a level by id, and names the caller and the known ids when it cannot', () => {
    expect(salaryLevel({ levels: [level] }, 'entry', '<Salary id="entry">')).toBe(level);
    expect(() => salaryLevel({ levels: [level] }, 'staff', '<Salary id="staff">')).toThrow(
      '<Salary id="staff"> names no level "staff" in content/data/salaries.yaml; its levels are "entry"',
    );
  });
});

describe('reading time', () => {
  it('counts prose words, not imports, tags or link targets', () => {
    const mdx =
      'import { Salary } from \'@/components/mdx\';\n\n## Pay\n\nEntry roles pay <Salary id="entry" /> in [the US](https://example.com/x).';
    expect(countWords(mdx)).toBe(7);
  });

  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(2200)).toBe(10);
  });

  it('formats dates in UTC whatever the machine’s time zone', () => {
    expect(humanDate(new Date('2026-11-26T00:00:00Z'))).toBe('26 November 2026');
  });
});

describe('previous and next', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('gives both neighbours in the middle and one at the ends', () => {
    expect(neighbours(list, 'b')).toEqual({ prev: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(list, 'a')).toEqual({ next: { id: 'b' } });
    expect(neighbours(list, 'c')).toEqual({ prev: { id: 'b' } });
    expect(neighbours(list, 'zzz')).toEqual({});
  });
});

describe('heading aliases', () => {
  it('groups old ids by the heading they now point at', () => {
    expect(aliasesByTarget({ old: 'new', older: 'new', x: 'y' })).toEqual(
      new Map([
        ['new', ['old', 'older']],
        ['y', ['x']],
      ]),
    );
  });

  it('reports aliases to missing headings and aliases that shadow a live heading', () => {
    expect(aliasProblems({ old: 'gone' }, ['new'])).toEqual(['alias "old" points at "#gone", which is not a heading']);
    expect(aliasProblems({ new: 'other' }, ['new', 'other'])).toEqual([
      'alias "new" is still a heading id; remove the alias',
    ]);
    expect(aliasProblems({ old: 'new' }, ['new'])).toEqual([]);
  });
});

describe('related articles', () => {
  const a = (id: string, stages: string[], related?: string[]) => ({ id, data: { stages, related } });
  const list = [a('one', ['aspiring']), a('two', ['junior', 'senior']), a('three', ['junior']), a('four', ['senior'])];

  it('uses the author’s list when there is one', () => {
    expect(relatedArticles(list, a('x', [], ['four', 'one', 'gone']), []).map((r) => r.id)).toEqual(['four', 'one']);
  });

  it('otherwise ranks by shared career stages, skipping itself and excluded ids', () => {
    const current = a('two', ['junior', 'senior']);
    expect(relatedArticles(list, current, []).map((r) => r.id)).toEqual(['three', 'four']);
    expect(relatedArticles(list, current, ['three']).map((r) => r.id)).toEqual(['four']);
  });
});

describe('the sources an article lists', () => {
  it('name each page once, in the order first cited, however many of its passages are quoted', () => {
    const sources = [
      { title: 'Source text' },
      { title: 'Handbook', url: 'https://example.org/a', passage: 'one' },
      { title: 'Paper', url: 'https://example.org/b' },
      { title: 'Handbook', url: 'https://example.org/a', passage: 'two' },
    ];
    expect(uniqueSources(sources).map((s) => s.title)).toEqual(['Source text', 'Handbook', 'Paper']);
  });
});
