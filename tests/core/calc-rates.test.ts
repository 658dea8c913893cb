// Rates, periods and counts asked several ways: a period said once for several token terms, a count asked of a
// budget per period, GPU-hours, accelerators by model name, a price "apiece", one rate asked per another period
// and a sum per thing the user counted. New phrasings of each kind, not the lines of any question set.
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/core/understand/quantities.js';
import { expectAll, say } from '../support/ask-engine.js';

describe('a period said once for several token terms', () => {
  it('GIVEN the first term per day and the second without a period THEN both per day', () => {
    expectAll([
      [
        'we push 4M prompt tokens a day at $1 per million and 2M completion tokens at $5 per million; weekly cost?',
        ['$98'],
      ],
      ['6M input tokens per day at $0.50/M plus 1M output tokens at $2/M - bill over 10 days?', ['$50']],
    ]);
  });
});

describe('a count asked of a budget per period', () => {
  it('GIVEN a budget a month and a price per token THEN tokens a month', () => {
    expectAll([
      ['with $500 a month at $0.25 per million tokens, how many tokens do I get?', ['2B tokens a month']],
      ['budget of $300 per week, model priced at $1.50/M tokens: how many tokens?', ['200M tokens a week']],
    ]);
  });
});

describe('GPU-hours and accelerators', () => {
  it('GIVEN a sum and a price per hour and GPU-hours asked THEN GPU-hours', () => {
    expectAll([
      ['a $900K budget at $3 per GPU-hour buys how many GPU-hours?', ['300,000 GPU-hours']],
      ["how many GPU-hours would GPT-4's training have been at $2 an hour?", ['39.5M GPU-hours']],
    ]);
  });

  it('GIVEN accelerators named by model THEN they count as GPUs', () => {
    expect(parseQuantities('512 A100s and 64 MI300Xs and 8 TPUs')).toMatchObject([
      { value: 512, dims: { gpu: 1 }, noun: 'A100' },
      { value: 64, dims: { gpu: 1 }, noun: 'MI300X' },
      { value: 8, dims: { gpu: 1 }, noun: 'TPU' },
    ]);
    expectAll([['200 A100s at $1.50 per GPU-hour on a $72,000 budget - how many days?', ['10 days']]]);
  });

  it('GIVEN a price apiece and a count asked THEN the budget over the price', () => {
    expectAll([['a $6M budget buys how many GPUs at $25,000 apiece?', ['240 GPUs']]]);
  });
});

describe('one rate asked per another period', () => {
  it('GIVEN an amount a year and a day or month asked THEN the amount per that period', () => {
    expectAll([
      ['$3.65M a year in inference is how much a day?', ['$10,000 a day']],
      ['we burn $24M/yr. what monthly spend is that?', ['$2M a month']],
      ['a $1,460/month rental is what per hour?', ['$2 an hour']],
    ]);
  });
});

describe('a sum per thing the user counted', () => {
  it('GIVEN a sum over a count of something unlisted and a per-thing asked THEN the sum divided', () => {
    expectAll([['average cost per episode if a $1.2M season has 8 episodes?', ['$150,000 per episode']]]);
  });
});

describe('sourced rental rates per hour and against a purchase', () => {
  it('GIVEN the monthly rental rates and an hourly rate asked THEN each rate over 730 hours, or the hours given', () => {
    expectAll([
      ['H100 rental: what does the monthly price come to per hour?', ['$1.51 per GPU-hour', '$3.84 per GPU-hour']],
      ['spread the H100 monthly rental over 720 hours - hourly cost?', ['720 hours', '$1.53 per GPU-hour']],
    ]);
  });

  it('GIVEN a purchase price against renting THEN the months of rent it pays for', () => {
    expectAll([['buying an H100 for $25k or renting one monthly - how long until buying pays back?', ['22.7', '8.9']]]);
  });

  it('GIVEN the API at scale and a cost per user per month asked THEN the sourced yearly cost per user per month', () => {
    expectAll([
      ['self-hosting vs hyperscaler API for 10M users: cost per user per month?', ['Per user per month', '$4.75']],
    ]);
  });
});

describe('a token volume moved from one sourced price to another', () => {
  it('GIVEN tokens and two named sourced prices and a saving asked THEN both bills and the difference', () => {
    const out = say('what would migrating 80M tokens from GPT-4 launch pricing to GPT-4 Turbo pricing save?');
    expect(out).toContain('Difference: $1,600');
  });
});

describe('hours worked a day and working days', () => {
  it('GIVEN the length of a workday and a count of workdays THEN the hours worked, not 24-hour days', () => {
    expectAll([
      ['an engineer at $90/hr, 8h workday, 20 workdays — monthly cost?', ['$14,400']],
      ['a contractor at $60 an hour working 8-hour days, 21 working days a month — monthly pay?', ['$10,080']],
      ['a labeler at $25/hour, 7.5h workday, 22 workdays — cost?', ['$4,125']],
      ['40 annotators at $18/hr, 8 hour working day, 5 days a week, 4 weeks — total?', ['$115,200']],
    ]);
  });

  it('GIVEN workdays of an hourly rate with no length of the day THEN no figure', () => {
    const out = say('$90/hr, 20 workdays — monthly cost?');
    expect(out).not.toMatch(/\$43,200|\$14,400/);
  });
});

describe('throughput per GPU and the hourly price of one', () => {
  it('GIVEN tokens a second per GPU and an hourly price THEN the cost per million tokens of that GPU', () => {
    expectAll([
      ['throughput 900 tokens per second per GPU, GPU costs $1.80 an hour — price per million tokens?', ['$0.556']],
      ['we rent h100s at $2.50/hr and get 1,200 tok/s per gpu. cost per 1M tokens?', ['$0.579']],
      ['each gpu serves 3k tokens a second; rental is $2.20 an hour. $ per 1M tokens?', ['$0.204']],
    ]);
  });

  it('GIVEN one card drawing power for a whole period and a cost per card asked THEN that card’s bill', () => {
    expectAll([
      ['a card draws 400 W around the clock for a year at $0.10/kWh. power cost per card?', ['$350.40']],
      ['power cost per gpu: 1 kW each, 30 days, $0.09/kWh', ['$64.80']],
      ['a 700W gpu, full year, $0.08/kWh — power cost?', ['$490.56']],
      ['a 450 W card, 12h a day, all year, $0.20/kWh — cost?', ['$394.20']],
      ['64 gpus at 700W, all month, $0.10/kWh — bill?', ['$3,270']],
    ]);
  });
});

describe('a token bill with sides named by what the tokens are, and a cached share of the input', () => {
  it('GIVEN documents of N tokens summarised down to M tokens THEN input × in-price + output × out-price per doc', () => {
    expectAll([
      ['$0.30/M in, $1.20/M out: condense 4k reports of 20k tokens each down to 500 tokens each. cost?', ['$26.40']],
      [
        'support bot: 8k-token prompts, 500-token answers, 30k conversations a month at $2/M input, $8/M output',
        ['$600'],
      ],
      [
        'we summarise 2,000 contracts a week, each 30k tokens cut to 1k tokens; input $3/M, output $15/M. weekly cost?',
        ['$210'],
      ],
      [
        'coding agent: 20k-token prompts, 2k-token completions, 5,000 runs a day at $3/M in and $15/M out. daily cost?',
        ['$450'],
      ],
    ]);
  });

  it('GIVEN a share of input tokens served from cache at a part of the input rate THEN one blended input price', () => {
    expectAll([
      [
        'support bot: 8k-token prompts, 500-token answers, 30k conversations a month at $2/M input, $8/M output, cache hit rate of 50% at 25% of the input price. cost per month?',
        ['$420'],
      ],
      [
        '50M input tokens and 5M output tokens a month at $3/M in and $15/M out; 70% of the input tokens hit the cache at a 90% discount. monthly bill?',
        ['$130.50'],
      ],
      [
        '$2.50/M input, cached input $1.25/M, 60% of input tokens are cached, 100M input tokens a month. input cost?',
        ['$175'],
      ],
      [
        'rag app with 10k-token contexts and 300-token answers, 1M queries/month, $0.15/M in, $0.60/M out, 80% of prompt tokens served from cache at 25% of the normal price. monthly spend?',
        ['$780'],
      ],
    ]);
  });

  it('GIVEN a cached share of something other than the input tokens THEN no figure is made up', () => {
    const out = say(
      '$1/M input, $4/M output, 40% of requests hit the cache. 6k-token prompts, 1k-token replies, 120k chats a month. monthly?',
    );
    expect(out).not.toContain('$480');
    expect(out).toContain('Cannot combine');
  });
});

describe('an input and an output price blended by the traffic on each side', () => {
  it('GIVEN shares of traffic written with their sides THEN one blended price per token', () => {
    expectAll([
      ['$3/M input and $15/M output; our workload is 75% input tokens, 25% output. blended price per million?', ['$6']],
      ['provider charges $0.15/M in, $0.60/M out. traffic split 90% in / 10% out — effective rate?', ['$0.195']],
    ]);
  });

  it('GIVEN a flat price against a pair THEN each worked, the pair blended', () => {
    expectAll([
      [
        'flat $2/M or $1/M input + $6/M output at 70% input / 30% output traffic: which is cheaper per token?',
        ['$2.50', '$2 per million'],
      ],
    ]);
  });
});

describe('things bought out of a money rate', () => {
  it('GIVEN a burn per month and the price of one thing THEN so many of them a month', () => {
    expectAll([
      [
        'our burn is $2M a month; a fine-tune costs $50K. how many fine-tunes per month of burn?',
        ['40 fine-tunes a month'],
      ],
      ['we burn $2M a month; how many $50K fine-tunes does a month of burn pay for?', ['40 fine-tunes a month']],
      ['$9M a month of spend against a $300K eval run — how many runs is one month?', ['30 runs a month']],
    ]);
  });

  it('GIVEN a price per hour and a sum with no time THEN no count is made up', () => {
    expect(say('how many gpus can we rent at $2/hr with $2M?')).not.toMatch(/GPUs? an? (?:hour|month)/);
  });
});

describe('input and output tokens of one thing, priced per side, then times how many', () => {
  it('GIVEN "each <thing> is N in and M out" and a count of the things a period THEN per thing and per period', () => {
    expectAll([
      [
        'every support chat runs about 1,200 tokens in and 300 out. pricing: $0.50/M input, $1.50/M output. what does one chat cost, and for 40k chats a week?',
        ['$0.00105', '$42 a week'],
      ],
      [
        'each call is 4k tokens in and 1k out at $3/M input and $15/M output. cost per call, and for 20k calls a day?',
        ['$0.027 per call', '$540 a day'],
      ],
    ]);
  });
  it('GIVEN "a typical <thing>" and the count the cost is asked for THEN the total for that count', () => {
    expectAll([
      [
        'a typical document is 8k input tokens + 1k output tokens; $2/M in, $8/M out. cost for 5,000 documents?',
        ['$120'],
      ],
    ]);
  });
  it('GIVEN a count times a count ("2k questions x 3 runs") THEN that many of the second', () => {
    expectAll([
      ['5k questions x 3 runs, 600 in / 100 out per run, $2/M in and $10/M out. cost of the eval?', ['$33']],
      ['300 users × 20 chats each, 1k in and 200 out per chat at $0.40/M in / $1.60/M out. total?', ['$4.32']],
    ]);
  });
});

describe('a share of a volume at a fraction of the price, the rest at full price', () => {
  it('GIVEN a cached share billed at a part of the input price THEN the blended bill, and both when both are asked', () => {
    expectAll([
      [
        'we send 2B input tokens a month at $1.25/M; about 70% of them hit the cache, which costs 25% of the normal rate. monthly input cost with and without the cache?',
        ['$1,188 a month', '$2,500 a month'],
      ],
      [
        '300M input tokens a day at $2/M, 50% are cache hits billed at 10% of the input price. daily input bill?',
        ['$330 a day'],
      ],
    ]);
  });
  it('GIVEN a share moved to a tier "at half price" or "50% off" THEN only that share is cheaper', () => {
    expectAll([
      [
        '1.5B tokens a month at $0.80/M; 25% can move to a flex tier at half the price. monthly bill?',
        ['$1,050 a month'],
      ],
      [
        'our 50M tokens/day at $4/M — if half of it goes via batch at 50% off, what is the daily cost with and without batching?',
        ['$150 a day', '$200 a day'],
      ],
    ]);
    expect(say('our 50M tokens/day at $4/M — if half of it goes via batch at 50% off, daily cost?')).not.toContain(
      '$50 a day',
    );
  });
});

describe('income parts summed into a yearly figure', () => {
  it('GIVEN seats at a price and fees each, and ARR asked THEN the sum of the parts a year', () => {
    expectAll([
      ['1,200 users on the $20/mo plan and 80 teams at $400/mo each. ARR?', ['$672,000 a year']],
      ['250 seats at $30/seat/mo plus 2 support contracts of $1,000/mo each. ARR?', ['$114,000 a year']],
    ]);
  });
});

describe('shares of a whole, each at its own price', () => {
  it('GIVEN shares of a count each priced per one THEN the weighted price × the count', () => {
    expectAll([
      [
        'we route 85% of requests to a cheap tier at $0.001 each and 15% to a premium tier at $0.02 each; 500k requests a month. monthly cost?',
        ['$1,925 a month'],
      ],
      [
        'of 10k support tickets, 60% are handled by the bot at $0.05 each, 40% by humans at $4 each. total cost?',
        ['$16,300'],
      ],
    ]);
  });
  it('GIVEN three shares of traffic at three prices per million THEN one blended price', () => {
    expectAll([['traffic split: 50% at $0.30/M, 30% at $1/M, 20% at $5/M. blended price per million?', ['$1.45']]]);
  });
  it('GIVEN sided prices with the unit named only in the asking THEN the blend at the ratio', () => {
    expectAll([
      ['what is the blended price per million tokens at a 4:1 input:output ratio, $1 in / $4 out?', ['$1.60']],
    ]);
  });
});

describe('a team counted with its pay after "at"', () => {
  it('GIVEN "a team of N at $X each" THEN N × X, the count never dropped', () => {
    expectAll([['team of 6 at $200k each, what is the payroll?', ['$1.2M']]]);
    expect(say('ml team of 10 at $240k loaded each + $1.1M compute per year. what % of spend is people?')).not.toMatch(
      /\$240k ÷|\$1\.1M ÷/,
    );
  });
});
