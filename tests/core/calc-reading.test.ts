// How the user's numbers are read so the operation asked is the one worked: a fixed amount added each period until a
// goal, a multiple past the thing asked (divides), a count written with "+", a price "a pop", abbreviations, and a
// description's count ("at 10M users") that is also an amount. Phrasings are our own.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a level growing by a fixed amount each period', () => {
  it('GIVEN a level, an amount added each period and a goal THEN (goal − level) ÷ amount periods', () => {
    expectAll([
      [
        "llama license caps at 700M MAU. we're at 45M MAU adding 5M a month, how many months till we hit it?",
        ['131 months', '(700M MAU − 45M MAU) ÷ 5M a month'],
      ],
      ['we have 2,000 customers and add 150 a month. how long until 5,000 customers?', ['20 months']],
      ['at 120M users growing by 8M a month, when do we pass 200M users?', ['10 months']],
    ]);
  });
});

describe('a multiple past the thing asked', () => {
  it('GIVEN "N× past X" and X asked THEN the amount ÷ N, never × N', () => {
    expectAll([
      ["we're 4x past breakeven at 2M users, so breakeven is at how many users?", ['500K users']],
      ['our cluster spend is $12M, 3x over budget. what was the budget?', ['$4M']],
      ["we're 3x past break-even with 600k customers; what customer count is break-even?", ['200K customers']],
      ['self-hosting at 10M users is 22.6x past breakeven — so breakeven is at how many users?', ['442K users']],
    ]);
    expect(say('we have 2M users and want 4x that, how many users is the target?')).toContain('8M users');
  });
});

describe('counts and prices as written', () => {
  it('GIVEN a count written with "+" and a price "a pop" / "a card" THEN count × price', () => {
    expectAll([
      ["facebook's parent reportedly has 600k+ H100s. at $25k a pop what's the fleet worth?", ['$15B']],
      ["we own 2,000+ A100s; at $10k a card what's that worth?", ['$20M']],
    ]);
  });

  it('GIVEN "avg" THEN it asks an average, never an unknown name', () => {
    expectAll([['mistral raised $3.05B over 7 rounds — avg round size?', ['$436M each']]]);
    expect(say("whats mistral's avg funding round")).not.toContain('“avg”');
  });
});

describe('both sides of one saving, and short period words', () => {
  it('GIVEN a percentage saving with what is left and what is saved asked THEN both, with no difference line', () => {
    const text = say("our $2M/yr api bill: with 90% savings, what's left and what's saved?");
    expect(text).toContain('left to pay: $200,000 a year');
    expect(text).toContain('saved: $1.8M a year');
    expect(text).not.toContain('Difference');
    expectAll([
      ['$400k a month on APIs, cut by 60% - what do we still pay and how much is saved?', ['$160,000', '$240,000']],
    ]);
  });

  it('GIVEN a sourced total over years asked "per yr" / "per mo" THEN the total spread over its years', () => {
    expectAll([
      ["the cloud+ecommerce giant's 3-yr AI pledge - what's that per yr?", ['$17.7B a year']],
      ["alibaba's $53B pledge, per mo?", ['$1.47B a month']],
    ]);
  });
});

describe('bare numbers the question means as money', () => {
  it('GIVEN a bare amount per period priced after a count, or named by a word of spending THEN dollars', () => {
    expectAll([
      ['rent 8 H100s at 2.49/hr for 10 days — total?', ['$4,781', '8 H100s × 2.49/hr']],
      ['we run 64 gpus at 1.85 an hour around the clock for a month. bill?', ['$86,432']],
      ['what do 3 contractors @ 95/hr cost for 40 hours', ['$11,400']],
      ["our inference spend is 12,500/month; what's that per year?", ['$150,000 a year']],
      ['budget of 900/day on api calls. monthly?', ['$27,375 a month']],
      ['10 gpus at 9k/mo in total — per gpu per month?', ['$900 a month per GPU']],
    ]);
  });

  it('GIVEN a bare amount per period that is more of a count THEN no dollars', () => {
    expect(say('we have 2,000 customers and add 150 a month. how long until 5,000 customers?')).toContain('20 months');
    // No unit says what the 200 an hour are of: the numbers are named back, never "0 hours" or a profile.
    const agents = say('5 agents at 200/hr, how many tasks in a day?');
    expect(agents).toContain('Cannot combine');
    expect(agents).not.toMatch(/\d hours/);
  });
});

describe('a share of one bare amount in another', () => {
  it('GIVEN two bare amounts and "as a % of" / "what share of" THEN part ÷ whole, no unit needed', () => {
    expectAll([
      ['what percent of 2,400 is 180?', ['7.5%']],
      ['18 as a percentage of 240', ['7.5%']],
      ['what share of 950k is 62k', ['6.5%']],
      ['we have 3.2M tokens left — as a % of 50M tokens?', ['6.4%']],
    ]);
  });
});

describe('two ways of paying over a stated time', () => {
  it('GIVEN amounts paid once and per period on each side and a time THEN each total and the difference', () => {
    expectAll([
      [
        'over 2 years, is it cheaper to buy a $40k box plus $600/month power or rent one at $2,400/month? by how much?',
        ['$3,200 more', '$57,600', '$54,400'],
      ],
      ['self-host: 120k upfront and 15k/mo, vs api at 22k/mo. savings over 18 months?', ['$6,000 more']],
      [
        'how much more would leasing at 3,100 a month cost than buying for 95k with 400/month upkeep, over 4 years?',
        ['$34,600 more', '$148,800', '$114,200'],
      ],
      [
        '8 gpus: buy at 25k each plus 300/mo each for power, or rent at 1.9/hr each. difference over a year?',
        ['$95,648 more', '$228,800', '$133,152'],
      ],
      [
        'for a 6-month project, buying a $60k server vs renting at $9k/month — which is cheaper and by how much?',
        ['$6,000 more', '“renting”'],
      ],
    ]);
  });

  it('GIVEN a count that no amount is per THEN the totals are not worked without it', () => {
    expect(say('64 gpus 24/7 for 3 yrs: reserved $1.85/hr vs on-demand $3.10/hr. difference?')).not.toContain(
      '$32,850',
    );
  });
});
