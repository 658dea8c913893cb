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
