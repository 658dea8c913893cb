// The user's numbers read as quantities whose units combine however they are written: a count held for a time
// ("GPU hours", "node-hours"), a rate per a scaled thing ("per 1K requests", "per mil"), a bare amount set as the
// alternative to a rate, and a cost per one of something asked of a bill that runs over time.
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/core/understand/quantities.js';
import { expectAll, say } from '../support/ask-engine.js';

describe('a count held for a time is one amount', () => {
  it('GIVEN GPU-hours, GPU-months or node-hours THEN count × time, so an hourly rate prices them as a total', () => {
    expect(parseQuantities('2.788m gpu hours')[0]).toMatchObject({ value: 2.788e6, dims: { gpu: 1, hour: 1 } });
    expect(parseQuantities('48 gpu-months')[0]!.dims).toEqual({ gpu: 1, hour: 1 });
    expect(parseQuantities('500 node-hours')[0]).toMatchObject({ value: 500, dims: { item: 1, hour: 1 } });
    expectAll([
      ['2.788M GPU hours at $2.50/hr, total?', ['$6.97M']],
      ['rented 3.2k h100 hours @ $2.10 per gpu-hr — bill?', ['$6,720']],
      ['48 GPU-months at $1,400 per GPU-month, total?', ['$67,200']],
      ['500 node-hours at $98 per node-hour?', ['$49,000']],
      ['1,200 person-days at $600/day each, total?', ['$720,000']],
    ]);
    expect(say('2.788M GPU hours at $2.50/hr, total?')).not.toMatch(/an hour/);
  });

  it('GIVEN a spend and GPU-hours THEN the rate per GPU-hour', () => {
    expectAll([["spent 3.6 mn on 1.2 mn GPU hours, what's the rate per gpu hour", ['$3 per GPU-hour']]]);
  });
});

describe('rates per a scaled thing', () => {
  it('GIVEN "per 1K requests", "per 1,000 images" or "per mil" THEN per that many of the thing', () => {
    expectAll([
      ['$0.5 per 1K requests, 3M requests/day, monthly?', ['$45,625 a month']],
      ['image gen at $4 per 1,000 images, we make 250k images a month, monthly bill?', ['$1,000 a month']],
      ['2M calls a day at $0.20 per thousand calls, cost per year?', ['$146,000 a year']],
      ['$0.15 per mil tokens, 800M tokens a month, monthly cost?', ['$120 a month']],
      ['$1.10 per mil, 3bn tokens?', ['$3,300']],
    ]);
  });
});

describe('alternatives share a unit', () => {
  it('GIVEN a bare amount as the alternative to a rate THEN both priced on the same volume, with the gap', () => {
    expectAll([
      ['at $0.07 per million instead of $20, how much cheaper is a 1B-token month', ['$70', '$20,000', '$19,930']],
      ['1,000 GPU-hours at $2/hr or $3.50, diff?', ['$2,000', '$3,500', '$1,500']],
      ['500M tokens a month, $3/M or $0.60 — which is cheaper and by how much', ['$1,500', '$300', '$1,200']],
      ['$25/seat/month vs $40 for 200 seats, yearly difference?', ['$60,000', '$96,000', '$36,000']],
      ['we burn 2bn tok/mo. switching from $10 per million to $1.2, how much do we save monthly', ['$17,600']],
    ]);
  });

  it('GIVEN an amount up front against a monthly rate THEN it is not read as another monthly rate', () => {
    expectAll([['$50k vs $4k/mo, break-even months?', ['12.5 months']]]);
  });
});

describe('a cost per one of something of a bill over time', () => {
  it("GIVEN a monthly or yearly bill and a head count THEN per head over the bill's period", () => {
    expectAll([
      ['$18k/mo API bill, 1,500 users, per user?', ['$12 a month per user']],
      ['our inference bill is $42,000 a month for 3,500 customers — cost per customer?', ['$12 a month']],
      ['$1.5M/yr payroll for 10 engineers, per engineer per month?', ['$12,500 a month']],
      ['$2.4M a year on 300 GPUs, per gpu?', ['$8,000 a year per GPU']],
      ['we pay $14,600 a month for a GPU box, whats that per hour', ['$20 an hour']],
    ]);
  });

  it('GIVEN no one to divide by THEN a clear sentence, no figure', () => {
    const out = say('$5k/month across 0 users, per user?');
    expect(out).toMatch(/divide by zero/);
    expect(out).not.toMatch(/NaN|Infinity/);
  });
});

describe('what a question says about its numbers', () => {
  it('GIVEN an amount that is N× an earlier one and the earlier one asked THEN the amount divided by N', () => {
    expectAll([
      ['ARR hit $12M, 4x what it was a year ago. what was it back then?', ['$3M']],
      ["inference cost $8M this year, 2.5x last year's — what did last year cost?", ['$3.2M']],
      ['revenue is $45M, up 3x from two years ago. what was it then?', ['$15M']],
      ['our Q3 bill is $18k, 3x what it was last quarter. what was it?', ['$6,000']],
    ]);
  });

  it('GIVEN a percentage added on top THEN the amount grows by it, even when a total is asked', () => {
    expectAll([
      ['$1.2M of H100s plus 12% for networking and racks, total?', ['$1.34M']],
      ['200 servers at $9k each + 8% shipping, all-in?', ['$1.94M']],
    ]);
  });

  it('GIVEN what a customer pays and what serving costs THEN the margin, negative when it loses money', () => {
    expectAll([
      ['users pay $15/mo, serving each costs $19. margin?', ['-26.7%']],
      ['subscribers pay $8 a month; inference per subscriber is $2.40. gross margin?', ['70%']],
    ]);
  });

  it('GIVEN daily or monthly active users THEN they are users, and a bill per one of them', () => {
    expectAll([
      ['we have 40k DAU and spend $6k/day on inference, cost per DAU per day?', ['$0.15 a day per user']],
      ['2,500 MAU and a $10k monthly bill - per user?', ['$4 a month per user']],
    ]);
  });

  it('GIVEN how long the user counts a month THEN months are that long and the definition is no input', () => {
    expectAll([
      ['3 months of 8 H100s at $2/GPU-hr, assuming 30-day months?', ['$34,560']],
      ['$3,650 a month for colo, hourly if a month is 730 hrs?', ['$5 an hour']],
    ]);
  });

  it('GIVEN a sum of parts of different shapes and a total asked THEN each part over the time, added', () => {
    expectAll([['2 ML engineers at $180k/yr plus $12k/mo of GPUs, total over a year?', ['$504,000']]]);
  });

  it('GIVEN a time asked of a rate of zero THEN it says never, with no figure', () => {
    const out = say('self-hosting costs $40k upfront and saves us $0/month vs the api. breakeven when?');
    expect(out).toMatch(/never/i);
    expect(out).not.toMatch(/NaN|Infinity/);
  });

  it('GIVEN a token volume named before a bare number THEN tokens, grown by the rate', () => {
    expectAll([['token volume is 2B this month growing 10% monthly, what in 6 months?', ['3.54B tokens']]]);
  });
});

describe('tiered prices and parts asked per a period', () => {
  it('GIVEN a first tier and a price for the rest THEN each tier priced once, never the whole volume at both', () => {
    expectAll([
      ['first 1B tokens at $1/M, rest at $0.5/M, 3B tokens total cost?', ['$2,000']],
      [
        'the first 100M tokens a month are free, then $2/M. we use 350M tokens a month, monthly bill?',
        ['$500 a month'],
      ],
      ['up to 500M tokens at $0.80/M and $0.50/M beyond that; 2B tokens?', ['$1,150']],
      ['first 1B tokens at $1/M, rest at $0.5/M, we only use 400M tokens, cost?', ['$400']],
    ]);
  });

  it('GIVEN bands filled in order (first, next, the rest) in any unit THEN each band priced once', () => {
    expectAll([
      [
        'we pay $2/hr for the first 500 GPU-hours, $1.60/hr for the next 1,500 and $1.20/hr beyond that; we used 2,600 GPU-hours. bill?',
        ['$4,120'],
      ],
      [
        'api pricing: first 50M tokens $5/M, next 200M $4/M, everything above that $2.50/M. this month we are at 400M tokens, what do we owe?',
        ['$1,425'],
      ],
      ['first 10,000 images at $0.04 each, after that 25% off. we generate 30,000 images -> cost?', ['$1,000']],
      ['gpu rental: $3/hr for the first 200 hrs, then 10% off every hour after. 450 hrs total?', ['$1,275']],
      ['for the first 6 months we pay $5k/mo, then $8k/mo. total for a year?', ['$78,000']],
      ['monthly bill for 80M tokens if the first 100M tokens are $1/M and the next 400M are $0.80/M', ['$80 a month']],
    ]);
  });

  it('GIVEN bands that do not cover the volume or a band with no price THEN no figure', () => {
    for (const q of [
      'first 100M tokens at $3/M, the next 400M at $2.40/M. we do 750M tokens, cost?',
      'first 1,000 hours at $2, the next hours cheaper. 3,000 hours?',
      'first 1,000 users pay $10/mo and then the price goes up. we have 4,000 users, monthly revenue?',
    ])
      expect(say(q), q).toMatch(/can't work out|Cannot combine/);
  });

  it('GIVEN a second part naming no period THEN it is shown per the period the first part asked', () => {
    expectAll([['we sustain 1,200 tok/s all day. tokens per day, and cost at $0.50/M?', ['$51.84 a day']]]);
  });

  it('GIVEN a bare amount per year in a question about a bill THEN money per year', () => {
    expectAll([['inference bill is 1.2M a year - monthly and daily?', ['$100,000 a month', '$3,288 a day']]]);
  });
});
