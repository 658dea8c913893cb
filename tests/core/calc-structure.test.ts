// Calculations read from the structure of the user's numbers (who a price is for, which side a token amount is on,
// parts that add, alternatives set apart, a rate restated), each asked in phrasings no question set uses.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a count at a price', () => {
  it('GIVEN a count of people at a pay rate THEN the pay is per person and the count multiplies it', () => {
    expectAll([
      ['monthly payroll for 15 contractors at $90k a year?', ['$112,500 a month']],
      ['we pay 4 annotators @ $3,000/month each — yearly cost?', ['$144,000 a year']],
      ['3 researchers at $400k per year: cost per quarter?', ['$300,000 a quarter']],
      ['payroll: 9 engineers at $180,000 annually. per month?', ['$135,000 a month']],
    ]);
  });

  it('GIVEN a count at a price "each per month" THEN the period after "each" still counts', () => {
    expect(say('120 licences at $40 each per month - yearly spend?')).toContain('$57,600 a year');
  });

  it('GIVEN a price per request and the tokens requests average THEN the price per million tokens', () => {
    expect(say('we pay 2 cents per call and our calls average 4,000 tokens; per million tokens?')).toContain(
      '$5 per million tokens',
    );
  });

  it('GIVEN a count at a total THEN the total is not multiplied', () => {
    expect(say('50 companies at $1B in total, each pays?')).toContain('$20M');
  });
});

describe('token amounts and prices paired by side', () => {
  it('GIVEN input and output amounts and prices written apart THEN each amount at its own side’s price', () => {
    expectAll([
      [
        'a request averages 2k input and 500 output tokens; we do 10k requests a day; prices: $3/M in, $15/M out. daily bill?',
        ['$135 a day'],
      ],
      [
        'prompts are 3,000 tokens in and 800 out, output $10/M and input $2.50/M, 5,000 prompts per day - monthly cost?',
        ['$2,357 a month'],
      ],
      [
        'per call: 1.2k prompt tokens + 300 completion tokens. completion at $0.60/M, prompt at $0.15/M. 1M calls cost?',
        ['$360'],
      ],
    ]);
  });
});

describe('parts that add up', () => {
  it('GIVEN costs of different shapes joined by plus or and THEN each worked into the period asked, then added', () => {
    expectAll([
      ['monthly burn: 4 devs at $15k/mo each plus $6k/mo of GPUs?', ['$66,000 a month']],
      [
        'yearly spend if we pay $3k a month for hosting and 2 contractors at $90/hr for 160 hours a month?',
        ['$381,600 a year'],
      ],
      ['total for a year: $120k/yr of API fees + $2,500/month of vector DB?', ['$150,000']],
      ["what's our monthly bill: 8 H100s at $2/hr around the clock, plus $400/mo storage", ['$12,080 a month']],
    ]);
  });

  it('GIVEN costs that add up and a count they are shared over THEN the sum is divided by the count', () => {
    expectAll([
      [
        'cluster: $3.2M capex straight-line over 4 yrs + $25k/mo power, 256 GPUs at 70% utilization. cost per used GPU-hour?',
        ['$0.701 per GPU-hour'],
      ],
      [
        'servers cost $900k amortised over 3 yrs and $12k a month to run; 64 gpus — all-in per gpu per month?',
        ['$578'],
      ],
      ['$40k/mo of inference plus $15k/mo of staff, 2,000 paying users, cost per user?', ['$27.50 a month per user']],
      ['cluster of 64 gpus: $1.2M over 3 yrs plus $15k/mo power, 50% busy. cost per *used* gpu-hour?', ['$2.07']],
    ]);
  });

  it('GIVEN a utilisation of costs paid whether used or not THEN the cost per hour is over the used hours', () => {
    // ($2.4M ÷ 3 years + $10k/mo) ÷ 128 = $0.82 an hour; only 60% of the hours work, so each costs $1.37.
    expectAll([
      [
        'we paid $2.4M for 128 gpus, depreciate over 3 years, plus $10k/mo in power. cost per gpu-hour at 60% utilisation?',
        ['$1.37'],
      ],
    ]);
  });

  it('GIVEN revenue beside a cost THEN they are not added', () => {
    expect(say('we make $50k/mo revenue and spend $30k/mo on compute, monthly profit?')).toContain('$20,000 a month');
  });
});

describe('alternatives set apart', () => {
  it('GIVEN two prices named by who charges them and a saving asked THEN each bill and the difference', () => {
    expectAll([
      [
        '300M tokens a month; vendor X wants $1.10/M and vendor Y wants $0.60/M — how much cheaper is Y per month?',
        ['$330 a month', '$180 a month', '$150 a month'],
      ],
      [
        'our volume is 50M tokens/day. current price $2/M, new quote $1.25/M. yearly savings if we switch?',
        ['$36,500 a year', '$22,813 a year'],
      ],
    ]);
  });

  it('GIVEN two ways of paying with a head count said once THEN the count serves both', () => {
    expectAll([
      [
        '40 users on a $25/user/month plan or 40 users each burning 1M tokens a month at $3/M, which is cheaper monthly?',
        ['$1,000 a month', '$120 a month'],
      ],
    ]);
  });

  it('GIVEN choices numbered "option 1/2" or set apart by a sentence THEN the numbers are labels and each is priced', () => {
    expectAll([
      [
        'option 1: $0.50/M for 800M tokens a month; option 2: $0.20/M. how much do we save with option 2 monthly?',
        ['$400 a month', '$160 a month', '$240 a month'],
      ],
      [
        'we pay $4,800/mo today; an alternative costs $0.0008 per request at 3M requests a month — saving per month?',
        ['$4,800 a month', '$2,400 a month'],
      ],
    ]);
  });

  it('GIVEN usage per person and no head count THEN the bill is per person, never one person’s bill as the total', () => {
    expect(say('2M tokens per person per month at $5/M, monthly cost?')).toContain('$10 a month per');
  });
});

describe('a rate restated', () => {
  it('GIVEN a throughput or a price per other tokens THEN the same rate in the unit asked', () => {
    expectAll([
      ['our cluster pushes 5k tokens a second. how many tokens a month is that?', ['13.1B tokens a month']],
      ['at 350 tok/s, how many tokens do we get per hour?', ['1.26M tokens an hour']],
      ['$0.0004 per thousand tokens = how much per million?', ['per million tokens']],
      ['a price of $0.000002 per token is what per million tokens?', ['$2 per million tokens']],
    ]);
  });

  it('GIVEN an amount named by a word for its period (ARR, MRR, annualized) THEN it is restated in the period asked', () => {
    expectAll([
      ['ARR is $7.2M. MRR?', ['$600,000 a month']],
      ["our MRR is $85k — what's the ARR?", ['$1.02M a year']],
      ["$1.2M ARR, what's that per month?", ['$100,000 a month']],
      ['run-rate of $40k a month; annualised?', ['$480,000 a year']],
    ]);
  });

  it('GIVEN an up-front amount and what it brings in each month THEN the months to pay it back', () => {
    expectAll([
      ['a $240k GPU purchase that brings in $20k a month — how long to pay back?', ['12 months']],
      ['payback on $1.2M of capex if it generates $75k/month of extra revenue?', ['16 months']],
      ['we invest $60k in a model that earns us $5k per month; months to recoup?', ['12 months']],
    ]);
  });
});
