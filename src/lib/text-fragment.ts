/**
 * Text fragments (https://wicg.github.io/scroll-to-text-fragment/): build the `:~:text=` directive that makes a
 * browser scroll to and highlight exactly the passage a reader selected, and resolve one the way the spec does,
 * so the builder can check its own output.
 *
 * A page is modelled as flat text: the visible text of each block with whitespace collapsed to single spaces,
 * blocks joined by "\n". A term never matches across a block boundary; a start,end range may span blocks.
 */

/** The parts of one `text=` directive; only `start` is required. */
export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** A half-open range [start, end) of offsets into the flat text. */
export interface Span {
  start: number;
  end: number;
}

/** Separates blocks in the flat text. */
export const BLOCK = '\n';

/** Selections of at most this many words are quoted whole; longer ones become textStart,textEnd. */
const MAX_EXACT_WORDS = 8;
/** Words in each of textStart and textEnd for a long selection, before any are added to make it unique. */
const RANGE_WORDS = 3;
/** Context words tried on each side before giving up on a passage that repeats. */
const MAX_CONTEXT_WORDS = 6;

const wordChar = /[\p{L}\p{N}\p{M}_]/u;

/** Whether the character at i belongs to a word: letters, digits, and an apostrophe or decimal point inside one. */
function isWordAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === undefined) return false;
  if (wordChar.test(ch)) return true;
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (ch === "'" || ch === '’') return /\p{L}/u.test(before) && /\p{L}/u.test(after);
  if (ch === '.' || ch === ',') return /\p{N}/u.test(before) && /\p{N}/u.test(after);
  return false;
}

/** Whether a word boundary lies between text[i - 1] and text[i]. */
function isBoundary(text: string, i: number): boolean {
  return !(isWordAt(text, i - 1) && isWordAt(text, i));
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === BLOCK;

/**
 * Case and accent folding that keeps every offset in place, so matches in folded text are matches in the page.
 * Browsers compare at the collation's primary level (ignoring case and accents); folding both sides approximates it.
 */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
    out += base.length === ch.length ? base : lower.length === ch.length ? lower : ch;
  }
  return out;
}

/** First match of `query` inside [from, to), optionally bounded by words at either end. */
function find(text: string, query: string, from: number, to: number, wordStart: boolean, wordEnd: boolean) {
  if (!query || query.includes(BLOCK)) return null;
  for (let i = text.indexOf(query, from); i !== -1 && i + query.length <= to; i = text.indexOf(query, i + 1)) {
    const end = i + query.length;
    if (wordStart && !isBoundary(text, i)) continue;
    if (wordEnd && !isBoundary(text, end)) continue;
    return { start: i, end };
  }
  return null;
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && isSpace(text[i])) i++;
  return i;
}

/** Where a browser would find `directive` in `text` (the spec's "find a range from a text directive"), or null. */
export function resolveTextDirective(text: string, directive: TextDirective): Span | null {
  const folded = fold(text);
  const prefix = directive.prefix && fold(directive.prefix);
  const start = fold(directive.start);
  const end = directive.end && fold(directive.end);
  const suffix = directive.suffix && fold(directive.suffix);
  const to = folded.length;
  let from = 0;
  while (from < to) {
    let match: Span | null;
    if (prefix) {
      const p = find(folded, prefix, from, to, true, false);
      if (!p) return null;
      from = p.start + 1;
      const after = skipSpace(folded, p.end, to);
      if (after >= to) return null;
      match = find(folded, start, after, to, false, !end);
      if (!match) return null;
      if (match.start !== after) continue;
    } else {
      match = find(folded, start, from, to, true, !end);
      if (!match) return null;
      from = match.start + 1;
    }
    if (!end && !suffix) return match;
    let endFrom = match.end;
    while (endFrom < to) {
      if (end) {
        const e = find(folded, end, endFrom, to, true, !suffix);
        if (!e) return null;
        match = { start: match.start, end: e.end };
      }
      if (!suffix) return match;
      const suffixFrom = skipSpace(folded, match.end, to);
      const s = find(folded, suffix, suffixFrom, to, false, true);
      if (!s) return null;
      if (s.start === suffixFrom) return match;
      if (!end) break;
      endFrom = match.end;
    }
  }
  return null;
}

/** Narrows a selection to what a directive can name: no outer whitespace, whole words at both ends. */
export function snapToWords(text: string, span: Span): Span | null {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (start === end) return null;
  while (start > 0 && !isBoundary(text, start)) start--;
  while (end < text.length && !isBoundary(text, end)) end++;
  return { start, end };
}

/** Offsets just past the end of each of the next `n` space-separated words after `from`, within its block. */
function wordEndsAfter(text: string, from: number, limit: number): number[] {
  const ends: number[] = [];
  let i = from;
  while (i < limit) {
    while (i < limit && text[i] === ' ') i++;
    if (i >= limit || text[i] === BLOCK) break;
    while (i < limit && !isSpace(text[i])) i++;
    ends.push(i);
  }
  return ends;
}

/** Offsets of the start of each word before `to`, nearest first, within its block. */
function wordStartsBefore(text: string, to: number, limit: number): number[] {
  const starts: number[] = [];
  let i = to;
  while (i > limit) {
    while (i > limit && text[i - 1] === ' ') i--;
    if (i <= limit || text[i - 1] === BLOCK) break;
    while (i > limit && !isSpace(text[i - 1])) i--;
    starts.push(i);
  }
  return starts;
}

/** The candidates to try, shortest first: the bare quote or range, then with more and more context. */
function* candidates(text: string, span: Span): Generator<TextDirective> {
  const selected = text.slice(span.start, span.end);
  const startWords = wordEndsAfter(text, span.start, span.end);
  const endWords = wordStartsBefore(text, span.end, span.start);
  const exact = !selected.includes(BLOCK) && startWords.length <= MAX_EXACT_WORDS;
  const before = wordStartsBefore(text, span.start, 0);
  const after = wordEndsAfter(text, span.end, text.length);

  for (let n = 0; n <= MAX_CONTEXT_WORDS; n++) {
    let base: TextDirective;
    if (exact) {
      base = { start: selected };
    } else {
      // Grow textStart and textEnd with the context, but never let them meet inside one block.
      const inOneBlock = !selected.includes(BLOCK);
      const cap = inOneBlock ? Math.floor(startWords.length / 2) : Infinity;
      const k = Math.min(RANGE_WORDS + n, cap);
      const startEnd = startWords[Math.min(k, startWords.length) - 1] ?? span.end;
      const endStart = endWords[Math.min(k, endWords.length) - 1] ?? span.start;
      base = { start: text.slice(span.start, startEnd), end: text.slice(endStart, span.end) };
    }
    if (n === 0) {
      yield base;
      continue;
    }
    const prefixStart = before[Math.min(n, before.length) - 1];
    const suffixEnd = after[Math.min(n, after.length) - 1];
    const prefix = prefixStart === undefined ? undefined : text.slice(prefixStart, span.start).trimEnd();
    const suffix = suffixEnd === undefined ? undefined : text.slice(span.end, suffixEnd).trimStart();
    if (!exact) yield base;
    if (prefix) yield { ...base, prefix };
    if (suffix) yield { ...base, suffix };
    if (prefix && suffix) yield { ...base, prefix, suffix };
  }
}

/**
 * The shortest directive that a browser resolves to exactly the selected words (the selection is first widened to
 * whole words), or null when the passage cannot be told apart from an earlier identical one.
 */
export function textDirectiveFor(text: string, selection: Span): { directive: TextDirective; span: Span } | null {
  const span = snapToWords(text, selection);
  if (!span) return null;
  for (const directive of candidates(text, span)) {
    const found = resolveTextDirective(text, directive);
    if (found && found.start === span.start && found.end === span.end) return { directive, span };
  }
  return null;
}

/** Percent-encodes one term: everything encodeURIComponent does, plus "-", which the syntax reserves. */
const encodeTerm = (term: string) => encodeURIComponent(term).replace(/-/g, '%2D');

/** The fragment directive for a URL: ":~:text=prefix-,start,end,-suffix" with every term encoded. */
export function formatTextDirective(d: TextDirective): string {
  const parts = [
    d.prefix ? `${encodeTerm(d.prefix)}-` : '',
    encodeTerm(d.start),
    d.end ? encodeTerm(d.end) : '',
    d.suffix ? `-${encodeTerm(d.suffix)}` : '',
  ].filter(Boolean);
  return `:~:text=${parts.join(',')}`;
}

/** Reads the text directive out of a URL or fragment, or null when it has none. */
export function parseTextDirective(urlOrHash: string): TextDirective | null {
  const match = /:~:(?:.*&)?text=([^&]*)/.exec(urlOrHash);
  if (!match?.[1]) return null;
  const parts = match[1].split(',');
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  const prefix = first.endsWith('-') ? first.slice(0, -1) : undefined;
  if (prefix !== undefined) parts.shift();
  const suffix = parts.length > 1 && last.startsWith('-') ? last.slice(1) : undefined;
  if (suffix !== undefined) parts.pop();
  const [start, end] = parts;
  if (!start || parts.length > 2) return null;
  const d: TextDirective = { start: decodeURIComponent(start) };
  if (end) d.end = decodeURIComponent(end);
  if (prefix) d.prefix = decodeURIComponent(prefix);
  if (suffix) d.suffix = decodeURIComponent(suffix);
  return d;
}
