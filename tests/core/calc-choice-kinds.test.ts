// Calculation kinds that set choices against each other or share one amount out: two ways of paying over a span,
// a bill split by what each party used, and the like, each asked several ways.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('two ways of paying over a span written short', () => {
  it('GIVEN an hourly rate against an upfront fee plus a lower rate, over "a yr" or "a qtr" THEN both totals and the gap', () => {
    expectAll([
      [
        'plan x: $1.10/hr around the clock for a yr. plan y: $3,000 upfront + $0.70/hr. which is cheaper?',
        ['$9,636', '$9,132', '$504'],
      ],
      [
        'for a qtr, on-demand at $3/hr or a $2,500 commitment plus $1.80/hr — which is cheaper?',
        ['$6,570', '$6,442', '$128'],
      ],
    ]);
  });
});

describe('a bill split by what each party used', () => {
  it('GIVEN a total and each named party’s use THEN each pays the total × its use ÷ the sum of uses', () => {
    expectAll([
      [
        'split a $9,000 cloud bill by usage: research used 300 gpu-hours, product 600',
        ['research $3,000', 'product $6,000'],
      ],
      ['we owe $12k for compute; divide it by hours used — alice 100 h, bob 300 h', ['alice $3,000', 'bob $9,000']],
      [
        'team x ran 200 gpu-h and team y 800 gpu-h; the invoice was $4,000. what does each owe?',
        ['team x $800', 'team y $3,200'],
      ],
      [
        'allocate the $60k cluster cost pro rata: vision 1.2k hours, nlp 2.4k hours, speech 400 hours',
        ['vision $18,000', 'speech $6,000'],
      ],
      [
        'charge back $18,000 of gpu spend by usage — team 1 used 500 h, team 2 used 1,000 h',
        ['team 1 $6,000', 'team 2 $12,000'],
      ],
      [
        'divide a $5,000 bill among three teams in proportion to usage: 10, 20 and 70 gpu-hours',
        ['$500', '$1,000', '$3,500'],
      ],
    ]);
  });
  it('GIVEN counts of parties rather than uses THEN no split by usage is made up', () => {
    for (const q of [
      'split $10k between 4 people, 2 of them used it more',
      'our 8 gpus used 2,000 hours last month; the $16k bill split by usage per gpu?',
    ])
      expect(say(q), q).not.toContain('split by usage');
  });
});

describe('two vendors on one input and output mix', () => {
  it('GIVEN named vendors, one priced per M and one with bare side prices THEN each bill and the gap', () => {
    expectAll([
      [
        'provider a: $2/M in, $8/M out. provider b: $1.50 in, $10 out. 40M in and 5M out per month — who is cheaper?',
        ['$120', '$110', '$10'],
      ],
      [
        'model x costs $0.50/M input and $1.50/M output; model y costs $0.30 input and $2.50 output. at 1B input + 100M output tokens, cheaper?',
        ['model x: $650', 'model y: $550'],
      ],
      [
        'vendor p: $1/M in, $4/M out. vendor q: $0.60/M in, $5/M out. we push 80M input tokens + 10M output tokens. who is cheaper?',
        ['vendor p: $120', 'vendor q: $98'],
      ],
    ]);
  });
});

describe('a metered price against a flat monthly amount at a volume', () => {
  it('GIVEN a price per request, a flat amount a month and requests a month THEN both monthly bills and the gap', () => {
    expectAll([
      [
        'the api charges $0.002 per call; our own box costs $3,000 a month flat. at 2M calls a month, which wins?',
        ['$4,000 a month', '$3,000 a month', '$1,000 a month'],
      ],
      [
        'self-hosting runs $12k a month; the api is $1.20 per thousand queries. with 20M queries a month, api or self-host?',
        ['$24,000 a month', '$12,000 a month'],
      ],
      [
        'hosted api $0.70 per 1k requests vs a flat 5k/mo box, at 4M requests a month — which is cheaper and by how much',
        ['$2,800 a month', '$5,000 a month', '$2,200 a month'],
      ],
    ]);
  });
});

describe('capex over a life plus opex, per GPU-hour', () => {
  it('GIVEN chips bought at a price each, a life and yearly running costs THEN (count × price ÷ life + opex) ÷ count', () => {
    expectAll([
      [
        '64 gpus bought at $25k each, 3 year life, $80k a year to run. cost per gpu-hour at 60% utilization?',
        ['$1.82 per GPU-hour'],
      ],
      ['200 gpus at $30k each amortised over 4 yrs + $200k/yr ops. cost per gpu-hour?', ['$0.97']],
    ]);
  });
  it('GIVEN a total paid for the chips and monthly opex THEN the opex is shared over the chips too', () => {
    expectAll([
      ['we paid $500k for 16 gpus, written off over 3 years, opex $5k/mo. effective cost per gpu hour?', ['$1.62']],
    ]);
  });
  it('GIVEN a purchase over a life "with" yearly opex THEN the yearly all-in cost', () => {
    expectAll([['$1.2M of servers over a 5-year life with $60k/yr opex: yearly cost?', ['$300,000 a year']]]);
  });
});

describe('capacity from a request rate and GPU time each', () => {
  it('GIVEN requests a second, GPU-seconds each and a utilisation THEN rate × time ÷ utilisation GPUs', () => {
    expectAll([
      ['we serve 50 requests per second and each needs 2 gpu-seconds; at 80% utilization how many gpus?', ['125 GPUs']],
      ['peak load 1,200 queries/s, 0.25 gpu-sec per query, run gpus at 60% busy — gpus needed?', ['500 GPUs']],
      [
        'each request uses 0.4 seconds of a gpu; 500 requests a second; how many gpus at 100% utilization',
        ['200 GPUs'],
      ],
      ['400 req/sec at 0.6 gpu-seconds each, 75% utilisation: how many gpus?', ['320 GPUs']],
    ]);
  });
});

describe('a funnel of the user’s own count', () => {
  it('GIVEN downloads, a conversion share and customers "at" a monthly price THEN downloads × share × price', () => {
    expectAll([
      ['our app has 2M downloads; if 1% become paying users at $10/mo, what is monthly revenue?', ['$200,000 a month']],
      ['the sdk has 40M installs. if 0.2% turn into customers at $25/mo, monthly revenue?', ['$2M a month']],
    ]);
  });
});

describe('a sourced yearly figure per month and per day, a year named before a dash', () => {
  it('GIVEN "for 2025 — what is that per month and per day" THEN the year is no count and both periods are worked', () => {
    expectAll([
      ['api spending run rate for 2025 — what’s that per month and per day', ['$700M a month', '$23M a day']],
    ]);
  });
});

describe('a token bill per call asked at a scale of calls', () => {
  it('GIVEN tokens per call on a named model and "cost per 1,000 calls" THEN the per-call bill × 1,000', () => {
    expectAll([
      [
        'gpt-4o with 1,500 input and 300 output tokens per request: what is the cost per 1000 requests?',
        ['$6.75', '× 1,000 requests'],
      ],
      ['claude sonnet 4 at 2k in / 500 out each call, cost for 1,000 calls?', ['$13.5']],
    ]);
  });
});

describe('a share of an amount against everything else', () => {
  it('GIVEN an amount, a share of it and "vs everything else" THEN the share and the rest', () => {
    expectAll([
      ['their 8B r&d with ~15% going to final runs. split it: final runs vs everything else', ['$1.2B', '$6.8B']],
      ['of a $2M budget, 30% goes to compute. compute vs all else?', ['$600,000', '$1.4M']],
    ]);
  });
});

describe('a sourced budget spent renting GPUs, the month defined', () => {
  it('GIVEN a model’s training cost, a GPU count and rate and "assume 730 hr months" THEN the months it lasts', () => {
    expectAll([
      [
        'with kimi k2’s training cost how many months could we rent 256 gpus at $2/hr? assume 730 hr months',
        ['12.3 months'],
      ],
    ]);
  });
});

describe('shares of one amount with the rest named', () => {
  it('GIVEN two shares and "the rest" to a third party THEN three parts, the rest 100% less the shares', () => {
    expectAll([
      [
        'a $50k/month gpu bill: team x uses 60% of hours, team y 25%, team z the rest. what does each owe',
        ['$30,000', '$12,500', '$7,500'],
      ],
      ['split $10k: 50% to research, 30% to product, the remainder to ops', ['$5,000', '$3,000', '$2,000']],
    ]);
  });
  it('GIVEN money then a colon and percentages THEN each percentage is a share, no ratio', () => {
    expectAll([['$120M: 40% to accelerators and 10% to networking', ['$48M', '$12M']]]);
  });
});

describe('a sourced price of one thing that a "7b" restates', () => {
  it('GIVEN "fine-tuning a 7b … under a grand", a count of models and "at most" THEN count × the sourced bound', () => {
    expectAll([
      [
        'fine-tuning a 7b for a local domain is said to be under a grand. so 80 domain models would cost at most?',
        ['$80,000'],
      ],
    ]);
  });
});

describe('users "at" a price per token are no payers', () => {
  it('GIVEN tokens a month across users at a price per M THEN the total and per user, never per-user prices', () => {
    expectAll([
      ['we burn 600M tokens a month across 4k users at $0.50/M. total and per-user monthly cost?', ['$300 a month']],
    ]);
  });
});
