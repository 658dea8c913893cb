// Multiples and shares applied to an amount, asked several ways: undone when the earlier amount is asked, added
// on for a total, written as words or fractions, and applied to a sourced figure. New phrasings, not set lines.
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/core/understand/quantities.js';
import { expectAll, say } from '../support/ask-engine.js';

describe('the amount before a factor', () => {
  it('GIVEN an amount that is N times an earlier one and the earlier asked THEN the amount divided by N', () => {
    expectAll([
      ['the new cluster cost $120M, 8x the prior one. what did the prior one cost?', ['$15M']],
      ['this year we spent $45K on inference, three times what we used to. what did we use to spend?', ['$15,000']],
      ['a run at $2M is 40 times its predecessor; predecessor cost?', ['$50,000']],
    ]);
  });

  it('GIVEN a price after a cut or a rise and the original asked THEN the cut or rise undone', () => {
    expectAll([
      ['after a 25% price cut the plan is $60 a month. what was the original price?', ['$80']],
      ['tokens are 10x cheaper than before, now $0.30 per million. old price?', ['$3 per million tokens']],
    ]);
  });

  it('GIVEN the new amount asked THEN the factor applies forward', () => {
    expectAll([['our bill is $4K and the next tier is 3x more. what will the new bill be?', ['$12,000']]]);
  });
});

describe('an amount plus a multiple of it', () => {
  it('GIVEN an extra cost of N times an amount and a total asked THEN the amount times 1 + N', () => {
    expectAll([
      ['compute was $12M and data labelling cost 0.5x that. combined?', ['$18M']],
      ['hardware $4M, staff cost twice as much as that - total?', ['$12M']],
    ]);
  });
});

describe('numbers written as words and fractions', () => {
  it('GIVEN number words THEN they are read as numbers, positions unchanged', () => {
    const [n] = parseQuantities('we run twelve H100s');
    expect(n).toMatchObject({ value: 12, dims: { gpu: 1 }, raw: 'twelve H100s' });
    expect(parseQuantities('ten times as much')[0]).toMatchObject({ value: 10, dims: { times: 1 } });
    expect(parseQuantities('which one is cheaper')).toEqual([]);
  });

  it('GIVEN a fraction of an amount THEN the amount times the fraction', () => {
    expectAll([
      ['a small model at 1/50th of a $20,000 monthly bill costs?', ['$400']],
      ['if distillation costs a tenth of the $3M training run, how much?', ['$300,000']],
      ['half of a $900K budget goes to GPUs. how much is that?', ['$450,000']],
    ]);
  });
});

describe('a multiple applied to a sourced figure', () => {
  it('GIVEN a named model and a multiple of its cost THEN the sourced cost times the multiple, with its source', () => {
    expectAll([
      ["what would Kimi K2's training have cost at five times the price?", ['$23M', 'Open Source Paradox']],
      ['if GPT-4 had cost 3x more to train, what then?', ['$237M']],
    ]);
  });
});

describe('a point of a range the user writes', () => {
  it('GIVEN a range and the midpoint asked THEN the calculation runs on the middle of the range', () => {
    expectAll([
      ['our $40M budget, 10-20% goes to data. midpoint?', ['$6M', '15%']],
      ['$2B budget, 3-5% on safety — taking the midpoint, how much is that?', ['$80M']],
      ['a lab spends $5-20M per model and plans 6 models, what is the total at the midpoint?', ['$75M']],
      ['costs were $50M last year and $80-100M is planned this year; using the midpoint, % increase?', ['80%']],
      ['staff is $1-2M a year and compute $3-5M a year; annual total at the midpoint?', ['$5.5M']],
    ]);
  });

  it('GIVEN one range and its top or bottom asked THEN that end', () => {
    expectAll([
      ['revenue $30M, cost is 40-60% of revenue. at the top of the range, what is the cost?', ['$18M']],
      ['costs were $50M last year and will be $80-100M this year; at the low end of the range, % increase?', ['60%']],
    ]);
  });

  it('GIVEN two ranges and one end asked THEN both ends stay, no single figure is made up', () => {
    const out = say('of a $10M budget 10-20% goes on compute and 5-15% on staff; at the top end, how much on compute?');
    expect(out).toContain('$1M to $2M');
  });
});

describe("a sourced per-dollar figure applied to the user's base", () => {
  it('GIVEN a spend per dollar of revenue and the user’s revenue THEN their revenue times it, never a sum ÷ it', () => {
    expectAll([
      ["we make $40M a year. spending at openai's spend-per-dollar-of-revenue, what are our costs?", ['$54M a year']],
      ["openai's spend per dollar of revenue applied to our $800k revenue — total spend?", ['$1.08M']],
      ['how much would we burn on $25M revenue if we spent like openai per dollar earned', ['$33.8M']],
    ]);
  });

  it('GIVEN the per-dollar figure asked alone THEN the sourced figure, not a quotient of other sums', () => {
    expectAll([["openai's spend per dollar of revenue", ['~1.35× revenue', 'Foundation Model Economics']]]);
  });
});

describe('a sourced spend per dollar, and a sourced share, worked the way the question asks', () => {
  it('GIVEN revenue and a spend per dollar of revenue and the loss asked THEN (multiple − 1) × revenue, not the spend', () => {
    expectAll([
      [
        "we expect $20M revenue next year. if we spend like openai per dollar of revenue, what's our loss?",
        ['loss of $7M', '$27M'],
      ],
      ["at openai's spend per dollar earned, how much would a startup with $3.5M in sales lose?", ['loss of $1.23M']],
    ]);
  });

  it('GIVEN the user’s part and a sourced share of a whole, the whole asked THEN the part ÷ the share', () => {
    expectAll([
      [
        "we spent $1.5M on our final training run. at openai's share of R&D going to final training runs, implied total R&D?",
        ['$15M', '÷'],
      ],
      ["if our $600k final run is the same share of R&D as openai's, what's the whole R&D budget?", ['$6M']],
    ]);
  });

  it('GIVEN the user’s whole and a sourced share, the part asked THEN the whole × the share', () => {
    expectAll([
      ["our total R&D is $50M. at openai's final-training share of R&D, how much goes to final runs?", ['$5M']],
    ]);
  });

  it('GIVEN a share asked of the user’s sum THEN the sum as a share of the sourced sum, no share applied', () => {
    expect(say("what percent of openai's R&D is our $50M budget?")).toContain('1%');
  });
});

describe('changes each applied the way their own clause words them', () => {
  it('GIVEN a cut in one clause and a rise in another THEN each factor goes its own way', () => {
    expectAll([
      ['our api bill is $50k a month. prices drop 20% but traffic grows 3x. new monthly bill?', ['$120,000 a month']],
      ['spend is $30k/mo. usage up 50%, unit price down 40%. new spend per month?', ['$27,000 a month']],
      [
        'we pay $80k/yr for inference; the provider raises prices 10% and we cut usage by half. new yearly cost?',
        ['$44,000 a year'],
      ],
    ]);
  });

  it('GIVEN a share of a raise that goes to a use THEN the share, not a markup', () => {
    expectAll([
      ['if we raise $10M and 40% is spent on gpus at $30k each, how many gpus?', ['133 GPUs']],
      ['$200k budget: 25% goes to salaries, how much is that?', ['$50,000']],
    ]);
  });

  it('GIVEN a change by a fraction in words THEN the percentage it is', () => {
    expectAll([
      ["our gpu bill is $40k a month. if we cut it by a fifth, what's the new bill?", ['$32,000 a month']],
      ['inference spend of $90k/mo grows by two thirds. new monthly spend?', ['$150,000 a month']],
      ['a $12k/mo cluster gets a third cheaper. what do we pay per month now?', ['$8,000 a month']],
    ]);
  });
});
