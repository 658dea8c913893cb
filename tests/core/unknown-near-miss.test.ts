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
