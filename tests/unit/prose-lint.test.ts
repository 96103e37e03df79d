import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  lintProse,
  normalWords,
  overusedPhrases,
  quotedSourceLines,
  sharedPassages,
  stockPhrases,
  type ProsePage,
} from '../../src/lib/prose-lint';

const twelve = 'The retraining job reads last week of orders and writes a fresh model.';
const page = (path: string, text: string): ProsePage => ({ path, text });

describe('shared passages', () => {
  it('pass on articles that share fewer than ten words in a row', () => {
    const pages = [
      page('/guide/a/', 'The retraining job reads last week of orders and then stops.'),
      page('/guide/b/', 'On Mondays the retraining job reads last week of orders before anyone arrives.'),
    ];
    expect(sharedPassages(pages)).toEqual([]);
  });

  it('fail when two articles share ten or more words, naming both pages and the passage as written', () => {
    const problems = sharedPassages([
      page('/guide/a/', `First paragraph. ${twelve} Then something else.`),
      page('/guide/b/', `Elsewhere, ${twelve.toLowerCase()}`),
    ]);
    expect(problems).toEqual([
      {
        rule: 'shared-passage',
        pages: ['/guide/a/', '/guide/b/'],
        passage: twelve,
        message: `/guide/a/ and /guide/b/ share 13 words: "${twelve}". Rewrite it on all but one page, or link to the page that owns it.`,
      },
    ]);
  });

  it('ignore case and punctuation, and report a passage three pages share once', () => {
    const variants = [twelve, twelve.toUpperCase(), twelve.replace(/ /g, ' — ')];
    const problems = sharedPassages(variants.map((t, i) => page(`/guide/p${i}/`, t)));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.pages).toEqual(['/guide/p0/', '/guide/p1/', '/guide/p2/']);
  });

  it('never run across a line break, so text between blocks of data cannot join into a passage', () => {
    const split = 'The retraining job reads last week\nof orders and writes a fresh model.';
    expect(sharedPassages([page('/guide/a/', split), page('/guide/b/', split)])).toEqual([]);
  });

  it('allow a line of the source text that both pages quote', () => {
    const [line] = quotedSourceLines;
    const pages = [page('/guide/a/', `As the source puts it, "${line}"`), page('/guide/b/', `In its words: "${line}"`)];
    expect(sharedPassages(pages)).toEqual([]);
    expect(sharedPassages([page('/guide/a/', twelve), page('/guide/b/', twelve)], { allowed: [twelve] })).toEqual([]);
  });

  it('do not count a page repeating itself', () => {
    expect(sharedPassages([page('/guide/a/', `${twelve} ${twelve}`), page('/guide/b/', 'Nothing alike.')])).toEqual([]);
  });
});

describe('stock phrases', () => {
  const opener = (path: string) => page(path, `This page is for you if you want to grow. ${path} has its own text.`);

  it('pass when a phrase appears on at most two articles', () => {
    expect(overusedPhrases([opener('/guide/a/'), opener('/guide/b/'), page('/guide/c/', 'A fresh start.')])).toEqual(
      [],
    );
  });

  it('fail when a phrase appears on a third article, naming the phrase and every page', () => {
    expect(overusedPhrases(['/guide/a/', '/guide/b/', '/guide/c/'].map(opener))).toEqual([
      {
        rule: 'stock-phrase',
        pages: ['/guide/a/', '/guide/b/', '/guide/c/'],
        passage: 'this page is for you if',
        message:
          '"this page is for you if" appears on 3 articles (at most 2): /guide/a/, /guide/b/, /guide/c/. Say it in words that belong to each page.',
      },
    ]);
  });

  it('match whole words only, in any case and punctuation', () => {
    const pages = ['a', 'b', 'c'].map((p) => page(`/guide/${p}/`, 'Explaining it ON A WHITEBOARD, once.'));
    expect(overusedPhrases(pages).map((p) => p.passage)).toEqual(['on a whiteboard']);
    const inside = ['a', 'b', 'c'].map((p) => page(`/guide/${p}/`, 'Written upon a whiteboards shelf.'));
    expect(overusedPhrases(inside)).toEqual([]);
  });

  it('are listed in normal form, so each one can match', () => {
    for (const phrase of stockPhrases) expect(normalWords(phrase).join(' ')).toBe(phrase);
    for (const required of ['this page is for you if', 'by the end you will know', 'the practical view']) {
      expect(stockPhrases).toContain(required);
    }
  });
});

describe('the whole lint', () => {
  it('reports shared passages first, then stock phrases', () => {
    const pages = ['a', 'b', 'c'].map((p) => page(`/guide/${p}/`, `In this article: ${twelve}`));
    expect(lintProse(pages).map((p) => p.rule)).toEqual(['shared-passage', 'stock-phrase']);
  });
});

// The data files feed the stage, skill, salary and glossary pages: their text must not repeat an article either.
describe('the data files', () => {
  const articles = readdirSync(new URL('../../content/articles/', import.meta.url)).map((name) => {
    const source = readFileSync(new URL(`../../content/articles/${name}`, import.meta.url), 'utf8');
    // The body after the frontmatter; MDX tags and link targets only add words, which can hide a match but never
    // invent one.
    return page(`content/articles/${name}`, source.split(/^---$/m).slice(2).join('---'));
  });
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([key, v]) =>
              ['title', 'url', 'passage', 'quote'].includes(key) ? [] : strings(v),
            )
          : [];

  for (const file of ['stages', 'skills', 'salaries', 'glossary']) {
    it(`content/data/${file}.yaml repeats no ten words of an article`, () => {
      const data = parse(readFileSync(new URL(`../../content/data/${file}.yaml`, import.meta.url), 'utf8'));
      const own = page(`content/data/${file}.yaml`, strings(data).join('\n'));
      const found = sharedPassages([own, ...articles]).filter((p) => p.pages.includes(own.path));
      expect(found.map((p) => p.message)).toEqual([]);
    });
  }
});
