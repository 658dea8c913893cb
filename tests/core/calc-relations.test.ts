// Relations between the user's own numbers that the unit solver alone misses: compounding down and summed over the
// periods, customers needed to cover a fixed cost, a payback from bare monthly amounts, shares written as one list,
// the same split asked again with another count, spending per dollar of revenue, and a unit written once on two
// amounts. New phrasings of each kind, not the lines of any question set; degenerate inputs get a sentence.
import { describe, expect, it } from 'vitest';
import { growthLines } from '../../src/core/answer/growth.js';
import { unitBreakEvenLines } from '../../src/core/answer/runway.js';
import { changeOf } from '../../src/core/understand/change.js';
import { growthOf } from '../../src/core/understand/growth.js';
import { parseQuantities } from '../../src/core/understand/quantities.js';
import { unitBreakEvenOf } from '../../src/core/understand/volume-break-even.js';
import { listedSharesOf, whatIfCount } from '../../src/core/understand/weighted-split.js';
import { whatIfScaled } from '../../src/core/understand/what-if.js';
import { expectAll, say } from '../support/ask-engine.js';

const money = (n: number) => `$${n}`;
const shown = (_: unknown, v: number) => String(v);
const growth = (t: string) => growthOf(t, parseQuantities(t));

describe('an amount compounded by the user’s rate', () => {
  it('GIVEN a price that falls a percentage every year THEN it multiplies down, never up', () => {
    const g = growth('if prices drop 30% a year, what does a $5/M model cost in 2 years?');
    expect(g).toMatchObject({ rate: -0.3, per: 'year', periods: 2 });
    expectAll([
      [
        'if prices drop 30% a year, what does a $5/M model cost in 2 years?',
        ['$2.45 per million tokens', '(1 − 30%)^2'],
      ],
      ['our $40k/month cloud bill shrinks 10% each month. what is it after 3 months?', ['$29,160 a month']],
    ]);
  });

  it('GIVEN a growing monthly burn and a total asked THEN the sum over the months (a geometric series)', () => {
    expectAll([
      ['spend starts at $1M/month and rises 10% each month. total spent over 3 months?', ['$3.31M', '(1 + 10%)^3 − 1']],
    ]);
  });

  it('GIVEN a count growing "m/m" and a price per user THEN the count after the months and the bill on it', () => {
    const g = growth('10k users growing 20% m/m: users after 2 months, and the bill at $1/user?');
    expect(g).toMatchObject({ rate: 0.2, per: 'month', periods: 2 });
    expectAll([
      [
        '5,000 users growing 20% m/m: users after 2 months, and the monthly bill at $1/user?',
        ['7,200 users', '$7,200 a month'],
      ],
    ]);
  });

  it('GIVEN an upward "% a year" on one amount THEN the plain solver keeps it (no second reading)', () => {
    expect(growth('a $100M run growing 3x a year costs what in 2 years?')).toBeUndefined();
  });

  it('GIVEN no growth and a total asked THEN the start times the periods, never NaN', () => {
    const g = growth('burn of $2M/month growing 0% a month, total over 12 months?')!;
    expect(g).toBeDefined();
    expect(growthLines(g, money, shown)).toEqual(expect.arrayContaining([expect.stringContaining('$24000000')]));
  });

  it('GIVEN a fall of 100% or more a period THEN a sentence says nothing is left to compound', () => {
    expectAll([['prices fall 120% a year; a $10/M model after 2 years costs?', ['leaves nothing to compound']]]);
  });
});

describe('customers needed to cover a fixed cost', () => {
  it('GIVEN a fixed monthly cost, a price per customer and a cost per customer THEN fixed ÷ (price − cost)', () => {
    const t = 'fixed costs of $30k/month; each seat pays $50/mo and costs $20/mo to serve. break-even seats?';
    expect(unitBreakEvenOf(t, parseQuantities(t))).toMatchObject({ noun: 'seat' });
    expectAll([[t, ['1,000 seats', '$30k/month ÷ ($50/mo − $20/mo)']]]);
  });

  it('GIVEN a count that does not divide evenly THEN the customers are rounded up', () => {
    expectAll([
      [
        'how many customers to break even: platform $10,000/month, customers pay $30/mo, cost $7/mo each',
        ['435 customers'],
      ],
    ]);
  });

  it('GIVEN a price at or below the cost per customer THEN a sentence, no count', () => {
    const t = 'fixed infra $20k/month; each user pays $5/mo and costs $6/mo. break-even users?';
    const u = unitBreakEvenOf(t, parseQuantities(t))!;
    const out = unitBreakEvenLines(u, money);
    expect(Array.isArray(out)).toBe(false);
    expectAll([[t, ['no number of them covers the fixed cost']]]);
  });
});

describe('a payback from the user’s own monthly amounts', () => {
  it('GIVEN bare amounts a month beside a one-time cost THEN the user’s numbers, not a sourced scenario', () => {
    expectAll([
      [
        'our API costs 30k/mo; self-hosting is 10k/mo plus 100k one-time setup. months to break even?',
        ['5 months', '100k ÷ (30k/mo − 10k/mo)'],
      ],
    ]);
  });
});

describe('a total split by shares written as one list', () => {
  it('GIVEN "60/40" or "40:35:25" THEN each share of the total, in order', () => {
    const t = 'three labs split a $2M run 50:25:25 - what does each pay?';
    expect(listedSharesOf(t, parseQuantities(t))).toMatchObject({ shares: [50, 25, 25] });
    expectAll([
      [t, ['$1M, $500,000 and $500,000']],
      ['split a $90k bill 70/30 with our partner. each share?', ['$63,000 and $27,000']],
    ]);
  });

  it('GIVEN a list that does not add to 100 or a time like 24/7 THEN no split is read', () => {
    const t = 'a $1M budget, 24/7 for a year';
    expect(listedSharesOf(t, parseQuantities(t))).toBeUndefined();
    const u = 'split $1M 50/30 between two';
    expect(listedSharesOf(u, parseQuantities(u))).toBeUndefined();
  });
});

describe('the same split asked again with another count', () => {
  it('GIVEN "split among N; what if only M?" THEN both shares and their difference', () => {
    const t = 'split a $600M run equally among 30 partners; what if only 20 join?';
    expect(whatIfCount(t, parseQuantities(t))?.instead.value).toBe(20);
    expectAll([[t, ['$20M per partner', '$30M per partner']]]);
  });
});

describe('two amounts set against each other', () => {
  it('GIVEN costs and revenue and spending per dollar of revenue asked THEN cost ÷ revenue in dollars', () => {
    const t = 'costs $3M a month and revenue $2M a month: what do we spend per dollar of revenue?';
    expect(changeOf(t, parseQuantities(t))).toMatchObject({ kind: 'per-dollar' });
    expectAll([[t, ['$1.5 spent per dollar of revenue', 'a loss of $0.5']]]);
  });

  it('GIVEN "A → B per M tokens" over a duration THEN the unit written once applies to both', () => {
    expectAll([['$10 → $2.50 per M tokens over 2 years: yearly decline?', ['−50% a year']]]);
  });

  it('GIVEN bare amounts of ARR over a spelled-out span THEN the compound rate', () => {
    expectAll([['ARR grew from 1M to 4M over two years - CAGR?', ['+100% a year']]]);
  });
});

describe('a share of the traffic served from a cache', () => {
  it('GIVEN a cache-hit share, a list price and a cached price THEN the blend of both prices', () => {
    expectAll([
      [
        '50% of our 40M daily tokens hit the cache; normal input is $2/M and cached tokens $0.20/M. daily spend?',
        ['$44 a day', '50% × $0.20/M + the rest × $2/M'],
      ],
    ]);
  });

  it('GIVEN the cached part billed at a percentage of list THEN that part pays the percentage, and the saving', () => {
    expectAll([
      [
        '10M tokens/day at $5/M list, 40% of them cached and charged at 25% of list. daily cost and saving?',
        ['$35 a day', 'Saving: $15 a day'],
      ],
    ]);
  });
});

describe('an amount the question changes first', () => {
  it('GIVEN "if revenue doubled" THEN the revenue is worked at twice its value, shown as such', () => {
    const t = 'we lost $9M on $3M of revenue. if revenue tripled and the loss stayed, loss-to-revenue multiple?';
    expect(whatIfScaled(t, parseQuantities(t))?.to).toMatchObject({ value: 9e6, raw: '(3 × $3M)' });
    expectAll([[t, ['(3 × $3M)', '≈1×']]]);
  });

  it('GIVEN a change that names none of the amounts THEN nothing changes', () => {
    const t = 'we spend $4M on $2M revenue. if prices doubled, how many times is spend revenue?';
    expect(whatIfScaled(t, parseQuantities(t))).toBeUndefined();
  });
});

describe('a profit or a loss of a revenue and a cost', () => {
  it('GIVEN a revenue and a cost THEN revenue − cost, named profit or loss, per period when given one', () => {
    expectAll([
      ['sales of $7M and costs of $9M last year: what was the loss?', ['Loss: $2M', '$7M − $9M']],
      ['revenue $500k a month against costs of $350k a month. monthly profit?', ['Profit: $150,000 a month']],
      [
        'our revenue is $2M and costs $5M. if revenue doubled with costs flat, profit?',
        ['Loss: $1M', '(2 × $2M) − $5M'],
      ],
    ]);
  });

  it('GIVEN no revenue at all THEN the loss is the whole cost, never a division by zero', () => {
    expectAll([['revenue $0 and costs $1M: the loss?', ['Loss: $1M']]]);
  });
});

describe('the same relations written other ways', () => {
  it('GIVEN "50% cheaper every year" or an hourly rate falling THEN compounded down, in the rate’s own period', () => {
    expectAll([
      ['tokens cost $15/M today and get 50% cheaper every year. price in 2 years?', ['$3.75 per million tokens']],
      ['GPU rental prices decline 20% per year; a $3/hr rate is what after 2 years?', ['$1.92 an hour']],
    ]);
  });

  it('GIVEN customers today, or "fixed" named after the amount THEN the customers needed, rounded up', () => {
    expectAll([
      [
        'we need to cover $120k/month of fixed costs. each customer pays $99/month and costs $30/month. customers to break even?',
        ['1,740 customers'],
      ],
      [
        'we have 120 users paying $15/mo, infra is $2,000/mo fixed and each user costs $3/mo. users to break even?',
        ['167 users'],
      ],
    ]);
  });

  it('GIVEN a bill that goes "from A to B" after a one-time cost THEN the months to pay it back', () => {
    expectAll([
      ['moving costs $90k upfront and our bill goes from $40k/mo to $10k/mo. when do we break even?', ['3 months']],
    ]);
  });

  it('GIVEN "per $1 of revenue" with the revenue named after its amount THEN cost ÷ revenue', () => {
    expectAll([['$8M revenue and $10M costs: how much do we spend per $1 of revenue?', ['$1.25 spent per dollar']]]);
  });

  it('GIVEN "what if it’s N" and a change written before its amount THEN both are read', () => {
    expectAll([
      ['a $50M budget split equally across 20 labs. what if it is 25 labs?', ['$2.5M per lab', '$2M per lab']],
      [
        'if our costs halved and revenue stayed at $6M against $10M costs, what is the profit?',
        ['a profit of $1M', '$10M × 0.5'],
      ],
    ]);
  });
});

describe('H100 rental periods and power questions', () => {
  it('GIVEN "for half a year" THEN six months of rent, not a year', () => {
    const out = say("16 H100s on aws for half a year at the wiki's monthly rate");
    expect(out).toContain('× 6 months × 16 H100s = $268,800');
  });

  it('GIVEN GPUs, watts and days with energy asked THEN never a rental bill', () => {
    expect(say('4,096 gpus x 400 W for 50 days — energy in kWh')).not.toMatch(/GPU rental|marketplace/);
  });
});

describe('hyphened counts that are no parts of another thing', () => {
  it('GIVEN a spaced dash after a share list, a group of companies or a model version THEN no nested count', () => {
    expectAll([
      ['four firms split a $1M cluster 40:30:20:10 - what does each pay?', ['$400,000', '$100,000']],
      ['a 10-company consortium shares a $50M run — each company pays?', ['$5M per company']],
    ]);
  });
});

describe('a split after some of the parties leave', () => {
  it('GIVEN a total, a count and "N of them bail / drop out / pull out" THEN the total over the count less N', () => {
    expectAll([
      ['$600M split across 12 labs, 2 drop out; the rest split evenly. each pays?', ['$60M per lab', '(12 labs − 2)']],
      ['a $90M bill shared by 10 firms equally, but 4 pull out. how much does each remaining firm pay?', ['$15M']],
      ["50 startups were to split a $500M cluster, but eight backed out. what's each one's share now?", ['$11.9M']],
    ]);
  });

  it('GIVEN how many leave is not said THEN no figure', () => {
    const a = say('$2B shared by 20 members. if some of them walk away, what does each remaining member pay?');
    expect(a).toMatch(/won't guess/);
    expect(a).not.toContain('$100M');
  });
});

describe('some parties pay a fixed share each, the others split the rest', () => {
  it('GIVEN "K pay P% each, the other M split the rest" THEN (100% − K × P) of the total over M', () => {
    expectAll([
      ['6 firms fund $120M; one pays 50%, the other five split the rest equally. each of the five pays?', ['$12M']],
      [
        'a $300M cluster, 4 backers: one covers 40%, the remaining three share the rest evenly — what does each of the three put in?',
        ['$60M', '(100% − 40%)'],
      ],
      [
        '$90M run, 3 partners. two of them pay 40% each and the third covers the rest. what do the two big ones pay?',
        ['$36M', '$18M'],
      ],
    ]);
  });

  it('GIVEN "two of them pay 30%" with no "each" THEN no figure (together or each is not said)', () => {
    const a = say(
      '4 labs fund a $40M cluster; two of them pay 30%, the other two split the rest. each of the other two?',
    );
    expect(a).toMatch(/won't guess/);
  });
});
