import { describe, expect, it } from 'vitest';
import {
  formatTextDirective,
  parseTextDirective,
  resolveTextDirective,
  snapToWords,
  textDirectiveFor,
} from '../../src/lib/text-fragment';

/** A span of `needle` in `text`, the nth occurrence (0-based). */
function spanOf(text: string, needle: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at === -1) throw new Error(`"${needle}" not in text`);
  return { start: at, end: at + needle.length };
}

const page = [
  'Skills that get you hired',
  'Python is the lingua franca of ML. Training code, pipelines and evaluation are Python.',
  'You write clean Python: clear functions, type hints and tests.',
  'Interviewers rarely ask about Python by name. They assume it and notice fast when it is missing.',
].join('\n');

describe('resolving a text directive, as a browser does', () => {
  it('finds the first whole-word, case-insensitive match', () => {
    expect(resolveTextDirective(page, { start: 'python' })).toEqual(spanOf(page, 'Python'));
    // "ML" inside "HTML" is not a match: terms are bounded by words.
    expect(resolveTextDirective('HTML and ML', { start: 'ML' })).toEqual({ start: 9, end: 11 });
  });

  it('uses prefix and suffix as context that must sit right beside the match', () => {
    expect(resolveTextDirective(page, { prefix: 'write clean', start: 'Python' })).toEqual(spanOf(page, 'Python', 2));
    expect(resolveTextDirective(page, { start: 'Python', suffix: 'by name' })).toEqual(spanOf(page, 'Python', 3));
  });

  it('resolves a range from textStart to the next textEnd, across blocks', () => {
    const found = resolveTextDirective(page, { start: 'You write', end: 'rarely ask' });
    expect(found).toEqual({ start: page.indexOf('You write'), end: page.indexOf('rarely ask') + 'rarely ask'.length });
  });

  it('never matches a single term across a block boundary', () => {
    expect(resolveTextDirective(page, { start: 'hired Python' })).toBeNull();
  });

  it('ignores accents as browsers do', () => {
    expect(resolveTextDirective('A résumé, then a resume.', { start: 'resume' })).toEqual({ start: 2, end: 8 });
  });
});

describe('building a directive for a selection', () => {
  it('widens a selection to whole words and trims spaces', () => {
    const text = 'the lingua franca of ML';
    expect(snapToWords(text, { start: 6, end: 14 })).toEqual({ start: 4, end: 17 });
    expect(snapToWords(text, { start: 3, end: 4 })).toBeNull();
  });

  it('quotes a short, unique selection whole', () => {
    const result = textDirectiveFor(page, spanOf(page, 'lingua franca'));
    expect(result?.directive).toEqual({ start: 'lingua franca' });
  });

  it('adds context when the same words appear earlier on the page', () => {
    const target = spanOf(page, 'Python', 2);
    const result = textDirectiveFor(page, target);
    expect(result?.directive.prefix ?? result?.directive.suffix).toBeTruthy();
    expect(resolveTextDirective(page, result!.directive)).toEqual(target);
  });

  it('turns a long selection into textStart,textEnd', () => {
    const target = spanOf(page, 'Interviewers rarely ask about Python by name. They assume it and notice fast');
    const result = textDirectiveFor(page, target);
    expect(result?.directive).toEqual({ start: 'Interviewers rarely ask', end: 'and notice fast' });
  });

  it('links a selection that spans paragraphs with a range', () => {
    const target = { start: page.indexOf('and tests.'), end: page.indexOf('by name.') + 'by name.'.length };
    const result = textDirectiveFor(page, target);
    expect(result?.directive.end).toBeDefined();
    expect(resolveTextDirective(page, result!.directive)).toEqual(result!.span);
  });

  it('gives up on a passage that repeats with identical context', () => {
    const twice = 'same words here\nsame words here';
    expect(textDirectiveFor(twice, spanOf(twice, 'words', 1))).toBeNull();
  });

  it('resolves every selection it builds back to the selected words', () => {
    const words = [...page.matchAll(/\S+/g)].map((m) => m.index);
    for (let i = 0; i < words.length; i += 3) {
      for (const length of [1, 4, 12]) {
        const start = words[i] as number;
        const end = words[Math.min(i + length, words.length - 1)] as number;
        if (end <= start) continue;
        const result = textDirectiveFor(page, { start, end });
        if (result) expect(resolveTextDirective(page, result.directive)).toEqual(result.span);
      }
    }
  });
});

describe('encoding', () => {
  it('percent-encodes the syntax characters - , & and spaces in every term', () => {
    expect(formatTextDirective({ prefix: 'a-b', start: 'c, d & e', end: 'f', suffix: 'g-h' })).toBe(
      ':~:text=a%2Db-,c%2C%20d%20%26%20e,f,-g%2Dh',
    );
  });

  it('parses what it formats', () => {
    const cases = [
      { start: 'lingua franca' },
      { start: 'Python', suffix: 'by name' },
      { prefix: 'write clean', start: 'Python' },
      { prefix: 'x-y', start: 'Rust, C++ & “CUDA”', end: '2–3 years', suffix: 'don’t' },
    ];
    for (const d of cases) expect(parseTextDirective(`https://x.test/p/#id${formatTextDirective(d)}`)).toEqual(d);
    expect(parseTextDirective('https://x.test/p/#id')).toBeNull();
  });
});
