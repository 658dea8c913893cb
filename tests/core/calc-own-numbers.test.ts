// Calculation kinds worked from the user's own numbers alone, each asked several ways: a payback where every amount is
// per machine, seats priced per month for a year, how long a budget lasts, shares with "the rest", a move from one
// price to another as a % and a multiple, a blended price against all at one option, and depreciation per year and
// per month together.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a payback where the cost and the net are each per one of the things counted', () => {
  it('GIVEN N machines at $X each that each net $Y a month THEN the count multiplies both, months = X ÷ Y', () => {
    expectAll([
      [
        'we bought 12 inference servers at $30k apiece and each brings in $5k a month net. how many months to pay back?',
        ['6 months'],
      ],
      ['payback on 5 machines costing $40k each that each earn $8k/mo?', ['5 months']],
      ['3 nodes at $60k each, each one makes $6k per month profit. when do we break even?', ['10 months']],
    ]);
  });
});

describe('seats priced by the month, asked a year', () => {
  it('GIVEN N people on seats or a plan at $X/mo THEN N × X × 12, never one seat alone', () => {
    expectAll([
      ['25 engineers on team licences at $30/month — yearly?', ['$9,000 a year']],
      ['60 analysts on the pro plan at $20 a month, cost per year?', ['$14,400 a year']],
      ['12 staff on enterprise seats @ $60/mo. annual spend?', ['$8,640 a year']],
    ]);
  });
});

describe('how long a budget lasts', () => {
  it('GIVEN a budget and GPUs at an hourly rate THEN days and hours, never a fraction of a month', () => {
    expectAll([
      ['$100k budget, 128 gpus at $2/hr each. how long does it last?', ['16.3 days', '391 hours']],
      ['$5k, 8 gpus at $3/hr, how long will it last?', ['8.7 days']],
    ]);
    expect(say('$40k for fine-tuning, 64 a100s at $1.50/hr. how long can we run?')).not.toMatch(/0\.\d months/);
  });
});

describe('shares of an amount, one of them "the rest"', () => {
  it('GIVEN two shares and the rest THEN the rest is what the others leave, worked like them', () => {
    expectAll([
      ['split a $10k bill: sales 50%, support 30%, eng the rest. how much each?', ['$5,000', '$3,000', '$2,000']],
      [
        '$12k a month of api costs: 50% search, 20% chat and the remaining share for agents — dollars per product?',
        ['$3,600 a month'],
      ],
    ]);
  });
});

describe('a move from one price to another, asked as a % and a multiple', () => {
  it('GIVEN "from A to B" and "% cut, how many times cheaper" THEN the % change and the multiple', () => {
    expectAll([
      ['gpu rental fell from $8/hr to $2/hr, what % drop and how many times cheaper', ['down 75%', '4×']],
      [
        'price went from $60 to $2.50 per million tokens: percent reduction and how many x cheaper?',
        ['down 95.8%', '24×'],
      ],
      ['our bill went from $4k to $10k a month — % increase and how many times bigger?', ['up 150%', '2.5×']],
    ]);
  });
});

describe('a blended price against sending everything to one option', () => {
  it('GIVEN shares routed to two prices and "% saved vs all on the dear one" THEN the blend and the share saved', () => {
    expectAll([
      [
        'send 80% of queries to a $0.50/M model and 20% to a $15/M model. blended price and savings vs all on the expensive one?',
        ['$3.40 per million tokens', '77.3% less'],
      ],
      [
        '60% of calls go to a $2/M model and the rest to a $12/M model: blended per-million price, and how much more than everything on the cheap one?',
        ['$6 per million tokens', '200% more'],
      ],
    ]);
  });
});

describe('a blended price against the option named again by its price', () => {
  it('GIVEN the option repeated after "than" or "compared with" THEN it is the one set against, not a third price', () => {
    expectAll([
      [
        'route 75% to $0.15/M and 25% to $3/M. blended price? savings compared with putting everything on the $3/M model?',
        ['$0.863 per million tokens', '71.3% less'],
      ],
      [
        '80% of traffic on a $0.40/M model, 20% on a $6/M model. blended, and how much cheaper than running all of it on the $0.40/M one?',
        ['$1.52 per million tokens', 'Against all at $0.40/M'],
      ],
    ]);
  });
});

describe('straight-line depreciation asked per year and per month', () => {
  it('GIVEN a cost, a life and both periods asked THEN both write-offs', () => {
    expectAll([
      [
        '$600k of gpus depreciated over 3 years straight-line: yearly and monthly depreciation?',
        ['$200,000 a year', '$16,667 a month'],
      ],
      [
        'a $90k server written off over 3 years with $9k salvage, depreciation per year and per month?',
        ['$27,000 a year', '$2,250 a month'],
      ],
    ]);
  });
});

describe('utilisation of paid GPU time', () => {
  it('GIVEN GPUs paid for a time and GPU-hours used THEN used ÷ (GPUs × time) as a %', () => {
    expectAll([
      ['200 h100s reserved for a 30-day month, jobs consumed 86,400 gpu hours — what percent utilised?', ['60%']],
      ['32 gpus paid for 30 days, 11,520 gpu-hours of training logged. gpu utilization rate?', ['50%']],
    ]);
  });
});

describe('a budget less what has been spent out of it', () => {
  it('GIVEN a budget and several spends THEN what is left and the share used', () => {
    expectAll([
      ['budget of $5,000; spent $1,200, $800 and $450. what remains and what percent is used', ['$2,550', '49%']],
      [
        'budget $120k for the quarter; we have spent $45k on compute and $15k on labeling. remaining and % used?',
        ['$60,000', '50% used'],
      ],
      ['we have a $10k budget and spent $12k on gpus. how much left?', ['Over budget by $2,000']],
    ]);
  });

  it('GIVEN a budget, a spend and only the share used asked THEN the share used leads, never a change from it', () => {
    expectAll([
      ['$200k budget for training, we used $80k. what % used?', ['40% used', '$120,000 left']],
      ['budget $1M, spent $250k. what percent is spent?', ['25% used']],
    ]);
  });

  it('GIVEN the budget named by a word after it or the share asked as "per-cent" THEN the same reading', () => {
    expectAll([
      ['$80k allocated to inference; paid $30k so far. how much remains?', ['Left: $50,000']],
      ['research budget is $40k, spent $10k on gpus. per-cent gone?', ['25% used']],
    ]);
  });
});

describe('a yearly price with a discount against paying monthly', () => {
  it('GIVEN a discount written on the first option only THEN it is that option’s alone', () => {
    expectAll([
      [
        'prepay $200k a year with a 20% discount or pay $15k monthly. which costs less annually?',
        ['$160,000 a year', '$180,000 a year'],
      ],
      [
        'annual plan $60k less 10%, or $5,500 a month — cheaper option per year and the gap?',
        ['$54,000 a year', '$66,000 a year', '$12,000 a year'],
      ],
      ['yearly contract is $90k w/ 10% off vs $8k/mo: cheaper per year?', ['$81,000 a year', '$96,000 a year']],
    ]);
  });
});

describe('requests split between a cached price and the rest', () => {
  it('GIVEN a volume, a cached share at one price and the rest at another THEN volume × the blended price', () => {
    expectAll([
      [
        '300k queries a day: 25% served from cache at $0.0005 each, the rest at $0.006 each. what is the daily bill?',
        ['$1,388 a day'],
      ],
      ['1M calls a month, 70% cached at $0.001, others at $0.02. monthly bill?', ['$6,700 a month']],
    ]);
  });
});

describe('average tokens per request from a spend, a price and a count of requests', () => {
  it('GIVEN spend ÷ price per token ÷ requests THEN tokens per request, a month’s spend taken whole', () => {
    expectAll([
      ['we paid $900 at $3/M tokens for 100k requests. average tokens per request?', ['3,000 tokens per request']],
      [
        'our api bill was $12k this month at $2.50/M tokens over 4M chats — how many tokens per chat?',
        ['1,200 tokens per chat'],
      ],
    ]);
  });
});

describe('a price or a count compounding each period', () => {
  it('GIVEN a percentage "in price every month" THEN it compounds, not a one-off cut', () => {
    expectAll([
      ['a $2/hr gpu rental drops 3% in cost each month; what is it after 24 months?', ['$0.963 an hour']],
      ['$3/M today, falling 4% per month. price in 18 months?', ['$1.44 per million tokens']],
    ]);
  });

  it('GIVEN a count growing by a rate and the count asked again by its own word THEN the count after the time', () => {
    expectAll([
      ['1,000 customers growing 20% per month — customers after a year?', ['8,916 customers']],
      ['500 paying teams, up 10% a month. teams in 6 months?', ['886 teams']],
    ]);
  });
});

describe('electricity of one machine described by its draw', () => {
  it('GIVEN one card’s watts, a duration and a price per kWh THEN watts × hours × price', () => {
    expectAll([
      ['a single 350W card for 30 days at $0.20/kWh, monthly power cost?', ['$50.40']],
      ['a 1,000W gpu server running for a year at $0.10 per kWh — annual electricity bill?', ['$876']],
    ]);
  });
});

describe('how long until a spend is reached by a fleet named by its size', () => {
  it('GIVEN "a cluster of N" at a rate per GPU-hour THEN days until the sum is spent', () => {
    expectAll([
      ['an h100 fleet of 1,024 at $2.20 per gpu-hour — how many days until $3M is gone?', ['55.5 days']],
      ['a cluster of 256 at $2.50/gpu-hr, how long until we burn $200k?', ['13 days']],
    ]);
  });
});

describe('customers needed to cover fixed costs', () => {
  it('GIVEN fixed costs a period and what each customer contributes THEN costs ÷ contribution, in that count', () => {
    expectAll([
      [
        'fixed costs $50k a month, contribution per customer $25/mo. customers needed to break even?',
        ['2,000 customers'],
      ],
      [
        'overheads of $1.2M a year, and every seat brings $400 a year of margin. how many seats to break even?',
        ['3,000 seats'],
      ],
      ['how many customers do we have if revenue is $50k/mo and each pays $25/mo?', ['2,000']],
    ]);
  });

  it('GIVEN two amounts that count nothing and a count asked THEN no figure', () => {
    expect(say('we spend $10k/mo on inference and $2k/mo on storage. how many users?')).not.toMatch(/\b5 users\b/);
    expect(say('a fleet of 8 cars costs $400/mo each. total?')).toContain('8 cars');
    expect(say('50k users growing 10% monthly and churning 2%. users after a year?')).not.toMatch(/14,404/);
  });
});

describe('buying against renting by the hour for the hours used each month', () => {
  it('GIVEN an up-front price, running costs and an hourly rent used so many hours a month THEN the break-even', () => {
    expectAll([
      ['purchase for $300k with $3k/mo opex vs rent at $25/hr for 730 h/mo — break-even in months?', ['19.7 months']],
      ['buy for $100k + $1k/mo, or rent at $20/hr for 400 hours a month. break-even?', ['14.3 months']],
    ]);
  });
});

describe('yen written with the sign yuan shares', () => {
  it('GIVEN "¥" and a rate in yen per dollar THEN the yen amount ÷ the rate', () => {
    expectAll([
      ['¥1.2M bill at 145 yen to the dollar, in usd?', ['$8,275.86']],
      ['¥7,100 at 7.1 yuan per dollar, in usd?', ['$1,000']],
    ]);
  });
});
