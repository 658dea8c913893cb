// A topic's question answered from the figure it asks for: a related topic's figure when the named topic lacks it,
// one part of a breakdown when only that part is named, a company's one model when only the model has the figure,
// and names the question sets aside ("without Nvidia") are no subject (src/core/related-figure.ts, lookup.ts).
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

describe('a figure the named topic lacks but a related topic holds', () => {
  it.each([
    'frontier training costs: yearly growth multiple?',
    'by what factor do frontier training costs rise per year',
    'frontier training run cost - how much does it increase annually?',
    'how fast are frontier training costs compounding each year?',
  ])('GIVEN growth asked of the frontier cost topic (%s) THEN the 2-3x a year from the growth topic', (q) => {
    const out = say(q);
    expect(out).toMatch(/^Training cost growth/);
    expect(out).toMatch(/2–3×|2x to 3x/);
  });

  it('GIVEN a cost and its growth asked in two parts THEN the cost answers first, the growth follows', () => {
    const out = say('what does a frontier training run cost now, and how fast has that been growing?');
    expect(out).toMatch(/\$50–200M\+/);
    expect(out).toMatch(/2–3×/);
  });

  it('GIVEN a reasons question about a prose topic THEN the topic answers, not a neighbour with a figure', () => {
    expect(say('how do cloud providers make money from open models?')).toMatch(/^Cloud and infrastructure layer/);
  });
});

describe('one part of a breakdown', () => {
  it.each([
    ['what slice of frontier training cost goes on networking?', '~9–13%'],
    ['researchers and engineers - share of training cost?', '~20–30%'],
    ['cluster infrastructure: what fraction of the training budget?', '~15–22%'],
    ['how much of a training budget is the GPUs themselves?', '~40–50%'],
  ])('GIVEN one part named (%s) THEN that part leads, with what it covers', (q, value) => {
    const first = say(q).split('\n')[1]!;
    expect(first).toContain(value);
    expect(first.match(/%/g)).toHaveLength(1); // one part, not the whole list
  });

  it('GIVEN two parts named THEN both, each beside its part', () => {
    const out = say('share of training spend on people vs chips?');
    expect(out).toMatch(/~40–50%[^\n]*GPU\/TPU accelerators/);
    expect(out).toMatch(/~20–30%[^\n]*staff/);
  });

  it("GIVEN a company's loss and revenue THEN the loss in yuan is kept beside the ratio (no narrowing of non-parts)", () => {
    expect(say("Zhipu's 2024 loss and revenue, in yuan?")).toContain('¥2.96B');
  });
});

describe('a company asked for a figure only one of its models has', () => {
  it.each([
    ['how much did it cost Moonshot to train their big model, per the paradox piece?', '$4.6M'],
    ['cost to train — Moonshot', '$4.6M'],
    ["what was zhipu's training bill, roughly", '$100M+'],
  ])('GIVEN %s THEN the model’s sourced figure', (q, value) => {
    expect(say(q)).toContain(value);
  });
});

describe('a name the question sets aside', () => {
  it.each([
    "Zhipu's newest flagship, trained w/o nvidia: estimated training bill?",
    'zhipu flagship, trained on ascend rather than nvidia - what did training cost?',
    'GLM-5 training cost, built without nvidia chips?',
  ])('GIVEN %s THEN no comparison with Nvidia', (q) => {
    const out = say(q);
    expect(out).not.toMatch(/ vs Nvidia|Nvidia Revenue/);
    expect(out).toContain('$100M+');
  });
});
