// Several things asked of one set of numbers, solved in order by their units (src/core/chain.ts), and the clauses
// that say what each part asks (src/core/understand/asked-parts.ts). The solver is tested directly with quantities
// read from text; the kinds are then asked through the engine in several phrasings with different numbers.
import { describe, expect, it } from 'vitest';
import { EARLIER_RESULT_AT, solveChain } from '../../src/core/chain.js';
import { askedParts } from '../../src/core/understand/asked-parts.js';
import { parseQuantities } from '../../src/core/understand/quantities.js';
import type { Worked } from '../../src/core/units.js';
import { expectAll, say } from '../support/ask-engine.js';

const shown = (w: Worked) => String(w.value);
const worked = (w: Worked | string): Worked => {
  expect(typeof w).not.toBe('string');
  return w as Worked;
};

describe('the chain solver', () => {
  it('GIVEN GPUs and days THEN GPU-hours first, and the cost from the rate the second part gives', () => {
    const [gpus, days, rate] = parseQuantities('2,048 gpus for 60 days at $2/gpu-hour');
    const [hours, cost] = solveChain(
      [gpus!, days!],
      [
        { target: { dims: { gpu: 1, hour: 1 } }, own: [] },
        { target: { dims: { usd: 1 } }, own: [rate!] },
      ],
      shown,
    );
    expect(worked(hours!).value).toBe(2048 * 60 * 24);
    expect(worked(cost!).value).toBe(2048 * 60 * 24 * 2);
  });

  it('GIVEN a bill asked and then a cost per user THEN the second divides the first by the users', () => {
    const qs = parseQuantities('40,000 monthly users, each ~300 queries a month at ~2,000 tokens, model at $0.50/m');
    const [bill, each] = solveChain(
      qs,
      [
        { target: { dims: { usd: 1, hour: -1 }, per: 'month' }, own: [] },
        { target: { dims: { usd: 1, user: -1, hour: -1 }, per: 'month' }, own: [] },
      ],
      shown,
    );
    expect(worked(bill!).value * 730).toBeCloseTo(12000);
    expect(worked(each!).value * 730).toBeCloseTo(0.3);
    expect(worked(each!).steps.map((s) => s.q.at)).toContain(EARLIER_RESULT_AT);
  });

  it('GIVEN a rate and a duration in each part THEN each part is a total over its own duration', () => {
    const [rate, price, month, year] = parseQuantities('45m tokens a day at $0.35 per million, 31-day, 365-day');
    const [a, b] = solveChain(
      [rate!, price!],
      [
        { target: { dims: { usd: 1 } }, own: [month!] },
        { target: { dims: { usd: 1 } }, own: [year!] },
      ],
      shown,
    );
    expect(worked(a!).value).toBeCloseTo(488.25);
    expect(worked(b!).value).toBeCloseTo(5748.75);
  });

  it('GIVEN a part with only a factor THEN it is the part before with the factor applied', () => {
    const qs = parseQuantities('512 gpus at 700 w each for 30 days, $0.08/kwh, a pue of 1.3');
    const plain = qs.filter((q) => !q.dims.times);
    const pue = qs.find((q) => q.dims.times)!;
    const [bill, walled] = solveChain(plain, [{ own: [] }, { own: [pue] }], shown);
    expect(worked(bill!).value).toBeCloseTo(20643.84);
    expect(worked(walled!).value).toBeCloseTo(20643.84 * 1.3);
  });

  it('GIVEN a part whose unit nothing gives THEN no figure for it, and the others still worked', () => {
    const [gpus, days] = parseQuantities('8 gpus for 3 days');
    const [hours, tokens] = solveChain(
      [gpus!, days!],
      [
        { target: { dims: { gpu: 1, hour: 1 } }, own: [] },
        { target: { dims: { token: 1 } }, own: [] },
      ],
      shown,
    );
    expect(worked(hours!).value).toBe(576);
    expect(tokens).toBe('no-combination');
  });
});

describe('the parts a question asks', () => {
  it('GIVEN "monthly bill and cost per user" THEN a monthly amount, then per user over the same month', () => {
    const text = '40,000 users, 300 queries each a month, $0.50/M. monthly bill and cost per user?';
    const parts = askedParts(text, parseQuantities(text.toLowerCase()));
    expect(parts?.map((p) => p.target)).toEqual([
      { dims: { usd: 1, hour: -1 }, per: 'month' },
      { dims: { usd: 1, user: -1, hour: -1 }, per: 'month' },
    ]);
  });

  it('GIVEN a number inside a later clause THEN it belongs to that part only', () => {
    const text = 'bill at $2 per GPU-hour: how many GPU-hours, and how many days on 2,048 GPUs?';
    const parts = askedParts(text, parseQuantities(text.toLowerCase()))!;
    expect(parts.map((p) => p.own.map((q) => q.raw))).toEqual([[], ['2,048 gpus']]);
    expect(parts[1]!.target).toMatchObject({ dims: { hour: 1 }, per: 'day' });
  });

  it('GIVEN one thing asked, or two inputs joined by "and" with nothing asked between THEN no parts', () => {
    for (const text of [
      '10M tokens a day at $0.50/M for a year?',
      'a 1:1 mix of $2/M input and $6/M output over 200M tokens?',
    ])
      expect(askedParts(text, parseQuantities(text.toLowerCase())), text).toBeUndefined();
  });
});

describe('several things asked, through the engine', () => {
  it('GIVEN users × requests × tokens × price THEN the bill and the cost per user', () => {
    expectAll([
      [
        '40,000 monthly users, each ~300 queries a month at ~2,000 tokens, model at $0.50/M. monthly bill and cost per user?',
        ['$12,000 a month', '$0.3'],
      ],
      [
        '1,000 customers, each making 50 requests a day at 4,000 tokens, priced $1/M. daily bill and cost per customer?',
        ['$200 a day', '$0.2'],
      ],
    ]);
  });

  it('GIVEN GPUs for a time THEN GPU-hours, then the cost at the rate the second part gives', () => {
    expectAll([
      ['2,048 GPUs for 60 days: how many GPU-hours, and the cost at $2/GPU-hour?', ['2.95M GPU-hours', '$5.9M']],
      ['64 H100s for 10 days - how many GPU-hours and what cost at $3 per GPU-hour?', ['15,360 GPU-hours', '$46,080']],
    ]);
  });

  it('GIVEN tokens a day at a price THEN the total for each duration asked', () => {
    expectAll([
      ["45M tokens a day at $0.35 per million - what's that for a 31-day month, and for a 365-day year?", ['$488.25']],
      ['20M tokens a day at $1/M. cost per day and per 365-day year?', ['$20 a day', '$7,300']],
    ]);
  });

  it('GIVEN an electricity bill and a PUE THEN the bill, then the bill at the wall', () => {
    expectAll([
      [
        '512 GPUs at 700 W each, 24/7 for 30 days, power at $0.08/kWh - electricity cost, and with a PUE of 1.3?',
        ['$20,644', '$26,837'],
      ],
    ]);
  });

  it('GIVEN a rental rate and a throughput THEN the cost per million tokens, divided by the utilisation', () => {
    expectAll([
      ['a GPU rented at $2.20/hour pushes 1,500 tokens/second. cost per million tokens?', ['$0.407 per million']],
      [
        '$3/hr for a GPU doing 1,000 tokens/s at 50% utilization - what cost per million tokens?',
        ['$1.67 per million'],
      ],
    ]);
  });
});

describe('a priced model over the spans asked', () => {
  it('GIVEN tokens per period on a listed model THEN the bill per period and over each span asked', () => {
    expectAll([
      [
        "gpt-4.1-nano via openai's api: 15M input + 5M output tokens a day. cost per day and per 365-day year?",
        ['$3.5', '× 365 days = $1,277.5'],
      ],
      [
        "kimi k2 thinking on moonshot's own api: 80M in, 20M out a week. weekly cost and 52-week cost?",
        ['$98', '$5,096'],
      ],
      ['gpt-4o: 2M input tokens a day, monthly and yearly cost?', ['$5', '$1,825']],
      // "for a month" is a span asked; the tokens are given per day.
      ['gpt-5.2 for a month: 3M input + 1M output tokens per day, 30 days?', ['$19.25 a day', '$577.5']],
      ['over a year, gpt-4o at 2M input tokens a day?', ['$5 a day', '$1,825']],
    ]);
  });

  it('GIVEN two models and "how many times" THEN both bills and the multiple', () => {
    expectAll([
      ['100M in / 20M out: gpt-4o vs gpt-4o-mini bill, and how many times pricier is 4o?', ['$450', '$27', '16.7×']],
    ]);
  });
});

describe('a unit asked that nothing gives', () => {
  it('GIVEN GPU-hours asked of a rate and a count alone THEN no figure in another unit', () => {
    for (const q of [
      'at $2 per GPU-hour on 2,048 GPUs: how many GPU-hours?',
      '$3/hr per GPU and 512 GPUs - how many GPU-hours is that?',
    ])
      expect(say(q), q).not.toMatch(/comes to|Computed|an hour\b/);
  });
});

describe("a training run's GPU-hours from Epoch's figures", () => {
  it('GIVEN a model with a chip count and training hours THEN chips × hours, and the cost at the rate given', () => {
    expectAll([
      [
        "per Epoch's chip count and training hours for llama 3.1 405B, how many GPU-hours was the run, and what's that at $2/GPU-hour?",
        ['35.1M GPU-hours', '$70.2M', 'Epoch AI'],
      ],
      ['gpu-hours of grok 3 training run at $2.50 per gpu-hour?', ['173M GPU-hours', '$432M']],
    ]);
  });
});
