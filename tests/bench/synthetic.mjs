// Deterministic synthetic articles for the scale benchmark: same text on every run, with headings. The same files
// go into the Starlight peer's copy, which reads only their title.
import { topics } from '../../src/site.config.ts';

const words = (
  'model data pipeline deploy latency feature training evaluation serving monitor drift metric baseline ' +
  'experiment review engineer production batch online embedding retrieval index cost throughput team ' +
  'design system interview portfolio project skill level scope impact mentor owner quality label signal'
).split(' ');

/**
 * Deterministic random numbers for article `seed`, so every run builds the same text. Each draw hashes the article and
 * the draw's position (a counter-based generator): two articles never replay the same stretch of one sequence, as
 * streams of a single generator from nearby seeds can, which would give them long passages in common (and the build's
 * prose lint rejects articles that share ten words in a row).
 */
function randomFor(seed) {
  let n = 0;
  return () => {
    let x = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(++n, 0xc2b2ae35);
    x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
    x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
    return ((x ^ (x >>> 16)) >>> 0) / 4294967296;
  };
}

function sentence(rand, n) {
  const picked = Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]);
  return `${picked.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

/** One synthetic article of about 1,200 words: five h2 sections with two h3 each, under one of the guide's topics. */
export function syntheticArticle(i) {
  const rand = randomFor(i + 1);
  const para = () => Array.from({ length: 5 }, () => sentence(rand, 10 + Math.floor(rand() * 8))).join(' ');
  const body = Array.from({ length: 5 }, (_, s) => {
    const subs = Array.from({ length: 2 }, (_, t) => `### Detail ${s + 1}.${t + 1} of part ${i}\n\n${para()}\n`);
    return `## Part ${s + 1} of synthetic article ${i}\n\n${para()}\n\n${para()}\n\n${subs.join('\n')}`;
  });
  return `---
title: "Synthetic article ${i}"
description: "A generated article used to measure how the build scales with the number of pages (${i})."
topic: ${topics[i % topics.length]}
order: ${1000 + i}
lastReviewed: 2026-11-26
changes:
  - date: 2026-11-26
    text: "First published."
stages: [junior]
takeaways:
  - "The first generated takeaway sentence."
  - "The second generated takeaway sentence."
  - "The third generated takeaway sentence."
sources:
  - title: "ML Engineer Career Guide 2026 (source text), originally published March 13, 2026"
---

${para()}

${body.join('\n')}`;
}
