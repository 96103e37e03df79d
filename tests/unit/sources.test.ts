import { describe, expect, it } from 'vitest';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { sourceSchema } from '../../src/schemas/source';

const sourceText = { title: 'ML Engineer Career Guide 2026 (source text), originally published March 13, 2026' };
const page = {
  title: 'Introducing Keras 3.0, Keras',
  url: 'https://keras.io/keras_3/',
  passage:
    'Keras 3 is a full rewrite of Keras that enables you to run your Keras workflows on top of either JAX, TensorFlow, or PyTorch',
  supports: 'Keras 3 runs on JAX, TensorFlow or PyTorch.',
};
const term = {
  id: 'keras',
  term: 'Keras',
  short: 'A high-level API for building and training neural networks in Python.',
  definition:
    'Keras is a high-level API for building and training neural networks. Since Keras 3 the same code runs on JAX, TensorFlow or PyTorch.',
  why: 'Its short, readable model definitions make it a quick way to try an architecture.',
  see: '/guide/skills/#pytorch-or-tensorflow',
};

/** zod's messages for a source, which its thrown error carries JSON-encoded. */
const problems = (value: unknown) => {
  const result = sourceSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('a source', () => {
  it('is the guide’s source text, cited by its title alone', () => {
    expect(sourceSchema.parse(sourceText)).toEqual(sourceText);
  });

  it('is otherwise a page with an https URL and the passage quoted from it', () => {
    expect(sourceSchema.parse(page)).toEqual(page);
    const { supports: _, ...withoutSupports } = page;
    expect(sourceSchema.parse(withoutSupports)).toEqual(withoutSupports);
  });

  it('fails without the passage that supports the claim', () => {
    const { passage: _, ...noPassage } = page;
    expect(() => sourceSchema.parse(noPassage)).toThrow(/needs a passage/);
    expect(problems(noPassage)).toEqual([
      'source "Introducing Keras 3.0, Keras" needs a passage: the words on https://keras.io/keras_3/ that support the claim, quoted exactly',
    ]);
  });

  it('fails over plain http', () => {
    expect(() => sourceSchema.parse({ ...page, url: 'http://keras.io/keras_3/' })).toThrow(/https/);
    expect(problems({ ...page, url: 'http://keras.io/keras_3/' })).toEqual([
      'source url must be an absolute https:// URL',
    ]);
  });

  it('fails without a url unless it is the guide’s source text', () => {
    const { url: _, ...noUrl } = page;
    expect(() => sourceSchema.parse(noUrl)).toThrow(/needs a url/);
    expect(problems(noUrl)).toEqual([
      'source "Introducing Keras 3.0, Keras" needs a url: only the guide\'s source text ("ML Engineer Career Guide 2026 (source text), …") is cited without one',
    ]);
  });

  it('fails on a passage too short to check and on unknown fields', () => {
    expect(() => sourceSchema.parse({ ...page, passage: 'Keras 3' })).toThrow(/at least 20 characters/);
    expect(() => sourceSchema.parse({ ...page, quote: page.passage })).toThrow(/quote/);
  });
});

describe('a glossary term’s sources', () => {
  it('are accepted in the same format as an article’s, and default to none', () => {
    expect(glossaryTermSchema.parse({ ...term, sources: [page] }).sources).toEqual([page]);
    expect(glossaryTermSchema.parse(term).sources).toEqual([]);
  });

  it('are held to the same rules', () => {
    const { passage: _, ...noPassage } = page;
    expect(() => glossaryTermSchema.parse({ ...term, sources: [noPassage] })).toThrow(/needs a passage/);
  });
});
