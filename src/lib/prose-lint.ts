/**
 * The prose lint: every article is written fresh, so two articles never share a passage word for word, and the
 * openings and fillers that make pages sound alike stay rare. Pure: it reads the visible text of each article,
 * which the caller extracts (tests/tools/prose-lint.ts does it from the built pages).
 */

/** One article's visible body text. */
export interface ProsePage {
  /** Where the text comes from, as a reader would find it, e.g. "/guide/skills/". */
  path: string;
  text: string;
}

export interface ProseProblem {
  rule: 'shared-passage' | 'stock-phrase';
  /** The articles involved, in the order they were given. */
  pages: string[];
  /** The words at fault: the shared passage as written on the first page, or the stock phrase. */
  passage: string;
  /** One line for a writer: which pages, which words, what to do. */
  message: string;
}

/** Two articles may share a run of at most this many words, minus one. */
export const sharedWords = 10;

/** A stock phrase may appear on this many articles; one more fails. */
export const stockPhraseLimit = 2;

/**
 * Phrases that make pages sound alike: generic openings and closings, and lines from the source text that every
 * page is tempted to retell. Written in normal form (lower case, no punctuation, apostrophes dropped).
 */
export const stockPhrases: readonly string[] = [
  'this page is for you if',
  'by the end you will know',
  'by the end of this page',
  'in this article',
  'in this guide we',
  'the practical view',
  'the practical take',
  'hundreds of applicants',
  'on a whiteboard',
  'lets dive in',
  'without further ado',
  'at the end of the day',
  'in a nutshell',
  'it goes without saying',
  'needless to say',
  'it is worth noting that',
  'the short version',
  'the bottom line',
  'whether you are a',
  'game changer',
];

/**
 * Lines of the source text that more than one page may quote word for word, in quotation marks. Short on purpose:
 * a line earns its place only when pages need the source's exact words, as the salary figures do (the source
 * names no basis beyond these words, so pages that discuss the basis quote them).
 */
export const quotedSourceLines: readonly string[] = [
  'In the US, ML engineer salaries typically range from $150,000 to $350,000+ for senior roles, with total compensation (including equity) reaching $500,000+ at top companies.',
  'Even entry-level positions command $120,000-$180,000.',
];

/** The words of one whitespace-separated token, in normal form. */
const tokenWords = (token: string) =>
  token
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Words in normal form: lower case, apostrophes dropped ("don't" is "dont"), any other punctuation a break. */
export function normalWords(text: string): string[] {
  return text.split(/\s+/).flatMap(tokenWords);
}

/** A text as numbers, to keep a large guide's millions of words small: each word's id in the shared vocabulary,
    the token it came from (so a passage can be quoted as written) and its line (a passage never crosses one). */
interface Words {
  ids: Int32Array;
  token: Int32Array;
  line: Int32Array;
}

/** The whitespace-separated tokens of `text`, in the order Words counts them. */
const tokensOf = (text: string) => text.split('\n').flatMap((line) => line.split(/\s+/).filter(Boolean));

function split(text: string, vocabulary: Map<string, number>): Words {
  const ids: number[] = [];
  const token: number[] = [];
  const line: number[] = [];
  let tokens = 0;
  text.split('\n').forEach((lineText, n) => {
    for (const raw of lineText.split(/\s+/)) {
      if (!raw) continue;
      for (const word of tokenWords(raw)) {
        let id = vocabulary.get(word);
        if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
        ids.push(id);
        token.push(tokens);
        line.push(n);
      }
      tokens++;
    }
  });
  return { ids: Int32Array.from(ids), token: Int32Array.from(token), line: Int32Array.from(line) };
}

/** A run of `size` words as a number: two independent 26-bit polynomial hashes of the words' ids, or -1 where the
    run would cross a line break. Numbers, not joined strings, because a large guide has millions of runs. */
function windowKeys({ ids, line }: Words, size: number): Float64Array {
  const keys = new Float64Array(Math.max(0, ids.length - size + 1));
  for (let i = 0; i < keys.length; i++) {
    if (line[i] !== line[i + size - 1]) {
      keys[i] = -1;
      continue;
    }
    let a = 0;
    let b = 0;
    for (let k = i; k < i + size; k++) {
      a = (a * 1_000_003 + ids[k]! + 1) % 67_108_859;
      b = (b * 918_839 + ids[k]! * 7 + 3) % 67_108_837;
    }
    keys[i] = a * 67_108_864 + b;
  }
  return keys;
}

/** The pages' texts as numbers, over one vocabulary. */
function parse(pages: readonly ProsePage[], vocabulary = new Map<string, number>()) {
  return { vocabulary, texts: pages.map((p) => split(p.text, vocabulary)) };
}

/** Every passage of `sharedWords` or more words that appears on two or more of `pages`, quoted-source lines aside. */
export function sharedPassages(
  pages: readonly ProsePage[],
  { size = sharedWords, allowed = quotedSourceLines }: { size?: number; allowed?: readonly string[] } = {},
  { vocabulary, texts } = parse(pages),
): ProseProblem[] {
  const keys = texts.map((t) => windowKeys(t, size));
  const allowedKeys = new Set<number>();
  for (const line of allowed) {
    for (const key of windowKeys(split(line.replace(/\n/g, ' '), vocabulary), size)) allowedKeys.add(key);
  }

  // Keys that occur more than once anywhere: sorting every key is cheaper than a map of millions of them.
  const all = new Float64Array(keys.reduce((n, k) => n + k.length, 0));
  let at = 0;
  for (const k of keys) all.set(k, (at += k.length) - k.length);
  all.sort();
  const repeated = new Set<number>();
  for (let i = 1; i < all.length; i++) if (all[i] === all[i - 1] && all[i]! >= 0) repeated.add(all[i]!);

  // Which pages each repeated run appears on, in page order; runs that only hash alike are told apart by their words.
  const seenOn = new Map<number, { words: Int32Array; on: number[] }[]>();
  const onPages = (page: number, i: number): number[] | undefined => {
    const words = texts[page]!.ids.subarray(i, i + size);
    return seenOn.get(keys[page]![i]!)?.find((e) => e.words.every((w, k) => w === words[k]))?.on;
  };
  keys.forEach((pageKeys, page) => {
    pageKeys.forEach((key, i) => {
      if (!repeated.has(key) || allowedKeys.has(key)) return;
      const on = onPages(page, i);
      if (!on) {
        const entries = seenOn.get(key) ?? [];
        entries.push({ words: texts[page]!.ids.subarray(i, i + size), on: [page] });
        seenOn.set(key, entries);
      } else if (on.at(-1) !== page) on.push(page);
    });
  });

  const problems: ProseProblem[] = [];
  // Each shared run is reported once, from the first page it appears on, merged with its neighbours while the
  // same set of pages shares them, so a copied paragraph is one problem rather than dozens.
  texts.forEach((text, page) => {
    let run: { start: number; end: number; on: number[] } | undefined;
    const flush = () => {
      if (!run) return;
      const first = text.token[run.start]!;
      const last = text.token[run.end + size - 1]!;
      const passage = tokensOf(pages[page]!.text)
        .slice(first, last + 1)
        .join(' ');
      const names = run.on.map((p) => pages[p]!.path);
      const count = run.end - run.start + size;
      problems.push({
        rule: 'shared-passage',
        pages: names,
        passage,
        message: `${names.join(' and ')} share ${count} words: "${passage}". Rewrite it on all but one page, or link to the page that owns it.`,
      });
      run = undefined;
    };
    const pageKeys = keys[page]!;
    for (let i = 0; i < pageKeys.length; i++) {
      const on = repeated.has(pageKeys[i]!) ? onPages(page, i) : undefined;
      const shared = on && on.length > 1 && on[0] === page ? on : undefined;
      if (shared && run && run.end === i - 1 && sameSet(run.on, shared)) run.end = i;
      else {
        flush();
        if (shared) run = { start: i, end: i, on: shared };
      }
    }
    flush();
  });
  return problems;
}

/** Whether `needle` occurs in `ids`, word for word. */
function contains(ids: Int32Array, needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= ids.length; i++) {
    for (let k = 0; k < needle.length; k++) if (ids[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** Every stock phrase that appears on more than `limit` of `pages`. */
export function overusedPhrases(
  pages: readonly ProsePage[],
  { phrases = stockPhrases, limit = stockPhraseLimit }: { phrases?: readonly string[]; limit?: number } = {},
  { vocabulary, texts } = parse(pages),
): ProseProblem[] {
  return phrases.flatMap((phrase) => {
    const needle = normalWords(phrase).map((w) => vocabulary.get(w));
    if (needle.some((id) => id === undefined)) return [];
    const on = pages.filter((_, i) => contains(texts[i]!.ids, needle as number[])).map((p) => p.path);
    if (on.length <= limit) return [];
    return [
      {
        rule: 'stock-phrase' as const,
        pages: on,
        passage: phrase,
        message: `"${phrase}" appears on ${on.length} articles (at most ${limit}): ${on.join(', ')}. Say it in words that belong to each page.`,
      },
    ];
  });
}

/** Everything the prose lint finds: shared passages first, then overused stock phrases. */
export function lintProse(pages: readonly ProsePage[]): ProseProblem[] {
  // Each text is split into words once, for both rules.
  const parsed = parse(pages);
  return [...sharedPassages(pages, {}, parsed), ...overusedPhrases(pages, {}, parsed)];
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
