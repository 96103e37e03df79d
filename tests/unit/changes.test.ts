import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changeFile, changeSectionProblems, groupChanges, newestFirst, sectionDays } from '../../src/lib/changes';
import { articleSchema } from '../../src/schemas/article';
import { changeSchema, changesSchema, reviewProblems } from '../../src/schemas/changes';
import { glossaryReviewSchema } from '../../src/schemas/glossary';
import { isNewSince, readVisits, recordVisit } from '../../src/lib/visits';

const valid = parse(readFileSync(new URL('../fixtures/articles/valid.yaml', import.meta.url), 'utf8'));
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The messages zod gives for `data`, each with the path of its problem. */
function problems(data: unknown): string[] {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('a change', () => {
  it('is a past date and one plain sentence, with an optional section id', () => {
    const change = changeSchema.parse({ date: '2026-11-26', section: 'python', text: 'The Python section is new.' });
    expect(change.date).toEqual(day('2026-11-26'));
    expect(changeSchema.parse({ date: '2026-11-26', text: 'First published.' }).section).toBeUndefined();
  });

  it('rejects a date in the future, naming it', () => {
    expect(() => changeSchema.parse({ date: '2999-01-01', text: 'First published.' })).toThrow(
      'change dated 2999-01-01 is in the future',
    );
  });

  it('rejects two sentences, markup and a missing full stop', () => {
    const text = (t: string) => () => changeSchema.parse({ date: '2026-11-26', text: t });
    expect(text('Rewritten. Also new examples.')).toThrow('a change is one sentence, not two');
    expect(text('The [RAG](#rag) example is new.')).toThrow('without Markdown or HTML');
    expect(text('The <em>RAG</em> example is new.')).toThrow('without Markdown or HTML');
    expect(text('a new example for the RAG section')).toThrow('a capital first, a full stop last');
  });

  it('rejects a section that could not be a heading id', () => {
    expect(() => changeSchema.parse({ date: '2026-11-26', section: '#RAG systems', text: 'New.' })).toThrow(
      /section must be a heading id/,
    );
  });
});

describe('a page’s changes', () => {
  it('go oldest first', () => {
    const out = changesSchema.safeParse([
      { date: '2026-12-02', text: 'The RAG example is new.' },
      { date: '2026-11-26', text: 'First published.' },
    ]);
    expect(out.error?.issues.map((i) => i.message)).toEqual([
      'changes go oldest first: 2026-11-26 comes after 2026-12-02',
    ]);
  });

  it('record every review: one change on lastReviewed, none after it', () => {
    const changes = changesSchema.parse([
      { date: '2026-11-20', text: 'First published.' },
      { date: '2026-11-26', text: 'Reviewed against the source text.' },
    ]);
    expect(reviewProblems(changes, day('2026-11-26'))).toEqual([]);
    expect(reviewProblems(changes, day('2026-11-27')).map((p) => p.message)).toEqual([
      'no change is dated lastReviewed (2026-11-27): say in a sentence what that review changed, or that it checked the page against its sources',
    ]);
    expect(reviewProblems(changes, day('2026-11-25')).map((p) => p.message)).toEqual([
      'the newest change (2026-11-26) is after lastReviewed (2026-11-25): review the page, then move lastReviewed on',
    ]);
  });

  it('are part of every article’s frontmatter, checked against its lastReviewed', () => {
    expect(articleSchema.parse(valid).changes).toHaveLength(2);
    const { changes: _, ...none } = valid;
    expect(problems(none)).toEqual([expect.stringMatching(/^changes: /)]);
    expect(problems({ ...valid, lastReviewed: '2026-12-01' })).toEqual([
      expect.stringMatching(/^changes: no change is dated lastReviewed \(2026-12-01\)/),
    ]);
  });

  it('are part of the glossary’s review record too', () => {
    const review = { lastReviewed: '2026-11-26', changes: [{ date: '2026-11-26', text: 'First published.' }] };
    expect(glossaryReviewSchema.parse(review).changes).toHaveLength(1);
    expect(() => glossaryReviewSchema.parse({ ...review, lastReviewed: '2026-12-02' })).toThrow(/no change is dated/);
  });
});

describe('the change history as pages show it', () => {
  const changes = [
    { path: '/guide/a/', title: 'A', date: day('2026-11-26'), text: 'First published.' },
    { path: '/guide/a/', title: 'A', date: day('2026-12-02'), text: 'One.', section: 'x' },
    { path: '/guide/b/', title: 'B', date: day('2026-12-02'), text: 'First published.' },
    { path: '/guide/a/', title: 'A', date: day('2026-12-02'), text: 'Two.' },
  ];

  it('lists the newest day first, and within a day the change written last first', () => {
    expect(newestFirst(changes).map((c) => c.text)).toEqual(['Two.', 'First published.', 'One.', 'First published.']);
  });

  it('groups /changes/ by day, then by page', () => {
    const days = groupChanges(newestFirst(changes));
    expect(days.map((d) => d.pages.map((p) => `${p.title}: ${p.changes.map((c) => c.text).join(' ')}`))).toEqual([
      ['A: Two. One.', 'B: First published.'],
      ['A: First published.'],
    ]);
  });

  it('dates each section by its latest change, following old ids, and rolls h3s up for lists of h2s', () => {
    const headings = [
      { depth: 2, slug: 'skills' },
      { depth: 3, slug: 'python' },
      { depth: 2, slug: 'next' },
    ];
    const dated = [
      { date: day('2026-11-26'), section: 'python' },
      { date: day('2026-12-02'), section: 'old-python' },
      { date: day('2026-12-01'), section: 'next' },
      { date: day('2026-12-03'), section: 'gone' },
      { date: day('2026-12-03') },
    ];
    const aliases = { 'old-python': 'python' };
    expect(sectionDays(dated, headings, aliases)).toEqual(
      new Map([
        ['python', '2026-12-02'],
        ['next', '2026-12-01'],
      ]),
    );
    expect(sectionDays(dated, headings, aliases, true)).toEqual(
      new Map([
        ['skills', '2026-12-02'],
        ['next', '2026-12-01'],
      ]),
    );
  });

  it('fails the build when a change names an id that is not a heading on its page, naming the file to fix', () => {
    const changesPage = {
      links: [
        { href: '#main', text: 'Skip to content' },
        { href: '/guide/a/#x', text: 'One.' },
        { href: '/salaries/#nowhere', text: 'The figures moved.' },
      ],
    };
    const pages = new Map([
      ['/guide/a/', { anchors: ['x'] }],
      ['/salaries/', { anchors: ['where-the-figures-come-from'] }],
    ]);
    expect(
      changeSectionProblems(
        changesPage,
        (p) => pages.get(p),
        (href) => href,
      ),
    ).toEqual([
      '/changes/: the change "The figures moved." names section "nowhere", which is not a heading on /salaries/; fix its section in content/data/salaries.yaml',
    ]);
    expect(changeFile('/guide/skills/')).toBe('content/articles/skills.mdx');
  });
});

describe('new since your last visit', () => {
  const at = (iso: string) => Date.parse(iso);

  it('a first visit marks nothing, and is remembered', () => {
    const visits = recordVisit(readVisits(null, at('2026-12-01T10:00:00Z')), at('2026-12-01T10:00:00Z'));
    expect(visits).toEqual({ previous: null, last: at('2026-12-01T10:00:00Z') });
    expect(isNewSince('2026-12-02', visits.previous)).toBe(false);
  });

  it('pages read within half an hour are one visit; a return later marks what changed since', () => {
    const first = { previous: null, last: at('2026-12-01T10:00:00Z') };
    expect(recordVisit(first, at('2026-12-01T10:20:00Z')).previous).toBeNull();
    const back = recordVisit(readVisits(JSON.stringify(first), at('2026-12-03T09:00:00Z')), at('2026-12-03T09:00:00Z'));
    expect(back).toEqual({ previous: at('2026-12-01T10:00:00Z'), last: at('2026-12-03T09:00:00Z') });
    expect(isNewSince('2026-12-02', back.previous)).toBe(true);
    expect(isNewSince('2026-12-01', back.previous)).toBe(true);
    expect(isNewSince('2026-11-30', back.previous)).toBe(false);
  });

  it('damaged storage counts as a first visit and never throws', () => {
    const now = at('2026-12-03T09:00:00Z');
    for (const stored of ['{not json', '"x"', 'null', '{"last":"yesterday"}', '{"previous":5,"last":1}', '[]']) {
      expect(readVisits(stored, now)).toBeNull();
    }
    expect(readVisits(JSON.stringify({ previous: null, last: now + 60_000 }), now)).toBeNull();
  });
});
