import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../src/schemas/article';

const valid = parse(readFileSync(new URL('../fixtures/articles/valid.yaml', import.meta.url), 'utf8'));

/** The message zod gives for `data`, with the path of each problem. */
function problems(data: unknown): string[] {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('article frontmatter schema', () => {
  it('accepts a complete, valid article and fills defaults', () => {
    const data = articleSchema.parse(valid);
    expect(data.draft).toBe(false);
    expect(data.aliases).toEqual({});
    expect(data.lastReviewed).toBeInstanceOf(Date);
  });

  it('rejects a missing title, naming the field', () => {
    const { title: _, ...rest } = valid;
    expect(problems(rest)).toEqual([expect.stringMatching(/^title: /)]);
  });

  it('rejects a description that is too short or too long', () => {
    expect(problems({ ...valid, description: 'Too short.' })).toEqual([
      'description: description must be at least 50 characters',
    ]);
    expect(problems({ ...valid, description: 'x'.repeat(161) })).toEqual([
      'description: description must be at most 160 characters',
    ]);
  });

  it('rejects an unknown topic and lists the allowed ones', () => {
    expect(problems({ ...valid, topic: 'cooking' })[0]).toMatch(/^topic: topic must be one of: job-market, the-role/);
  });

  it('rejects an unknown career stage', () => {
    expect(problems({ ...valid, stages: ['wizard'] })[0]).toMatch(/^stages\.0: stages must be from/);
  });

  it('rejects a date that is not a date', () => {
    expect(problems({ ...valid, lastReviewed: 'last tuesday' })[0]).toMatch(/^lastReviewed: /);
  });

  it('rejects too few takeaways and an empty source list', () => {
    expect(problems({ ...valid, takeaways: ['Only one takeaway here.'] })[0]).toMatch(/^takeaways: /);
    expect(problems({ ...valid, sources: [] })).toEqual(['sources: list at least one source']);
  });

  it('rejects a source that does not quote the page it cites, naming the source', () => {
    const { passage: _, ...unquoted } = valid.sources[1];
    expect(problems({ ...valid, sources: [valid.sources[0], unquoted] })).toEqual([
      'sources.1.passage: source "PyTorch Documentation, the PyTorch Foundation" needs a passage: the words on https://docs.pytorch.org/docs/stable/index.html that support the claim, quoted exactly',
    ]);
  });

  it('rejects a source URL that is not absolute', () => {
    expect(problems({ ...valid, sources: [{ title: 'Docs', url: 'docs/page' }] })[0]).toMatch(/^sources\.0\.url: /);
  });

  it('rejects unknown fields, so a typo never passes silently', () => {
    expect(problems({ ...valid, titel: 'typo' })[0]).toMatch(/titel/);
  });

  it('accepts heading aliases and rejects ids with spaces', () => {
    expect(articleSchema.parse({ ...valid, aliases: { 'old-id': 'new-id' } }).aliases).toEqual({ 'old-id': 'new-id' });
    expect(problems({ ...valid, aliases: { 'old id': 'new-id' } })[0]).toMatch(/^aliases/);
  });
});
