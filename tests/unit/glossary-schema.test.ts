import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { termIdsIn } from '../../src/lib/glossary';
import { glossarySchema, glossaryTermSchema, parseGlossary } from '../../src/schemas/glossary';

const published = parse(readFileSync(new URL('../../content/data/glossary.yaml', import.meta.url), 'utf8'));
const unlinked: string[] = parse(readFileSync(new URL('../fixtures/glossary-unlinked.yaml', import.meta.url), 'utf8'));
const articlesDir = new URL('../../content/articles/', import.meta.url);
const articles = readdirSync(articlesDir).map((name) => ({
  name,
  source: readFileSync(new URL(name, articlesDir), 'utf8'),
}));
const [good] = published.terms;
/** A glossary file holding just `terms`. */
const file = (terms: unknown[]) => ({ terms });

describe('glossary data', () => {
  it('the published file is valid, with at least 40 terms and unique ids', () => {
    const terms = glossarySchema.parse(published.terms);
    expect(terms.length).toBeGreaterThanOrEqual(40);
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
  });

  it('accepts a complete term and defaults related to none', () => {
    const { related: _, ...noRelated } = good;
    expect(glossaryTermSchema.parse(noRelated).related).toEqual([]);
  });

  it('rejects a missing definition and unknown fields', () => {
    const { definition: _, ...rest } = good;
    expect(() => glossaryTermSchema.parse(rest)).toThrow(/definition/);
    expect(() => glossaryTermSchema.parse({ ...good, defintion: 'typo' })).toThrow(/defintion/);
  });

  it('rejects an id that could not be an anchor', () => {
    expect(() => glossaryTermSchema.parse({ ...good, id: 'A/B test' })).toThrow(/lowercase letters/);
  });

  it('rejects a short definition too long for a popover', () => {
    expect(() => glossaryTermSchema.parse({ ...good, short: 'x'.repeat(161) })).toThrow(/at most 160/);
  });

  it('rejects a see link that does not point into the guide', () => {
    for (const see of ['https://example.com/', '/glossary/#rag', 'guide/skills/', '/guide/skills']) {
      expect(() => glossaryTermSchema.parse({ ...good, see })).toThrow(/see must be a guide path/);
    }
    expect(glossaryTermSchema.parse({ ...good, see: '/guide/skills/' }).see).toBe('/guide/skills/');
  });

  it('rejects duplicate ids, unknown related ids and a term related to itself, naming the term', () => {
    expect(() => parseGlossary(file([good, good]))).toThrow(`term 2 ("${good.id}") id: id "${good.id}" is used twice`);
    expect(() => parseGlossary(file([{ ...good, related: ['no-such-term'] }]))).toThrow(
      `term 1 ("${good.id}") related.0: related id "no-such-term" is not a term`,
    );
    expect(() => parseGlossary(file([{ ...good, related: [good.id] }]))).toThrow(/lists itself as related/);
    expect(() => parseGlossary(file([{ ...good, see: 'nowhere' }]), 'glossary.yaml')).toThrow(
      /^glossary\.yaml: term 1/,
    );
  });
});

describe('glossary terms in articles', () => {
  const used = new Set(articles.flatMap((a) => termIdsIn(a.source)));
  const ids = new Set(glossarySchema.parse(published.terms).map((t) => t.id));

  it('every <Term id> in an article names a glossary term', () => {
    for (const { name, source } of articles) {
      for (const id of termIdsIn(source)) expect(ids.has(id), `${name}: <Term id="${id}">`).toBe(true);
    }
  });

  it('every term is linked from at least one article, except the few no article mentions', () => {
    const missing = [...ids].filter((id) => !used.has(id));
    expect(missing.sort()).toEqual([...unlinked].sort());
  });

  it('finds the ids an article marks, once each, in order of first use', () => {
    expect(termIdsIn('<Term id="rag">RAG</Term> and <Term id=\'llm\'>LLM</Term>, <Term id="rag">again</Term>')).toEqual(
      ['rag', 'llm'],
    );
  });
});
