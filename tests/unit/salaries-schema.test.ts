import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { salaryBases } from '../../src/lib/format';
import { salariesSchema } from '../../src/schemas/salaries';

const published = parse(readFileSync(new URL('../../content/data/salaries.yaml', import.meta.url), 'utf8'));

describe('salaries data', () => {
  it('the published file is valid and says region, year, date and basis for every figure', () => {
    const data = salariesSchema.parse(published);
    expect(data.region).toBe('US');
    expect(data.year).toBe(2026);
    expect(data.published).toEqual(new Date('2026-03-13'));
    for (const level of data.levels) expect(Object.keys(salaryBases)).toContain(level.basis);
  });

  it('carries the source text’s figures exactly, on the basis the source states', () => {
    const byId = Object.fromEntries(salariesSchema.parse(published).levels.map((l) => [l.id, l]));
    expect(byId.entry).toMatchObject({ min: 120_000, max: 180_000, basis: 'stated-salary' });
    expect(byId.typical).toMatchObject({ min: 150_000, max: 350_000, openEnded: true, basis: 'stated-salary' });
    expect(byId['top-total']).toMatchObject({ min: 500_000, basis: 'total', openEnded: true });
  });

  it('quotes, for every figure, words from the source passage the file cites', () => {
    const data = salariesSchema.parse(published);
    for (const level of data.levels) expect(data.source.passage).toContain(level.quote);
  });

  it('rejects a range whose top is below its bottom', () => {
    const bad = { ...published, levels: [{ ...published.levels[0], min: 200_000, max: 100_000 }] };
    expect(() => salariesSchema.parse(bad)).toThrow(/max must be above min/);
  });

  it('rejects a range with no top that is not marked open-ended', () => {
    const { max: _, ...noMax } = published.levels[0];
    expect(() => salariesSchema.parse({ ...published, levels: [noMax] })).toThrow(/openEnded/);
  });

  it('rejects a basis the source does not state, and duplicate ids', () => {
    expect(() => salariesSchema.parse({ ...published, levels: [{ ...published.levels[0], basis: 'base' }] })).toThrow(
      'basis must be one of: stated-salary, total',
    );
    expect(() => salariesSchema.parse({ ...published, levels: [published.levels[0], published.levels[0]] })).toThrow(
      /unique/,
    );
  });

  it('rejects a figure without the source’s words, and data without its method', () => {
    const { quote: _, ...unquoted } = published.levels[0];
    expect(() => salariesSchema.parse({ ...published, levels: [unquoted] })).toThrow(/quote/);
    const { method: __, ...noMethod } = published;
    expect(() => salariesSchema.parse(noMethod)).toThrow(/method/);
  });
});
