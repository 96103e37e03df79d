/* Pure helpers behind search: labels, the shareable URL state, query cleaning, and how a result's sections
   are ranked and linked. Used by the search UI in the browser and by the tests in Node. */

/** The query parameter Pagefind's highlight script reads on the page a result leads to. */
export const highlightParam = 'pagefind-highlight';

/** Longest query searched; longer input is cut here so a pasted page of text stays fast. */
export const maxQueryLength = 256;

/**
 * Pagefind ranking options. Section headings name what a section is about (SearchMeta.astro records them
 * as the `headings` metadata), so a page whose headings match the query ranks higher. A word that only starts
 * with a query term counts for less than the term itself (termSimilarity, 1 by default; at 3 two more reader
 * queries find their section). tests/e2e/search-relevance.spec.ts holds the reader queries this was tuned on.
 */
export const searchRanking = { metaWeights: { headings: 3 }, termSimilarity: 3 };

/** Milliseconds without a keystroke that count as the reader pausing (Pagefind's own default debounce). */
export const typingPause = 300;

/**
 * Whether a query is searched as it is typed, or waits for the reader to pause: a last word of one or two letters
 * matches most of the guide by prefix ("s" is in nearly every page), so fetching its results is wasted.
 */
export function searchesWhileTyping(query: string): boolean {
  const words = query.trim().split(/\s+/);
  return [...(words.at(-1) ?? '')].length >= 3;
}

/** How many sections of one page a result shows. */
export const sectionsPerResult = 3;

/** Filters readers can set, in the order the search UI shows them, with their URL parameter. */
export const searchFilters = [
  { key: 'topic', param: 'topic', label: 'Topic' },
  { key: 'stage', param: 'stage', label: 'Career stage' },
] as const;

export type FilterSelection = Record<string, string[]>;

/** The query as it is searched: control characters become spaces and the length is capped. */
export function cleanQuery(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').slice(0, maxQueryLength);
}

/** The query and filters a search URL carries: /search/?q=rag&stage=Junior. */
export function stateFromSearch(search: string): { query: string; filters: FilterSelection } {
  const params = new URLSearchParams(search);
  const filters: FilterSelection = {};
  for (const { key, param } of searchFilters) {
    const values = params.getAll(param).filter((v) => v.trim() !== '');
    if (values.length) filters[key] = values.map(cleanQuery);
  }
  return { query: cleanQuery(params.get('q') ?? ''), filters };
}

/** The search URL's query string for a query and filters, or '' when there is nothing to share. */
export function searchFromState(query: string, filters: FilterSelection = {}): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query);
  for (const { key, param } of searchFilters) {
    for (const value of filters[key] ?? []) params.append(param, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The parts of a Pagefind sub-result (one section of a page) that ranking and linking need. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string } | undefined;
  locations: number[];
  weighted_locations: { balanced_score: number }[];
}

/** A section as the results list shows it. */
export interface Section {
  title: string;
  url: string;
  excerpt: string;
  score: number;
}

/** How strongly a section matches: the sum of Pagefind's scores for its matching words (heading words weigh most). */
export function sectionScore(sub: Pick<SubResult, 'weighted_locations'>): number {
  return sub.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);
}

/**
 * The sections of one page a reader is shown, best match first. Pagefind lists them in page order; ranking
 * them puts the section that is about the query first. The intro (no anchor) is left to the page's own link.
 */
export function rankSections(subResults: readonly SubResult[], limit = sectionsPerResult): Section[] {
  return subResults
    .filter((sub) => sub.anchor)
    .map((sub) => ({ title: sub.title, url: sub.url, excerpt: sub.excerpt, score: sectionScore(sub) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

// Words too common to be worth highlighting on the page a result leads to.
const stopWords = new Set(
  'a an and are as at be by can do does for from how i if in is it me my no not of on or so than that the their them this to vs was what when where which who why will with you your'.split(
    ' ',
  ),
);

const normalize = (word: string) =>
  word
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Words a question is built from ("how do I…", "what is the…") that say nothing of its topic. A narrower list than
    the highlight's: "vs", "or" and "and" often stand in the very heading a query is after. */
const questionWords = new Set(
  'a an am are be can do does how i is it me my of should the to what will you your'.split(' '),
);

/**
 * What Pagefind is asked for: the query without its question words, so "do i need a phd" searches "need phd". Each
 * word searched costs an index chunk (2 to 4 KB on the wire), and these match every page, so they add bytes and no
 * ranking. A query of such words only, or one with a quoted phrase, is searched as written.
 */
export function searchedTerms(query: string): string {
  if (query.includes('"')) return query;
  const kept = query.split(/\s+/).filter((word) => word && !questionWords.has(normalize(word)));
  return kept.length ? kept.join(' ') : query;
}

/** Whether a word on the page is a form of a query term: "salaries" of "salary", but not "about" of "a". */
function isFormOf(word: string, term: string): boolean {
  if (word === term) return true;
  if (term.length < 3) return false;
  let common = 0;
  while (common < word.length && word[common] === term[common]) common++;
  return common >= Math.max(3, term.length - 2);
}

/**
 * The distinct words of a page that matched the query, as written on the page ("salaries" for "salary"),
 * for the highlight script to mark on arrival. Pagefind also matches words that merely start with a short
 * term ("about" for "a"); those, and very common words, are left unmarked.
 */
export function matchedWords(content: string, locations: readonly number[], query: string, limit = 6): string[] {
  const terms = query
    .split(/\s+/)
    .map(normalize)
    .filter((t) => t && !stopWords.has(t));
  const words = content.split(/\s+/);
  const found = new Map<string, string>();
  for (const location of locations) {
    const word = (words[location] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const key = normalize(word);
    if (!key || found.has(key) || !terms.some((term) => isFormOf(key, term))) continue;
    found.set(key, word);
    if (found.size === limit) break;
  }
  return [...found.values()];
}

/** A result URL that asks the page to highlight `words`, keeping any #section. */
export function withHighlight(url: string, words: readonly string[]): string {
  if (!words.length) return url;
  const target = new URL(url, 'https://guide.invalid');
  for (const word of words) target.searchParams.append(highlightParam, word);
  return `${target.pathname}${target.search}${target.hash}`;
}

/** A piece of an excerpt: text as written on the page, and whether it is a match to mark. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * The parts of a Pagefind excerpt, for building it with DOM calls rather than parsing it as HTML. Pagefind
 * escapes only < and > in the page's text (an "&" stays as written) and wraps each matched word in <mark>.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const unescape = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  const parts: ExcerptPart[] = [];
  // Pagefind's own two markers, not HTML at large: text, then <mark>…</mark>, in turn.
  for (let at = 0; at < excerpt.length;) {
    const open = excerpt.indexOf('<mark>', at);
    const close = open === -1 ? -1 : excerpt.indexOf('</mark>', open);
    if (close === -1) {
      parts.push({ text: unescape(excerpt.slice(at)), marked: false });
      break;
    }
    if (open > at) parts.push({ text: unescape(excerpt.slice(at, open)), marked: false });
    parts.push({ text: unescape(excerpt.slice(open + 6, close)), marked: true });
    at = close + 7;
  }
  return parts;
}

/** A section's excerpt without the section's own title, which Pagefind puts first and the result already shows. */
export function withoutTitle(parts: readonly ExcerptPart[], title: string): ExcerptPart[] {
  const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);
  let left = words(title);
  const kept: ExcerptPart[] = [];
  for (const part of parts) {
    if (left.length === 0) {
      kept.push(part);
      continue;
    }
    const own = part.text.split(/(\s+)/);
    let i = 0;
    while (i < own.length && left.length) {
      const word = own[i]!;
      if (!word.trim()) i++;
      else if (word.toLowerCase() === left[0]) {
        left = left.slice(1);
        i++;
      } else return [...parts]; // the excerpt does not start with the title: keep it whole
    }
    const rest = own.slice(i).join('').trimStart();
    if (rest) kept.push({ ...part, text: rest });
  }
  return kept.length ? kept : [...parts];
}

/** The line above the results: how many pages match the query, or nothing before a query. */
export function summaryText(pages: number, query: string): string {
  const term = query.trim();
  if (!term) return '';
  if (pages === 0) return `No sections match “${term}”`;
  return pages === 1 ? `1 page matches “${term}”` : `${pages} pages match “${term}”`;
}
