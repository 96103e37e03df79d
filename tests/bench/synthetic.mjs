// Deterministic synthetic articles for the scale benchmark: same text on every run, with headings. The same files
// go into the Starlight peer's copy, which reads only their title.
import { topics } from '../../src/site.config.ts';

const words = (
  'model data pipeline deploy latency feature training evaluation serving monitor drift metric baseline ' +
  'experiment review engineer production batch online embedding retrieval index cost throughput team ' +
  'design system interview portfolio project skill level scope impact mentor owner quality label signal'
).split(' ');

/** A tiny deterministic pseudo-random generator, so every run builds the same text. */
function lcg(seed) {
  let x = seed;
  return () => (x = (x * 1664525 + 1013904223) % 4294967296) / 4294967296;
}

function sentence(rand, n) {
  const picked = Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]);
  return `${picked.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

/** One synthetic article of about 1,200 words: five h2 sections with two h3 each, under one of the guide's topics. */
export function syntheticArticle(i) {
  const rand = lcg(i + 1);
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
