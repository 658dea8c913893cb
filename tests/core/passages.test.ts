// Passage-level retrieval: a question about one specific point of an article gets that point first, not the
// general summary of the topic it names.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { leadingPassage, rankPassages } from '../../src/core/passages.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { resolveQuery } from '../../src/core/resolve.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const engine = createEngine(loadKnowledge());
const index = engine.index;
const ask = (text: string) => engine.answer({ text, surface: 'terminal' });

describe('ranking passages', () => {
  it('GIVEN rare words of one point THEN that point ranks first, inside the article named only', () => {
    const res = resolveQuery(index, 'micropayments and DAOs for contributors, per the econ essay');
    const ranked = rankPassages(index, res.terms, res.articles);
    expect(ranked[0]!.fact.point!.text).toMatch(/micropayments/);
    expect(ranked.every((r) => r.fact.point!.source === 'econ-essay')).toBe(true);
  });

  it("GIVEN words of the article's own name THEN they do not count towards any point", () => {
    const withName = rankPassages(index, ['open', 'sourc', 'economic'], ['econ-essay']);
    expect(withName).toEqual([]);
  });

  it('GIVEN the best point filed under the topic named THEN no other point leads', () => {
    const res = resolveQuery(index, 'micropayments and DAOs for contributors, per the econ essay');
    const ranked = rankPassages(index, res.terms, res.articles);
    expect(leadingPassage(ranked, ranked[0]!.fact.entity.id)).toBeUndefined();
    expect(leadingPassage(ranked, 'no-such-topic')).toBe(ranked[0]);
  });

  it('GIVEN a point that covers barely one word THEN it does not lead', () => {
    expect(leadingPassage(rankPassages(index, ['cost'], ['paradox']), undefined)).toBeUndefined();
  });
});

describe('an article question about one point', () => {
  it('GIVEN a topic named beside a specific point of the article THEN the point answers first', () => {
    const reply = ask(
      'per the econ essay, what do cloud providers want from subsidising compute for non-profit model efforts?',
    );
    expect(reply.lines[0]).toMatch(/credits/);
    expect(reply.lines[0]).toMatch(/demand/);
    expect(ask('in the wiki, how long has frontier training cost been growing 2-3x a year?').lines[0]).toMatch(
      /eight years/,
    );
  });

  it('GIVEN a figure asked that the article gives THEN the figure answers, not a passage', () => {
    const text = renderPlainText(ask("what did Llama 4 cost to train, per the chapter's cost chart?"));
    expect(text).toMatch(/\$600M/);
  });
});

describe('several companies named beside an article', () => {
  it("GIVEN two companies and an article THEN that article's point on each, under each name", () => {
    const reply = ask('per the econ essay, what do Meta and Mistral use as dual licences?');
    expect(reply.lines).toHaveLength(2);
    expect(reply.lines[0]).toMatch(/^• Meta — .*LLaMA 2/);
    expect(reply.lines[1]).toMatch(/^• Mistral AI — .*Apache 2\.0/);
  });

  it('GIVEN two companies, an article and a figure asked THEN the figures answer, not points', () => {
    const reply = ask('per the chapter, how much did Meta and Alibaba spend on AI?');
    expect(reply.intent).not.toBe('article-subjects');
  });
});
