// Kinds of data-set question, each checked with phrasings of its own (not the evaluation sets' lines).
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/core/engine.js';
import { renderFullText } from '../../src/core/render-text.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

let ask: (q: string) => string;
beforeAll(() => {
  const engine = createEngine(loadKnowledge());
  ask = (q) => renderFullText(engine.answer({ text: q }));
}, 60_000);

describe('kinds of data-set question', () => {
  it('GIVEN two models and "how many times" THEN the ratio of their prices on the side asked', () => {
    expect(ask('GPT-4o output vs GPT-4o mini output: how many times more expensive?')).toContain(
      'Output: GPT-4o $10/M ÷ GPT-4o mini $0.6/M = ≈16.7×',
    );
    expect(ask('is claude opus 4.1 input 15x pricier than claude haiku 4.5 input?')).toContain('= ≈15×');
  });

  it('GIVEN a budget THEN the tokens it buys at the model’s price', () => {
    expect(ask('with $500 how many input tokens of claude haiku 4.5 can I get?')).toContain(
      '$500 ÷ $1 per million input tokens = 500M input tokens of Claude Haiku 4.5',
    );
  });

  it('GIVEN a total and an input:output split THEN each side is priced at its own rate', () => {
    expect(ask('claude sonnet 4 at 1:4 input:output, 50M tokens in total - what does it cost?')).toMatch(
      /10M input × \$3\/M = \$30 \+ 40M output × \$15\/M = \$600 → \$630/,
    );
    expect(ask('20M tokens on gpt-4.1 with output:input 1:3 - cost?')).toContain('15M input × $2/M');
  });

  it('GIVEN a family name with no version THEN it asks which model, naming the versions', () => {
    const sonnet = ask('claude sonnet price per M?');
    expect(sonnet).toContain('Which claude sonnet?');
    expect(sonnet).toContain('Claude Sonnet 4.5');
    expect(ask('how much is mistral large per million tokens?')).toContain('Which mistral large?');
    // A versioned name is answered, and a version the data lacks is still declined.
    expect(ask('claude haiku 4.5 price per M?')).toContain('Claude Haiku 4.5 — token prices');
    const lacking = ask('claude 3.5 opus price per M tokens?');
    expect(lacking).toMatch(/I don't have “claude 3\.5/);
    expect(lacking).not.toContain('$');
  });

  it('GIVEN "R+" THEN it names Command R+, not Command R', () => {
    expect(ask('command r+ input price per million?')).toContain('Command R+ — token prices');
    expect(ask('command r input price per million?')).toContain('Command R — token prices');
  });

  it('GIVEN an article model asked outright for a figure only Epoch has THEN Epoch’s figure is the answer', () => {
    expect(ask('how many parameters does deepseek v3 have?')).toContain('~671 billion parameters');
    expect(ask('gpt-4 training FLOP?')).toContain('FLOP — total training compute');
    expect(ask('what did llama 3.1 405b cost at cloud rental prices per epoch?')).toContain(
      'final training run at cloud rental prices',
    );
  });

  it('GIVEN a chip count THEN it is shown exactly, and a price list’s lower-case name as its maker writes it', () => {
    expect(ask('what hardware was llama 3.1 405b trained on?')).toContain('16,384 NVIDIA H100');
    expect(ask('gpt 4.1 mini price per M tokens')).toContain('GPT-4.1 mini — token prices');
  });
});

describe('openness by the data set named', () => {
  it('GIVEN a data set named by a long or informal name THEN that data set answers, not the articles', () => {
    const a = ask('what does the eu open source ai index say about the openness of olmo?');
    expect(a).toContain('European Open Source AI Index: OLMo');
    expect(a).toMatch(/open on \d+ of 12 fields/);
  });

  it('GIVEN a model the named data set lacks THEN it is declined, never answered from the other data set', () => {
    const a = ask('what grades does osai give gpt-4o?');
    expect(a).toContain('Not in my sources');
    expect(a).not.toContain('Proprietary');
  });

  it('GIVEN a family the named data set lists only under its members THEN it asks which member, naming them', () => {
    // The index grades "Gemma" as one system; the MOT lists gemma-2b, gemma-7b, Gemma 2 27B… apart.
    const text = ask('gemma in the model openness tool?');
    expect(text).toMatch(/could mean several models.* — which one/);
    expect(text).toContain('gemma-7b — weights: no licence recorded');
  });

  it('GIVEN a release licence asked of MOT THEN the distribution licence leads', () => {
    expect(ask('which licence is llama 3.1 8b distributed under, per the model openness tool?')).toContain(
      'distribution licence Llama 3.1 Community License Agreement',
    );
  });

  it('GIVEN a question about a data set as a whole THEN its coverage from the data', () => {
    expect(ask('how many systems are graded in the open source ai index?')).toMatch(/grades 193 systems/);
    expect(ask('which systems are fully open in the osai index?')).toContain('Open on all 12 fields:');
  });
});

describe('Epoch cost methods as people name them', () => {
  it('GIVEN a method named by its price ("cloud-price", "purchase price of the cluster") THEN that method’s cost leads', () => {
    const up = ask("what was llama 3.1 405b's run worth at the cluster's purchase price, per epoch?");
    expect(up.split('\n').slice(0, 3).join('\n')).toContain('upfront purchase price of the training cluster');
    expect(ask('falcon-180b training bill, epoch cloud-price estimate?')).toContain('at cloud rental prices');
  });

  it('GIVEN "cost the most to train" and a method THEN Epoch’s ranking for that method', () => {
    const a = ask('per epoch, which model cost the most to train at cloud rental prices?');
    expect(a).toContain('Most expensive training runs');
    expect(a).toContain('final training run at cloud rental prices');
  });
});

describe('a family name asked for a training figure', () => {
  it('GIVEN a family whose versions each have the figure THEN it asks which one, each with its own figure', () => {
    const a = ask('parameter count of llama 4?');
    expect(a).toContain('Which');
    expect(a).toMatch(/• Llama 4 Maverick: ~400 billion parameters/);
    expect(a).toMatch(/• Llama 4 Scout: ~109 billion parameters/);
    expect(ask('how big is gpt-oss in parameters?')).toContain('gpt-oss-20b');
  });

  it('GIVEN a version or size named THEN it is answered, not asked about', () => {
    expect(ask('parameter count of llama 4 maverick?')).toMatch(/billion parameters/);
    expect(ask('training FLOP of llama 2 70b?')).toContain('FLOP — total training compute');
  });
});
