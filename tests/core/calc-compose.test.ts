// Calculations that compose several steps, and the dimensional check that refuses formulas whose units only
// cancel by accident. Each kind is asked several ways with different numbers: the mechanism, not one phrasing.
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/core/understand/quantities.js';
import { composes, solve } from '../../src/core/units.js';
import { expectAll, say } from '../support/ask-engine.js';

describe('the dimensional check', () => {
  it('GIVEN two amounts of money multiplied THEN the formula does not compose, however the units cancel', () => {
    const [upfront, api, running] = parseQuantities('$85k up front, $9,500/month api, $2k/month to run');
    expect(composes([upfront!, api!, running!], [1, 1, -1])).toBe(false);
    expect(composes([upfront!, api!], [1, -1])).toBe(true);
  });

  it('GIVEN only amounts that multiply money by money THEN the solver finds no combination', () => {
    expect(solve(parseQuantities('$5 budget and $3.05B raised'), { dims: { usd: 1 } })).toBe('no-combination');
  });

  it('GIVEN a count asked of two amounts of money THEN the larger goes over the smaller, never "0 runs"', () => {
    expectAll([
      ['a $2B budget with ~10% to final training: how many $40M runs does that cover?', ['5 runs']],
      ['how many $2M pilots would 10% of a $300M budget pay for?', ['15 pilots']],
    ]);
  });
});

describe('ranges of money', () => {
  it('GIVEN "$5-20M each" against a budget THEN both ends, low and high', () => {
    expectAll([
      ['the raise was $3.05B and models cost $5-20M each. how many trainings could it fund?', ['153', '610']],
      ['a $600M budget at $50-150M per run: how many runs?', ['4 runs', '12 runs']],
    ]);
  });

  it('GIVEN a money range times a share range THEN the lowest and highest products', () => {
    expectAll([['apps earn $50-100B at 50-80% margins: gross profit?', ['$25B', '$80B']]]);
  });
});

describe('growth over a duration', () => {
  it('GIVEN a range of yearly multiples and a number of years THEN both ends compounded', () => {
    expectAll([
      ['at 2-3x a year growth, what would a $50M run cost in 2 years?', ['$200M', '$450M']],
      ['costs rise 10-20% per year; a $1M bill in 3 years?', ['$1.33M', '$1.73M']],
    ]);
  });

  it('GIVEN two amounts some years apart and a multiplier asked THEN the yearly multiple', () => {
    expectAll([['$10M to $600M over 2 years: what yearly multiplier is that?', ['7.75×']]]);
  });

  it('GIVEN two dated amounts and a linear change asked THEN the amount added each year', () => {
    expectAll([
      ['from $55.8B in 2024 to $282B in 2030: average added per year, if linear?', ['$37.7B a year']],
      ['$10M in 2020 and $40M in 2023 - how much added per year, linearly?', ['$10M a year']],
    ]);
  });
});

describe('shares and multiples of two amounts', () => {
  it('GIVEN "what % of" with no amount after "of" THEN the smaller as a share of the larger', () => {
    expectAll([
      ['the IPO raised $559M at a $6.6B valuation - what % of the company is that?', ['8.5%']],
      ['a $294K bill vs a $5.6M one - the first is what % of the second?', ['5.3%']],
      ['a $5.6M bill as a % of an $8B fund?', ['0.07%']],
    ]);
  });

  it('GIVEN "- multiple?" THEN how many times the larger is the smaller', () => {
    expectAll([['a $2T valuation vs $380B - multiple?', ['5.26×']]]);
  });
});

describe('a change to one amount of a formula', () => {
  it('GIVEN a monthly burn cut by a share and money to last THEN divided by the reduced burn', () => {
    expectAll([
      ['if they cut the ~$47M monthly burn by 30%, how many months would $559M last?', ['17 months']],
      ['our $20K monthly burn grows by 50%; how many months does $300K last?', ['10 months']],
    ]);
  });
});

describe('rates over a working day', () => {
  it('GIVEN token terms per hour, hours a day and workdays a month THEN the monthly bill', () => {
    expectAll([
      [
        'per hour we push 3M input tokens ($1.10/M) and 600K output ($4.40/M), 10 hours a day, 22 workdays a month. monthly bill?',
        ['$1,307 a month'],
      ],
    ]);
  });
});

describe('break-even', () => {
  it('GIVEN an up-front cost plus running cost against a monthly alternative THEN the months to break even', () => {
    expectAll([
      ['box costs $85k up front plus $2k/month to run; our API bill is $9,500/month. months to break even?', ['11.3']],
      [
        'buy 8 H100s at $27,500 each plus $3,000/month hosting, or rent 8 at $1,100/month each - when does buying break even?',
        ['37.9 months', 'month 38'],
      ],
      ['a $12,000 server vs $1,000 a month in the cloud: when does it pay back?', ['12 months']],
    ]);
  });

  it('GIVEN an alternative cheaper than running the purchase THEN a sentence that it never pays back', () => {
    expectAll([
      ['a $40k server plus $500 a month power vs $300 a month in the cloud: break even?', ['never pays back']],
    ]);
  });
});

describe('parts of one amount', () => {
  it('GIVEN a discount on a share of a volume THEN the cost after it and, when asked, the saving', () => {
    expectAll([
      [
        '60M input tokens a day, 70% served from cache at a 90% discount off the $2/M list price. daily cost, and how much does caching save?',
        ['$44.40 a day', 'Saving: $75.60 a day'],
      ],
      ['100M tokens a month at $1/M, 50% of them at a 80% discount - monthly bill?', ['$60 a month']],
    ]);
  });

  it('GIVEN shares of one amount added together THEN the summed range first, then each share', () => {
    expectAll([
      [
        '$600M: accelerators (40-50%) plus staff (20-30%) together - dollar range?',
        ['$360M to $480M', '$240M to $300M'],
      ],
    ]);
  });

  it('GIVEN one share and "the rest" THEN both parts, in the currency given', () => {
    const out = say('¥312M of revenue, 85% on-prem: yuan from on-prem vs the rest?');
    expect(out).toContain('¥265M');
    expect(out).toContain('¥46.8M');
    expect(out).not.toContain('Difference');
  });

  it('GIVEN a budget over a cost per run and what is left asked THEN whole runs and the money left over', () => {
    expectAll([
      [
        'we have $2M; at $294K per training run how many runs, and what is left?',
        ['6 full runs', '$236,000 left over'],
      ],
    ]);
  });
});

describe('margins', () => {
  it('GIVEN a price per request and a cost worked from tokens THEN the gross margin', () => {
    expectAll([['we charge $0.002 per request; each request is ~1,800 tokens at $0.45/M. gross margin?', ['59.5%']]]);
  });

  it('GIVEN a cost and a gross margin and revenue asked THEN the cost over the rest of the revenue', () => {
    expectAll([
      ['self-hosting costs $55M a year at an 87.7% gross margin; what revenue does that imply?', ['$447M']],
      ['our inference costs $2M a year and we want a 60% gross margin. what revenue do we need?', ['$5M a year']],
    ]);
  });

  it('GIVEN revenue and spending per dollar earned THEN the implied spend and the loss', () => {
    expectAll([['they made $3.7B and spent $1.35 per dollar earned. implied total spend and loss?', ['$5B', '$1.3B']]]);
  });
});

describe('several results in one question', () => {
  it('GIVEN two "A to B" pairs THEN the percentage change of each', () => {
    expectAll([
      ['from $30 to $10 per MTok vs from $20 to $0.07 - what % cut is each?', ['66.7%', '99.7%']],
      ['price went $15/M to $3/M and another from $60/M to $12/M, percent drop for each?', ['down 80%']],
    ]);
  });

  it('GIVEN a count at a price each and another amount to compare THEN the total and how many times the other', () => {
    expectAll([['20,000 GPUs at ~$25k per GPU: fleet worth, and how many times a $100M budget?', ['$500M', '5×']]]);
  });

  it('GIVEN two yearly totals, a user count and saving per user per year asked THEN each per user and the gap', () => {
    expectAll([
      ['API at $570M/yr vs self-hosted at $55M/yr for 10M users: dollars saved per user per year?', ['$51.50']],
    ]);
  });
});

describe('refusals instead of a wrong figure', () => {
  it('GIVEN a total of money and a count of users with no ratio THEN no figure per or times the users', () => {
    const out = say('we spend $1.8M a year on APIs and have 10M users. what would self-hosting cost?');
    expect(out).not.toMatch(/\$18T|\$0\.18/);
  });

  it("GIVEN a price per seat a month and each seat's token cost THEN the margin per seat", () => {
    // "$20 per seat a month" is now read as per seat per month, so the cost per seat joins it: ($20 − $7.50) ÷ $20.
    const out = say('we charge $20 per seat a month; each seat uses 5M tokens a month at $1.50/M. gross margin?');
    expect(out).toContain('62.5%');
    expect(out).toContain('$20 per seat');
  });

  it('GIVEN a count that nobody asked for THEN it is not shown as the answer', () => {
    const out = say('we would join the $1B, 50-company consortium if our share stays under 3% of our $800M revenue');
    expect(out).not.toMatch(/companys|about 1\.2/);
  });

  it('GIVEN a per-dollar figure after money THEN it is never a percentage', () => {
    expect(parseQuantities('from $20 to $0.07 - what % cut?').map((q) => q.dims)).toEqual([{ usd: 1 }, { usd: 1 }]);
  });
});

describe('rentals and power at sourced or given rates', () => {
  it('GIVEN buying GPUs and renting named without a price THEN break-even against each sourced rental rate', () => {
    expectAll([
      [
        'buy 8 H100s at $27,500 each plus $3,000/month hosting, or rent 8 on a marketplace - when does buying break even?',
        ['37.9 months', 'Foundation Model Economics'],
      ],
      ['we could buy 16 H100s for $30k each - how long until renting would have cost more?', ['27.3', '10.7']],
      [
        'a fleet of 50K H100s is worth ~$1.3B. renting 50K H100s on a marketplace instead - after how many months would renting have cost more?',
        ['23.6 months'],
      ],
    ]);
  });

  it('GIVEN an up-front cost and a monthly saving THEN the up-front over the saving, no rental rates', () => {
    expectAll([['a $40k server saves $2,000 a month on cloud rent - when does it pay back?', ['20 months']]]);
  });

  it('GIVEN a hyphenated fleet count THEN the sourced monthly rates times the fleet', () => {
    expectAll([['one month of a 600K-H100 fleet rented on AWS and on a marketplace?', ['$1.68B', '$660M']]]);
  });

  it('GIVEN a draw per GPU and a count THEN the fleet draw beside the power bill', () => {
    expectAll([['600K H100s at 700 W each - total draw, and the yearly bill at $0.08/kWh?', ['420 MW', '$294M']]]);
  });

  it('GIVEN a price in cents THEN it is money', () => {
    expectAll([['10M tokens a day at 80 cents per million tokens for a year?', ['$2,920']]]);
  });
});

describe('one volume at several prices', () => {
  it('GIVEN a volume written "a 40M-token job" and named models THEN the volume at each named sourced price', () => {
    expectAll([['price a 40M-token job three ways: GPT-4 at launch, GPT-4 Turbo and GPT-3.5', ['$1,200', '$400']]]);
  });

  it('GIVEN a volume, a named model and the user’s own price, a saving asked THEN both bills and the difference', () => {
    expectAll([
      [
        "we'd run 2.2B tokens a month. what do we save going from GPT-4 launch pricing to a $0.07/M price?",
        ['$66,000 a month', '$154 a month', 'Difference: $65,846 a month'],
      ],
    ]);
  });
});

describe('weighted splits', () => {
  it('GIVEN parties splitting a total where some pay a multiple THEN a regular share and the larger one', () => {
    expectAll([
      [
        'Five companies split a $191M training run, but one pays double the others. What does each of the four pay?',
        ['$31.8M', '$63.7M'],
      ],
      [
        '$1B model, 50 members, but 10 of them pay double shares - regular and double-share member?',
        ['$16.7M', '$33.3M'],
      ],
      ['three of us split a $900 bill but two pay 1.5x', ['$225', '$337.50']],
    ]);
  });

  it('GIVEN the heavier payers called by a word of their own THEN still the weighted split, never × the multiple', () => {
    expectAll([
      ['$300M shared by 20 labs; 5 sponsors pay double. how much does a sponsor pay?', ['$12M', '$24M']],
      [
        '30 countries split a $900M model, 6 founding nations contribute 3x each. what does each founding nation pay?',
        ['$21.4M', '$64.3M'],
      ],
      ['$2B between 40 partners where 8 big partners each pay twice — small partner cheque?', ['$41.7M', '$83.3M']],
    ]);
  });
});

describe('a sourced ratio applied to the user’s own spend', () => {
  it('GIVEN the user’s API spend and the self-hosted-to-API ratio asked THEN their spend at that ratio', () => {
    expectAll([
      [
        'we spend $1.8M a year on hyperscaler APIs. at the 10M-user cost ratio (self-hosted vs API), what would self-hosting the same load cost?',
        ['$174K'],
      ],
    ]);
  });
});

describe('a year the dollars are counted in, and a figure with nothing done to it', () => {
  it('GIVEN "2023-dollar", "2020 USD" or "2023 US dollars" THEN the year is not a sum of money', () => {
    for (const q of ["Epoch's 2023-dollar estimate", 'the cost in 2020 USD', 'priced in 2023 US dollars'])
      expect(
        parseQuantities(q).filter((x) => x.dims.usd !== undefined),
        q,
      ).toEqual([]);
    // A sum that happens to be a year's number still is one when written as money.
    expect(parseQuantities('$2023 split 7 ways')[0]?.value).toBe(2023);
  });

  it('GIVEN a training cost asked in a data set\'s 2023 dollars THEN the answer is the figure, not "$2,023" or "X = X"', () => {
    for (const q of [
      "What's Epoch's estimate of Claude 3.5 Sonnet's training cost 2023-dollar amortised?",
      'GPT-4 training cost in 2023 USD per Epoch',
    ]) {
      const text = say(q);
      expect(text, q).not.toMatch(/\$2,023|Computed: [^\n]*= \$[\d.]+[MB]\.?$/m);
      expect(text, q).toMatch(/2023 USD/);
    }
  });
});
