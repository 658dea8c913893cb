// Near misses that must be declined, never answered with a neighbour's figure: a size the data lacks written as
// experts × size, a name whose letter-and-number code is another model's written the other way round.
import { describe, expect, it } from 'vitest';
import { say } from '../support/ask-engine.js';

const declines = (q: string) => {
  const a = say(q);
  expect(a, q).toMatch(/don't have|not in my sources/i);
  expect(a.split('\n')[0], q).not.toMatch(/\$\s?\d/);
  return a;
};

describe('sizes and codes the data lacks', () => {
  it('GIVEN an experts × size the family lacks ("mixtral 8x70b") THEN declined with the sizes it has', () => {
    expect(declines('mixtral 8x70b price per million?')).toContain('Mixtral 8x22B');
    for (const q of ['what did mixtral 8x3b cost to train', 'mixtral 8x40b params', 'is mixtral 8x100b open weights?'])
      expect(declines(q), q).not.toMatch(/Mixtral 8x(7|22)B —/);
  });

  it('GIVEN a known experts × size THEN that model answers', () => {
    expect(say('mixtral 8x22b price per million tokens').split('\n')[0]).toContain('Mixtral 8x22B');
    expect(say('mixtral 8x7b parameter count')).toContain('46.7 billion');
  });

  it('GIVEN "4o-mini" THEN GPT-4o mini, never OpenAI o4-mini whose key has the same words', () => {
    for (const q of ['4o-mini price', 'price of 4o mini per million tokens', "what's the 4o mini input price"]) {
      const a = say(q);
      expect(a.split('\n')[0], q).toContain('GPT-4o mini');
      expect(a, q).not.toMatch(/o4 Mini/i);
    }
    expect(say('o4-mini price').split('\n')[0]).not.toContain('GPT-4o');
  });
});

describe('what people are paid or worth, and who leads a company', () => {
  it('GIVEN pay asked of a person or a staff THEN declined as that person’s or company’s pay, no figure', () => {
    const cases: Array<[string, string]> = [
      ["sam altman's salary", "Sam Altman's pay"],
      ['what was dario amodei paid last year', "Dario Amodei's pay"],
      ['how much does the ceo of openai earn', "OpenAI's pay"],
      ['how much do researchers at meta earn', "Meta's pay"],
      ["what's zuckerberg's net worth", "Mark Zuckerberg's net worth"],
    ];
    for (const [q, what] of cases) expect(declines(q), q).toContain(what);
  });

  it('GIVEN who leads or founded a company THEN declined as a name, and a point naming the role follows', () => {
    for (const q of ['who is the ceo of mistral', "who's the founder of deepseek", 'who started hugging face'])
      expect(declines(q), q).toMatch(/I don't have “[^”]+'s (CEO|founders)” in my sources/);
    expect(declines("who is anthropic's ceo")).toContain('CEO Dario Amodei');
  });

  it('GIVEN salaries as part of a sourced cost THEN the article answers, not a decline', () => {
    expect(say("does deepseek's $5.6M include salaries?")).toContain('salaries');
    expect(say("does deepseek's $5.6M include salaries?")).not.toMatch(/^Not in my sources/);
  });
});

describe("a field Epoch's row leaves blank or at a 0.0 placeholder", () => {
  it('GIVEN the hardware acquisition cost of a run Epoch prices otherwise THEN that field is declined, not the training cost', () => {
    for (const q of [
      'kimi k2 hardware acquisition cost',
      'hardware acquisition cost for gemini 1.0 ultra per epoch',
      "epoch's hardware acquisition cost for deepseek v3's h800 cluster",
    ])
      expect(declines(q), q).toMatch(/hardware cost/);
  });

  it('GIVEN a training time Epoch leaves blank for an article model THEN declined, not the articles’ cost', () => {
    expect(declines('how long did it take to train gpt-5')).toContain('training time');
  });
});

describe('ordinary words one letter off a name', () => {
  it('GIVEN "lambda" or "equally" in lower case THEN no model or company is read into them (LaMDA, Equall)', () => {
    expect(say('how much does lambda labs charge per h100 hour')).not.toContain('LaMDA');
    expect(say('are llama and mistral equally open?')).not.toContain('Equall');
    expect(say('what did lamda cost to train?')).toContain('LaMDA');
  });
});

describe('measures, hosts and versions no source gives', () => {
  it('GIVEN a benchmark score asked of a model THEN declined, never its size or prices', () => {
    for (const q of [
      'olmo 3 mmlu score?',
      'what does llama 3.1 405b score on gpqa',
      'deepseek r1 benchmark results',
      "qwen3's arena elo",
    ]) {
      const a = declines(q);
      expect(a, q).toContain('benchmark score');
      expect(a, q).not.toMatch(/parameters|per million tokens/);
    }
    // The articles' open–closed gap on the same benchmarks still answers.
    expect(say('whats the mmlu gap between open and closed models')).toContain('0.3');
  });

  it('GIVEN an IPO asked as "going public" THEN the IPO figure, or a decline when none is sourced', () => {
    expect(declines('when is openai going public')).toContain('IPO');
    expect(say('zhipu going public - how much did it raise').split('\n').slice(0, 2).join(' ')).toContain('559M');
  });

  it('GIVEN a training set or corpus asked THEN the data size, or a decline when Epoch lacks it', () => {
    expect(say('deepseek v3 training set size')).toContain('14.8T tokens');
    expect(say("how big was llama 3.1 405b's training corpus")).toContain('15.6T tokens');
    expect(declines('minimax-m2.1 training corpus size?')).toContain('dataset size');
  });

  it('GIVEN an H100 rate asked at a host no source prices, possessive or not THEN declined before the sourced rates', () => {
    for (const q of ['what is coreweave charging per H100-hour these days', "lambda's price for an h100 per hour"])
      expect(declines(q), q).not.toMatch(/^With /m);
  });

  it('GIVEN a chip version the maker lacks with several things asked THEN declined, not its maker’s models asked back', () => {
    for (const q of ['nvidia b350 specs and price', 'nvidia h250: memory + price?'])
      expect(declines(q), q).not.toMatch(/could mean several/);
  });
});
