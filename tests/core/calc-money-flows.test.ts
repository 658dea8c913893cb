// Money flows and options worked from the user's own numbers: customers needed to cover fixed costs, months to pay
// an amount back (with a gross margin on what comes in), a percentage against a budget, cuts one after another, and a
// share of the time that belongs to one of two options only.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('customers needed to cover fixed costs', () => {
  it('GIVEN fixed costs a month and a plain cost per customer THEN fixed ÷ (price − cost)', () => {
    expectAll([
      [
        'overhead is 25k a month; users pay $49/mo and inference costs $9 per user. how many users to break even',
        ['625'],
      ],
      [
        'our team costs $60k/month. a seat sells for $120 and serving a seat costs $20. seats needed to cover it?',
        ['600'],
      ],
      [
        'fixed spend of $9k/mo, each subscriber pays $45/mo and costs us $15 to serve: break-even subscribers?',
        ['300'],
      ],
    ]);
  });

  it('GIVEN a fixed cost with no period THEN no count of customers a month', () => {
    const out = say('fixed costs $18k, each customer pays $300/mo and costs us $60. break even customers?');
    expect(out).not.toContain('75 customers');
  });
});

describe('months to pay an amount back', () => {
  it('GIVEN an amount paid once and what it nets a month THEN amount ÷ monthly net', () => {
    expectAll([
      ['we spend $500k on a gpu box that nets us $20k a month. how many months to pay back?', ['25 months']],
      ['a $90k server netting $3k/mo — break even in months?', ['30 months']],
    ]);
  });

  it('GIVEN an acquisition cost, what a customer pays a month and a gross margin THEN cost ÷ (pay × margin)', () => {
    expectAll([
      ['acquisition cost $2,000, arpu $250/month, gross margin 60%: payback months?', ['13.3 months']],
      [
        'we pay $1,500 to land each client; they pay $200 a month and GM is 75%. months until we recoup it?',
        ['10 months'],
      ],
      [
        'it costs us $900 to acquire a user who pays $30 a month at a 60% margin; months to earn it back?',
        ['50 months'],
      ],
    ]);
  });
});

describe('a percentage against a budget, and cuts one after another', () => {
  it('GIVEN a percentage over or under budget THEN the amount planned × (1 ± the percentage)', () => {
    expectAll([
      ['project planned at $2M with a 30% cost overrun, split between 4 teams — per team?', ['$650,000']],
      ['a $40M build came in 15% under budget; what did it cost?', ['$34M']],
      ['the $800k migration ran 25% over the estimate. final cost?', ['$1M']],
    ]);
  });

  it('GIVEN two cuts one after the other and the total % asked THEN the price left and the one cut they make', () => {
    expectAll([
      [
        'list price $100, 10% off and then a further 10% coupon. final price and total percent discount?',
        ['$81', '19%'],
      ],
      ['a $8/M rate drops 50% and then another 20%; new rate and total % cut?', ['$3.20', '60%']],
    ]);
  });
});

describe('a share of the time on one of two options', () => {
  it('GIVEN a utilisation written after one option THEN only that option is scaled by it', () => {
    expectAll([
      ['8 gpus for a month: reserved $2/hr or spot at $1.20/hr used 70% of the time?', ['$11,680', '$4,906']],
    ]);
  });
});

describe('the volume that keeps revenue flat after a price change', () => {
  it('GIVEN a price before and after THEN the old price over the new one, as more volume or as volume to lose', () => {
    expectAll([
      ["we're dropping our per-seat price from $50 to $40. how many more seats to keep revenue the same?", ['25%']],
      ['raising the price from $10 to $12 — how much volume can we lose and keep revenue unchanged', ['16.7%']],
    ]);
  });

  it('GIVEN one percentage cut to the price THEN 1 ÷ (1 − the cut)', () => {
    expectAll([
      ['a 25% price cut: what usage increase keeps revenue flat?', ['33.3%']],
      ['if we lower the price by 20%, how much must volume grow to keep sales flat?', ['25%']],
    ]);
  });
});

describe('straight-line depreciation each period', () => {
  it('GIVEN a cost, a life and a resale value as an amount or a share THEN (cost − resale) ÷ life', () => {
    expectAll([
      ['a $120k server, straight line over 4 years with $20k salvage: depreciation per year?', ['$25,000 a year']],
      ['we depreciate a $2.4M cluster over 5 years, residual 10%. monthly depreciation?', ['$36,000 a month']],
      ['bought a node for $50k, straight-line over 5 yrs, resale value 10%. annual depreciation?', ['$9,000 a year']],
    ]);
  });
});

describe('the profit left after costs that are a share of revenue', () => {
  it('GIVEN a revenue, shares of it spent and costs as amounts THEN revenue − shares × revenue − costs', () => {
    expectAll([
      ["we make $40k a month in sales; compute is 30% of that and salaries are $20k a month. what's left?", ['$8,000']],
      ['revenue of $5M, 20% goes to payment fees and 25% of revenue to hosting, opex $1.5M — net profit?', ['$1.25M']],
      ['revenue $10M a year, hosting 30%, payroll $200k a month. profit?', ['$4.6M a year']],
    ]);
  });
});

describe('a rate applied once every few periods', () => {
  it('GIVEN a cut every N months over a longer time THEN start × (1 − cut)^(time ÷ N)', () => {
    expectAll([
      ['a $5 per million price, cut by a quarter every 4 months — price after a year?', ['$2.11']],
      ["$8/M, reduced 20% every 2 years; what's it after 6 years", ['$4.10']],
      ['a $100 subscription rises 5% every 6 months; price after 3 years?', ['$134.01']],
    ]);
  });
});

describe('two options set against each other', () => {
  it('GIVEN two choices named by a word and a letter or number THEN each worked and the difference', () => {
    expectAll([
      ['plan 1 costs $400 a month, plan 2 $350 a month; yearly difference?', ['$4,800', '$4,200', '$600 a year']],
      ['provider A charges 20k/mo, provider B 14k/mo: how much would B save us a year', ['$72,000']],
    ]);
  });

  it('GIVEN a rate against a bare amount after "vs" THEN the bare amount is per the same period', () => {
    expectAll([
      ['reserved $2.10/hr vs on-demand $3.40 for 8 gpus over a month — how much cheaper is reserved?', ['$7,592']],
    ]);
  });
});
