// The speed-ups in retrieval keep its results exact: BM25 read from arrays made once per question gives the very sum
// the plain formula gives (same terms, same order), whichever side is iterated, and the per-cue counter shared by
// every question is left clean, so resolving a question twice, or after another, reads it the same.
import { describe, expect, it } from 'vitest';
import { resolveQuery } from '../../src/core/resolve.js';
import { articleView, KnowledgeIndex } from '../../src/knowledge/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const index = new KnowledgeIndex(articleView(loadKnowledge()));

/** BM25 as written out plainly: the question's distinct terms in first-occurrence order. */
function plainScore(fact: KnowledgeIndex['facts'][number], queryTerms: string[]): number {
  const k1 = 1.2;
  const b = 0.5;
  const counts = new Map<string, number>();
  for (const t of queryTerms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const norm = k1 * (1 - b + (b * fact.length) / index.avgLength);
  let s = 0;
  for (const [q, times] of counts) {
    const w = fact.terms.get(q);
    if (w) s += times * index.idf(q) * ((w * (k1 + 1)) / (w + norm));
  }
  return s;
}

describe('BM25 scoring', () => {
  it('GIVEN a short question THEN every fact scores exactly as the plain formula', () => {
    const terms = resolveQuery(index, 'what did gpt-4 cost to train and what did it cost again').terms;
    for (const fact of index.facts) expect(index.score(fact, terms)).toBe(plainScore(fact, terms));
  });

  it('GIVEN a question longer than any fact THEN the fact-side sum is still exactly the plain one', () => {
    const words = [...new Set(index.facts.flatMap((f) => [...f.terms.keys()]))].slice(0, 400);
    const terms = [...words, ...words.slice(0, 50)];
    for (const fact of index.facts) expect(index.score(fact, terms)).toBe(plainScore(fact, terms));
  });
});

describe('cue counting', () => {
  it('GIVEN a question resolved after others THEN it reads the same as the first time', () => {
    const q = 'the chinese lab owned by a quant fund: what did its reasoning model cost to train?';
    const first = resolveQuery(index, q);
    resolveQuery(index, 'open-washing, picks and shovels, the ad business of the company behind Facebook');
    resolveQuery(index, 'mixture of experts models trained on huawei chips with zero nvidia dependency');
    expect(resolveQuery(index, q)).toEqual(first);
  });
});
