import { describe, expect, it } from 'vitest';
import {
  cleanQuery,
  excerptParts,
  withoutTitle,
  matchedWords,
  maxQueryLength,
  rankSections,
  searchedTerms,
  searchFromState,
  searchesWhileTyping,
  stateFromSearch,
  summaryText,
  withHighlight,
  type SubResult,
} from '../../src/lib/search';

const section = (id: string, scores: number[]): SubResult => ({
  title: id,
  url: `/guide/x/#${id}`,
  excerpt: '',
  anchor: { id },
  locations: scores.map((_, i) => i),
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('cleaning a query', () => {
  it('turns control characters into spaces and keeps everything else as typed', () => {
    expect(cleanQuery('sal\u0000ary\u0007 <b>%</b> 🚀')).toBe('sal ary  <b>%</b> 🚀');
  });

  it('caps a pasted wall of text', () => {
    expect(cleanQuery('x'.repeat(5000))).toHaveLength(maxQueryLength);
  });
});

describe('what Pagefind is asked for', () => {
  it('leaves out the words that match every page', () => {
    expect(searchedTerms('do i need a phd')).toBe('need phd');
    expect(searchedTerms('How to negotiate   salary?')).toBe('negotiate salary?');
    expect(searchedTerms('what is the KV cache')).toBe('KV cache');
  });

  it('keeps the words that can name a heading, a query of question words only, a quoted phrase', () => {
    expect(searchedTerms('RSU vs stock options')).toBe('RSU vs stock options');
    expect(searchedTerms('specialist or generalist')).toBe('specialist or generalist');
    expect(searchedTerms('what is it')).toBe('what is it');
    expect(searchedTerms('"the role"')).toBe('"the role"');
    expect(searchedTerms('a/b test')).toBe('a/b test');
    expect(searchedTerms('I/O bound')).toBe('I/O bound');
  });
});

describe('the search URL', () => {
  it('round-trips a query and its filters', () => {
    const search = searchFromState('open source', { stage: ['Junior', 'Senior'], topic: ['Breaking in'] });
    expect(search).toBe('?q=open+source&topic=Breaking+in&stage=Junior&stage=Senior');
    expect(stateFromSearch(search)).toEqual({
      query: 'open source',
      filters: { topic: ['Breaking in'], stage: ['Junior', 'Senior'] },
    });
  });

  it('is empty when there is nothing to share', () => {
    expect(searchFromState('   ', {})).toBe('');
    expect(stateFromSearch('')).toEqual({ query: '', filters: {} });
  });

  it('ignores parameters it does not know and empty filter values, and cleans what it reads', () => {
    expect(stateFromSearch('?q=rag%00x&utm_source=feed&stage=&topic=Skills')).toEqual({
      query: 'rag x',
      filters: { topic: ['Skills'] },
    });
  });
});

describe('ranking the sections of a result', () => {
  it('puts the best-matching section first, leaves out the intro, and shows at most three', () => {
    const intro = { ...section('intro', [900]), anchor: undefined };
    const ranked = rankSections([
      intro,
      section('a', [1]),
      section('b', [500, 500]),
      section('c', [300]),
      section('d', [2]),
    ]);
    expect(ranked.map((s) => s.title)).toEqual(['b', 'c', 'd']);
    expect(ranked[0]?.score).toBe(1000);
  });
});

describe('words to highlight on arrival', () => {
  const content = 'Salaries by level. A salary figure about PhDs: do you need a PhD? Pay.';
  const at = (...words: string[]) => words.map((w) => content.split(/\s+/).indexOf(w));

  it('keeps the forms of the query written on the page, once each', () => {
    expect(matchedWords(content, at('Salaries', 'salary'), 'salary')).toEqual(['Salaries', 'salary']);
    expect(matchedWords(content, at('PhDs:', 'PhD?', 'PhD?'), 'phd')).toEqual(['PhDs', 'PhD']);
  });

  it('drops words Pagefind matched only by prefix of a short term, and common words', () => {
    expect(matchedWords(content, at('A', 'about', 'do', 'need', 'a', 'PhD?'), 'do I need a PhD')).toEqual([
      'need',
      'PhD',
    ]);
  });

  it('adds them to a result link, keeping the section', () => {
    expect(withHighlight('/guide/job-market/#salaries-by-level', ['Salaries', 'salary'])).toBe(
      '/guide/job-market/?pagefind-highlight=Salaries&pagefind-highlight=salary#salaries-by-level',
    );
    expect(withHighlight('/guide/advice/', [])).toBe('/guide/advice/');
  });
});

describe('an excerpt, built as text and marks', () => {
  it('splits the matches from the text around them', () => {
    expect(excerptParts('<mark>Remote</mark> and hybrid <mark>work.</mark> Many')).toEqual([
      { text: 'Remote', marked: true },
      { text: ' and hybrid ', marked: false },
      { text: 'work.', marked: true },
      { text: ' Many', marked: false },
    ]);
  });

  it("gives back the page's own text: the < and > Pagefind escaped, an & as written, markup as text", () => {
    expect(excerptParts('if a &lt; b &amp; <mark>c</mark> &gt; d, Weights & Biases &lt;img src=x&gt;')).toEqual([
      { text: 'if a < b &amp; ', marked: false },
      { text: 'c', marked: true },
      { text: ' > d, Weights & Biases <img src=x>', marked: false },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('the summary above the results', () => {
  it('counts the pages that match, naming the query as typed', () => {
    expect(summaryText(3, ' open source ')).toBe('3 pages match “open source”');
    expect(summaryText(1, 'rag')).toBe('1 page matches “rag”');
    expect(summaryText(0, '%')).toBe('No sections match “%”');
  });

  it('is empty before there is a query', () => {
    expect(summaryText(0, '   ')).toBe('');
  });
});

describe('searching as the reader types', () => {
  it('waits for a pause while the last word has one or two letters', () => {
    expect(searchesWhileTyping('s')).toBe(false);
    expect(searchesWhileTyping('staff en')).toBe(false);
    expect(searchesWhileTyping('  ')).toBe(false);
  });

  it('searches at once from the third letter, whatever the words before', () => {
    expect(searchesWhileTyping('rag')).toBe(true);
    expect(searchesWhileTyping('do i nee')).toBe(true);
    expect(searchesWhileTyping('open source ')).toBe(true);
  });
});

describe("a section's excerpt", () => {
  it('drops the section title Pagefind puts first, marks and all, and keeps the rest as it was', () => {
    const parts = excerptParts(
      'How to read <mark>salary</mark> figures A pay figure without <mark>salary</mark> context',
    );
    expect(withoutTitle(parts, 'How to read salary figures')).toEqual([
      { text: 'A pay figure without ', marked: false },
      { text: 'salary', marked: true },
      { text: ' context', marked: false },
    ]);
  });

  it('keeps an excerpt that does not start with the title whole', () => {
    const parts = excerptParts('the <mark>salary</mark> figures on this page');
    expect(withoutTitle(parts, 'How to read salary figures')).toEqual(parts);
  });
});
