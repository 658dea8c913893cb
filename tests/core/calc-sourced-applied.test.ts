// A sourced figure named by what it is, entering the user's arithmetic: a saving leaves the rest to pay (and says
// how much is saved), a bound of the source stays a bound of the result, an overrun written before its percentage
// adds to the amount.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a sourced saving applied to the user bill', () => {
  it('GIVEN a bill and "saves what the book says" THEN the bill left is the rest, the saving shown beside it', () => {
    expectAll([
      [
        'our api bill is $42k a month; if self-hosting open models saves what the book says, what is the new bill?',
        ['at least $4,200 a month', 'at most $37,800 a month'],
      ],
      [
        '$80k a month on closed apis — apply the open-model self-hosting savings from the book. monthly cost after?',
        ['at least $8,000 a month', 'at most $72,000 a month'],
      ],
    ]);
  });
  it('GIVEN a saving applied THEN the saved part is never given as the new bill', () => {
    const out = say(
      'we pay $50k a month for a hyperscaler api; self-hosting saves the claimed share, new monthly cost?',
    );
    expect(out).not.toMatch(/That comes to (?:at most )?\$45,000/);
  });
});

describe('an overrun written before its percentage', () => {
  it('GIVEN "overruns 30%", "ran over by 15%", "came in under budget by 10%" THEN the amount grows or shrinks by it', () => {
    expectAll([
      ['a $2M project overruns 25%. final cost?', ['$2.5M']],
      ['our $800k build ran over by 15% — what did it cost in the end?', ['$920,000']],
      ['the $5M run came in under budget by 10%, what did we spend?', ['$4.5M']],
      ['$1B split among 40 firms, then the training run goes over budget by 20%. per firm?', ['$30M per firm']],
    ]);
  });
});

describe('a compound rate between two named models', () => {
  it('GIVEN a market named as the class of two models ("frontier training cost from A to B") THEN the models are the ends', () => {
    expectAll([
      ['yearly growth of the frontier training cost between gpt-3 (2020) and gemini ultra (2024)?', ['+154% a year']],
      ['how fast did frontier training costs grow per year between gpt-3 and gemini ultra?', ['+154% a year']],
      ['how fast did training costs rise from gpt-3 to gpt-4?', ['+158% a year']],
    ]);
    expect(
      say('yearly growth of the frontier training cost between gpt-3 (2020) and gemini ultra (2024)?'),
    ).not.toMatch(/→2026/);
  });
  it('GIVEN two models one year apart THEN the span reads "1 year"', () => {
    expect(say('compound yearly growth of training bills from gpt-4 to gemini ultra')).toMatch(/over 1 year \(/);
  });
});

describe('a sourced dollar figure in another currency at the user rate', () => {
  it('GIVEN a model or price named and "in euros/pounds/yen at N per dollar" THEN the figure times the rate', () => {
    expectAll([
      ["deepseek v3's training cost in yen at 150 yen to the dollar", ['JP¥840M']],
      ['what did llama 3 cost to train in pounds at 0.78', ['£23.4M']],
      ['the gpu-marketplace price of one h100 for a month, in euros at 0.9 eur per usd', ['€990 a month']],
      ["gpt-4's training cost in euros, taking 0.9 euros per dollar", ['€71.1M', 'at least €90M']],
    ]);
  });
  it('GIVEN a yuan figure asked in dollars THEN it is still divided by the rate', () => {
    expectAll([["zhipu's 2024 revenue in dollars at 7.2 yuan per dollar", ['$43.3M']]]);
  });
});

describe('how many of one sourced cost another sourced sum pays for', () => {
  it('GIVEN "how many X-sized runs could Y fund" THEN whole runs of the larger sum over the smaller, bound kept', () => {
    expectAll([
      ['how many deepseek v3 training runs could the $1B open model consortium fund?', ['178 runs in full (178.6)']],
      ["how many gpt-3 sized runs would gpt-4's training cost cover?", ['17 runs in full (17.2)']],
      ["how many gpt-3 training runs could meta's 2025 ai budget buy?", ['at least 15,652 runs']],
    ]);
  });
});

describe('a sourced share kept to the things named', () => {
  it('GIVEN a model named and a bare number THEN no sourced multiple from elsewhere divides it', () => {
    expect(say('gemini 2.5 pro: input + output $/M tokens (standard, under 200k context)')).not.toMatch(/280×/);
  });
  it('GIVEN a budget and H100 hours asked with no saving spoken of THEN the marketplace-vs-AWS saving is not applied', () => {
    expect(say('how many h100 hours does $3,000 buy on a gpu marketplace, per the fm economics article?')).not.toMatch(
      /100% −/,
    );
  });
});

describe('a volume of tokens at a dated sourced price', () => {
  it('GIVEN a price named by its date THEN only that price, the volume over the span written', () => {
    expectAll([
      ['what would 2B tokens cost at the oct 2024 gpt-3.5-level price?', ['$140']],
      [
        '4B tokens a day for 30 days at the gpt-3.5-level price of oct 2024 — what does that cost?',
        ['120B tokens', '$8,400'],
      ],
      [
        '100M tokens/day for a year — cost at the nov 2022 gpt-3.5-level price vs the oct 2024 one?',
        ['$730K', '$2,555'],
      ],
    ]);
    expect(say('what would 2B tokens cost at the oct 2024 gpt-3.5-level price?')).not.toMatch(/Nov 2022/);
  });
  it('GIVEN two sourced prices and "how much less" THEN the difference between the two bills', () => {
    expectAll([['gpt-4 turbo for 500M tokens vs gpt-4 at launch — how much less?', ['Difference: $10K']]]);
  });
});

describe('a bounded per-unit figure from "the book" times a count', () => {
  it('GIVEN "the book" and a count of fine-tunes THEN count × the under-$1K figure, said to be at most that', () => {
    expectAll([
      ["budget for 25 local-domain 7b fine-tunes at the book's per-model cost?", ['at most $25,000']],
      ['what does the book say a 7b domain fine-tune costs? we want 60 of them', ['at most $60,000']],
    ]);
  });
});

describe('members joining a sourced split', () => {
  it('GIVEN the consortium split and "N more join" THEN each share with the sourced count and with the joiners added', () => {
    expectAll([
      [
        'consortium split: what does each member pay, and what if 10 more companies sign on?',
        ['$20M each', '$16.7M each'],
      ],
    ]);
  });
});
