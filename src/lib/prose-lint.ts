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

/** Words in normal form: lower case, apostrophes dropped ("don't" is "dont"), any other punctuation a break. */
export function normalWords(text: string): string[] {
  return split(text).words.map((w) => w.word);
}

interface Word {
  word: string;
  /** Index of the whitespace-separated token it came from, so a passage can be quoted as written. */
  token: number;
  /** Which line of the text it is on: a passage never runs across a line break. */
  line: number;
}

function split(text: string): { tokens: string[]; words: Word[] } {
  const tokens: string[] = [];
  const words: Word[] = [];
  text.split('\n').forEach((lineText, line) => {
    for (const token of lineText.split(/\s+/).filter(Boolean)) {
      const parts = token
        .toLowerCase()
        .replace(/['’‘]/g, '')
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      for (const word of parts) words.push({ word, token: tokens.length, line });
      tokens.push(token);
    }
  });
  return { tokens, words };
}

/** A run of `size` words as a number: two independent 26-bit polynomial hashes of the words' ids, or -1 where the
    run would cross a line break. Numbers, not joined strings, because a large guide has millions of runs. */
function windowKeys(list: readonly Word[], ids: Int32Array, size: number): Float64Array {
  const keys = new Float64Array(Math.max(0, list.length - size + 1));
  for (let i = 0; i < keys.length; i++) {
    if (list[i]!.line !== list[i + size - 1]!.line) {
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

/** Every passage of `sharedWords` or more words that appears on two or more of `pages`, quoted-source lines aside. */
export function sharedPassages(
  pages: readonly ProsePage[],
  { size = sharedWords, allowed = quotedSourceLines }: { size?: number; allowed?: readonly string[] } = {},
  parsed = pages.map((p) => split(p.text)),
): ProseProblem[] {
  const vocabulary = new Map<string, number>();
  const idsOf = (list: readonly Word[]) =>
    Int32Array.from(list, ({ word }) => {
      let id = vocabulary.get(word);
      if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
      return id;
    });
  const lists = parsed.map((p) => p.words);
  const ids = lists.map(idsOf);
  const keys = lists.map((list, page) => windowKeys(list, ids[page]!, size));
  const allowedKeys = new Set<number>();
  for (const line of allowed) {
    const list = split(line.replace(/\n/g, ' ')).words;
    for (const key of windowKeys(list, idsOf(list), size)) allowedKeys.add(key);
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
    const words = ids[page]!.subarray(i, i + size);
    return seenOn.get(keys[page]![i]!)?.find((e) => e.words.every((w, k) => w === words[k]))?.on;
  };
  keys.forEach((pageKeys, page) => {
    pageKeys.forEach((key, i) => {
      if (!repeated.has(key) || allowedKeys.has(key)) return;
      const on = onPages(page, i);
      if (!on) {
        const entries = seenOn.get(key) ?? [];
        entries.push({ words: ids[page]!.subarray(i, i + size), on: [page] });
        seenOn.set(key, entries);
      } else if (on.at(-1) !== page) on.push(page);
    });
  });

  const problems: ProseProblem[] = [];
  // Each shared run is reported once, from the first page it appears on, merged with its neighbours while the
  // same set of pages shares them, so a copied paragraph is one problem rather than dozens.
  lists.forEach((list, page) => {
    let run: { start: number; end: number; on: number[] } | undefined;
    const flush = () => {
      if (!run) return;
      const first = list[run.start]!.token;
      const last = list[run.end + size - 1]!.token;
      const passage = parsed[page]!.tokens.slice(first, last + 1).join(' ');
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

/** Every stock phrase that appears on more than `limit` of `pages`. */
export function overusedPhrases(
  pages: readonly ProsePage[],
  { phrases = stockPhrases, limit = stockPhraseLimit }: { phrases?: readonly string[]; limit?: number } = {},
  parsed = pages.map((p) => split(p.text)),
): ProseProblem[] {
  const texts = parsed.map((p) => ` ${p.words.map((w) => w.word).join(' ')} `);
  return phrases.flatMap((phrase) => {
    const needle = ` ${normalWords(phrase).join(' ')} `;
    const on = pages.filter((_, i) => texts[i]!.includes(needle)).map((p) => p.path);
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
  const parsed = pages.map((p) => split(p.text));
  return [...sharedPassages(pages, {}, parsed), ...overusedPhrases(pages, {}, parsed)];
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
