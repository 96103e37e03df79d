import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { salariesSchema } from '../../src/schemas/salaries';

const published = parse(readFileSync(new URL('../../content/data/salaries.yaml', import.meta.url), 'utf8'));

describe('salaries data', () => {
  it('the published file is valid and says region, year and basis for every figure', () => {
    const data = salariesSchema.parse(published);
    expect(data.region).toBe('US');
    expect(data.year).toBe(2026);
    expect(data.lastReviewed).toEqual(new Date('2026-11-26'));
    for (const level of data.levels) expect(['base', 'total']).toContain(level.basis);
  });

  it('carries the source text’s figures exactly', () => {
    const byId = Object.fromEntries(salariesSchema.parse(published).levels.map((l) => [l.id, l]));
    expect(byId.entry).toMatchObject({ min: 120_000, max: 180_000, basis: 'base' });
    expect(byId.typical).toMatchObject({ min: 150_000, max: 350_000, openEnded: true });
    expect(byId['top-total']).toMatchObject({ min: 500_000, basis: 'total', openEnded: true });
  });

  it('rejects a range whose top is below its bottom', () => {
    const bad = { ...published, levels: [{ ...published.levels[0], min: 200_000, max: 100_000 }] };
    expect(() => salariesSchema.parse(bad)).toThrow(/max must be above min/);
  });

  it('rejects a range with no top that is not marked open-ended', () => {
    const { max: _, ...noMax } = published.levels[0];
    expect(() => salariesSchema.parse({ ...published, levels: [noMax] })).toThrow(/openEnded/);
  });

  it('rejects an unknown basis and duplicate ids', () => {
    expect(() => salariesSchema.parse({ ...published, levels: [{ ...published.levels[0], basis: 'hourly' }] })).toThrow(
      /basis must be/,
    );
    expect(() => salariesSchema.parse({ ...published, levels: [published.levels[0], published.levels[0]] })).toThrow(
      /unique/,
    );
  });
});
