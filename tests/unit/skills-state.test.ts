import { describe, expect, it } from 'vitest';
import {
  decodeShare,
  encodeShare,
  isShareHash,
  parseSaved,
  readStored,
  serialize,
  summarize,
  type Marks,
} from '../../src/lib/skills-state';

const known = ['python', 'git', 'rag', 'rust-cpp', 'communication'];
const sample: Marks = { python: 'confident', git: 'confident', rag: 'learning', 'rust-cpp': 'not-yet' };

describe('share links', () => {
  it('encode compactly, grouped by mark, in list order', () => {
    expect(encodeShare(sample, known)).toBe('v1:c=python,git;l=rag;n=rust-cpp');
    expect(encodeShare({}, known)).toBe('v1:');
  });

  it('round-trip any state exactly', () => {
    for (const state of [sample, {}, { communication: 'learning' } as Marks]) {
      expect(decodeShare(`#${encodeShare(state, known)}`, known)).toEqual({ ok: true, marks: state, ignored: 0 });
    }
  });

  it('ignore ids the list no longer has, and leave new skills unmarked', () => {
    const result = decodeShare('v1:c=python,old-skill;n=retired', known);
    expect(result).toEqual({ ok: true, marks: { python: 'confident' }, ignored: 2 });
  });

  it('survive percent-encoding added by a chat app or mail client', () => {
    expect(decodeShare('#v1%3Ac%3Dpython%2Cgit', known)).toEqual({
      ok: true,
      marks: { python: 'confident', git: 'confident' },
      ignored: 0,
    });
  });

  it('refuse damaged or foreign input with a reason instead of throwing', () => {
    for (const bad of ['v1:x=python', 'v1:c', 'v1:c=py thon', 'v1:c=python=git', 'v1:c=,', '#%E0%A4%A', 'main']) {
      expect(decodeShare(bad, known)).toMatchObject({ ok: false, reason: expect.any(String) });
    }
    expect(decodeShare('v2:c=python', known)).toEqual({ ok: false, reason: 'the link was made by format version 2' });
  });

  it('are told apart from ordinary section anchors', () => {
    expect(isShareHash('#v1:c=python')).toBe(true);
    expect(isShareHash('v1:')).toBe(true);
    expect(isShareHash('#main')).toBe(false);
    expect(isShareHash('#must-have')).toBe(false);
  });
});

describe('saved state (localStorage and exported files)', () => {
  it('round-trips through storage and through an exported file', () => {
    expect(parseSaved(serialize(sample), known)).toEqual({ ok: true, marks: sample, ignored: 0 });
    const file = serialize(sample, new Date('2026-11-26T10:00:00Z'));
    expect(JSON.parse(file)).toMatchObject({ version: 1, exported: '2026-11-26T10:00:00.000Z' });
    expect(parseSaved(file, known)).toEqual({ ok: true, marks: sample, ignored: 0 });
  });

  it('starts empty when nothing is stored, and reports corrupt storage instead of throwing', () => {
    expect(readStored(null, known)).toEqual({ status: 'empty', marks: {}, ignored: 0 });
    for (const corrupt of ['{not json', '"a string"', 'null', '[]', '{"marks":{}}', '{"format":"x","version":1}']) {
      expect(readStored(corrupt, known)).toEqual({ status: 'corrupt', marks: {}, ignored: 0 });
    }
  });

  it('drops unknown ids and invalid marks, and keeps the rest', () => {
    const raw = JSON.stringify({
      format: 'ml-engineer-career-guide/skills-check',
      version: 1,
      marks: { python: 'confident', gone: 'learning', git: 'expert', rag: 42 },
    });
    expect(readStored(raw, known)).toEqual({ status: 'ok', marks: { python: 'confident' }, ignored: 3 });
  });

  it('explains why a file cannot be imported', () => {
    expect(parseSaved('{', known)).toEqual({ ok: false, reason: 'it is not valid JSON' });
    expect(parseSaved('{"name":"package"}', known)).toEqual({ ok: false, reason: 'it is not a skills self-check' });
    expect(parseSaved('{"format":"ml-engineer-career-guide/skills-check","version":2,"marks":{}}', known)).toEqual({
      ok: false,
      reason: 'it has format version 2, and this page reads 1',
    });
    expect(parseSaved('{"format":"ml-engineer-career-guide/skills-check","version":1,"marks":[]}', known)).toEqual({
      ok: false,
      reason: 'its marks are missing',
    });
  });
});

describe('the summary', () => {
  it('counts marks per group and lists gaps, not yet before learning', () => {
    const groups = [
      { id: 'tech', skills: ['python', 'git', 'rag', 'rust-cpp'] },
      { id: 'soft', skills: ['communication'] },
    ];
    const [tech, soft] = summarize(groups, { ...sample, python: 'learning' });
    expect(tech).toEqual({
      id: 'tech',
      total: 4,
      counts: { confident: 1, learning: 2, 'not-yet': 1, unmarked: 0 },
      gaps: [
        { id: 'rust-cpp', mark: 'not-yet' },
        { id: 'python', mark: 'learning' },
        { id: 'rag', mark: 'learning' },
      ],
    });
    expect(soft).toEqual({
      id: 'soft',
      total: 1,
      counts: { confident: 0, learning: 0, 'not-yet': 0, unmarked: 1 },
      gaps: [],
    });
  });
});
