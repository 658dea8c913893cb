// One thing's sourced figures worked against each other, by reference: a total over a count it holds, a share of a
// total it holds (both ends of a range), and a now-figure against its projected range. Phrasings are our own.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe("one subject's sourced figures combined", () => {
  it('GIVEN a sourced total and a sourced count of the thing named THEN the average per thing, with both inputs cited', () => {
    expectAll([
      [
        "what's PaLM's training cost per chip it ran on?",
        ['~$12M over 6,144 TPU v4 chips', '$1,953.13 each', 'not the price of one'],
      ],
      [
        'how big was the average Mistral funding round?',
        ['~$3.05B over 7 funding rounds', '$436M each', 'Open Source Paradox'],
      ],
    ]);
  });

  it('GIVEN a sourced share the question names and its sourced total THEN the share in money', () => {
    expectAll([
      ["how much of Zhipu's revenue came from on-premise deals?", ['85% of ~¥312M is about ¥265M']],
      [
        'Nvidia: its revenue times its margin, in dollars?',
        ['60–75% of $300B/year+ is at least $180B to $225B a year'],
      ],
    ]);
  });

  it('GIVEN several shares and none named THEN no share is applied', () => {
    expectAll([["Zhipu's 2024 loss and revenue, in yuan?", ['¥2.96B']]]);
    // A share of part of the revenue (enterprise deals) is not applied to all of it.
    expect(say("how much of Zhipu's enterprise revenue is from state-owned firms?")).not.toContain('of ~¥312M');
  });

  it('GIVEN a now-figure and a projected range with a multiple asked at both ends THEN a multiple per end', () => {
    expectAll([
      ['API spending: 2025 run rate to the projected range, as a multiple, low and high?', ['≈3.57×', '≈7.14×']],
    ]);
  });
});

describe("a named company's GPU fleet rented at the sourced rates", () => {
  it("GIVEN all of a company's H100s to rent THEN its sourced fleet count × each sourced monthly rate, both cited", () => {
    expectAll([
      [
        "monthly cost of renting DeepSeek's entire H100 fleet, marketplace vs AWS?",
        [
          "DeepSeek's fleet: ~50,000 H100 GPUs",
          '$1,100/month × 1 × 50,000 = $55M',
          '$2,800/month × 1 × 50,000 = $140M',
        ],
      ],
    ]);
  });
});

describe("one subject's figure as a share or multiple of another", () => {
  it('GIVEN one figure asked as a % / share of another of the same thing THEN part ÷ whole as a percentage, cited', () => {
    expectAll([
      ["zhipu's ipo capital as a % of its ipo valuation?", ['8.5% of its valuation', '~$559M ÷ ~$6.6B']],
      ["what share of Zhipu's valuation was raised in its IPO", ['8.5%']],
      ['anthropic revenue over valuation, as a percentage?', ['3.7% of its valuation']],
    ]);
  });

  it('GIVEN one figure over another THEN a multiple; a source named picks its figure, else each source gives one', () => {
    expectAll([
      ["openai valuation over revenue using the book chapter's numbers?", ['≈13.5× its revenue']],
      ["openai's valuation divided by its revenue", ['≈13.5×', '≈42.4×', 'Foundation Model Economics']],
      // "how does X compare to Y" asks the same multiple.
      ["how does zhipu's loss compare with its revenue", ["Zhipu AI's loss (~¥2.96B, Open Source Paradox) is ≈9.5×"]],
    ]);
  });

  it('GIVEN a share asked in one clause and another figure in the next THEN no share of the wrong figure', () => {
    expect(say("What share of Zhipu's revenue is on-premise, and how much cash does it burn a month?")).not.toMatch(
      /loss is \d/,
    );
  });
});

describe('a sourced share or multiple referred to by what it is, applied to the user amount', () => {
  it('GIVEN "the average jump between flagships" and the last flagship cost THEN that × the sourced multiple', () => {
    expectAll([
      [
        'our last flagship cost $3M to train. at the average jump labs make between flagships, next one would be?',
        ['$84M', '$3M × ~28×'],
      ],
      ['last flagship was $10M; if the next follows the avg jump between flagships, budget?', ['$280M']],
    ]);
  });

  it('GIVEN a share named by its words (final training runs, R&D) and a sum THEN the sum × the share', () => {
    expectAll([
      ["of openai's $5B r&d, how much went to final training runs per epoch's estimate?", ['$500M']],
      ['we have $80M of r&d; using the estimate for final training runs, what goes to the final run?', ['$8M']],
      ['$100M training budget - using the typical breakdown, how much for staff?', ['$20M to $30M']],
    ]);
  });

  it('GIVEN shares of different bases THEN the one the question names, never a multiple when a share is asked', () => {
    expectAll([
      [
        'if zhipu had $50M of enterprise revenue, how much would come from state-owned / govt deals at the share in the chapter?',
        ['$21.5M'],
      ],
    ]);
  });

  it('GIVEN a word many shares use, or a named thing that holds none THEN no sourced factor is applied', () => {
    expect(say('our revenue is $20M, whats the usual margin')).not.toContain('gross margin ~66% =');
    expect(say("does epoch's number for deepseek r1's training cost match the $294k headline?")).not.toContain(
      '$294k ×',
    );
  });
});

describe("a sourced yuan figure at the user's exchange rate", () => {
  it('GIVEN the rate written as a pair, a unit, "per $" or "$1 = ¥" THEN the yuan figure ÷ yuan per dollar', () => {
    expectAll([
      ["zhipu's 2024 loss in dollars at 7.1 CNY/USD?", ['$417M', 'Open Source Paradox']],
      ["convert zhipu's 2024 revenue to usd, usd/cny 7.25", ['$43M']],
      ['Zhipu revenue 2024 at 7 yuan per $ — in USD?', ['$44.6M']],
      ["what's zhipu's 2024 loss in usd if $1 = ¥7.3", ['$405M']],
      ["zhipu's loss in usd at 0.14 usd per cny", ['$414M']],
    ]);
  });

  it('GIVEN a multiple of a dollar figure over a yuan one THEN the yuan one converted first, both cited', () => {
    expectAll([
      ['zhipu valuation as a multiple of 2024 revenue at 7.1 yuan to the dollar', ['≈150×', '$43.9M']],
      ["how many times its 2024 revenue is zhipu's IPO raise, at 7.2 CNY/USD?", ['≈12.9×', '$559M']],
    ]);
  });
});

describe('parts of a sourced breakdown asked each, applied to the user amount', () => {
  it('GIVEN two parts asked one by one THEN each part in money, never their sum alone', () => {
    const out = say('our $120M training run: per the cost breakdown, what do the chips get and what do staff get?');
    expect(out).toContain('$48M to $60M');
    expect(out).toContain('$24M to $36M');
    expect(out).not.toContain('$72M to $96M');
  });

  it('GIVEN a sourced share and "vs the rest" THEN the share and what it leaves, each', () => {
    expectAll([
      [
        "with zhipu's state-owned share of enterprise revenue, split our $50M enterprise revenue: state vs the rest",
        ['$21.5M', '$28.5M'],
      ],
    ]);
  });
});

describe('a sourced yearly cost asked per period, named in other words', () => {
  it('GIVEN a cloud bill asked per day or per month THEN the yearly cloud spend divided, not a training cost', () => {
    expectAll([
      ["stability ai's cloud bill, per month?", ['$8.25M a month']],
      ['what did stability pay in cloud costs each day', ['$271,233 a day']],
    ]);
  });
});

describe('a cost split between parties, asked further', () => {
  it('GIVEN a sourced cost range split N ways THEN both ends per party', () => {
    expectAll([["gpt-5's training cost range, shared by 50 firms: each firm's part?", ['$10M', '$50M']]]);
  });

  it('GIVEN parties who leave and the shortfall asked THEN their shares at the old split, and the new share', () => {
    expectAll([
      [
        "in the consortium idea, if 10 of the companies back out, what's the shortfall and the new share each?",
        ['$200M', '$25M'],
      ],
    ]);
  });

  it('GIVEN one share asked as a percentage of another sum THEN the share over that sum', () => {
    expectAll([['split a $1B model evenly among 50 companies: one share as a percent of a $40M budget', ['50%']]]);
  });
});

describe('two yuan figures asked in dollars at once', () => {
  it('GIVEN a loss and a revenue asked at a rate THEN each converted, each named', () => {
    expectAll([
      ["zhipu's revenue and its loss converted to usd at 7.3 to the dollar", ['Revenue: $42.7M', 'Loss: $405M']],
    ]);
  });
});

describe('a ratio named by a name of its own, with the figures the user quotes', () => {
  it('GIVEN price-to-sales asked and a revenue figure quoted THEN that revenue only', () => {
    const out = say("openai's price to sales, taking the $3.7B revenue");
    expect(out).toContain('≈42.4×');
    expect(out).not.toContain('≈13.5×');
  });

  it('GIVEN sums written like model sizes before "valuation" or "revenue" THEN money, never an unknown model', () => {
    const out = say('openai: multiple of 157B valuation over 11.6B revenue?');
    expect(out).toContain('≈13.5×');
    expect(out).not.toMatch(/don't have a sourced figure for “157B”/);
  });
});
