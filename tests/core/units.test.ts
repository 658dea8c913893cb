import { describe, expect, it } from 'vitest';
import { ANSWERERS } from '../../src/core/answer/index.js';
import { renderPlainText } from '../../src/core/render-text.js';
import { parseQuantities } from '../../src/core/understand/quantities.js';
import { askedTarget } from '../../src/core/understand/target.js';
import { solve } from '../../src/core/units.js';
import { expectAll, say } from '../support/ask-engine.js';
import { question, realContext } from './support/question.js';

const ctx = realContext();
/** What the units answerer says for a question, understood only as far as its quantities and target. */
function units(text: string): string {
  const quantities = parseQuantities(text);
  const r = ANSWERERS.units(question({ words: text, quantities, target: askedTarget(text, quantities) }), ctx);
  return r ? renderPlainText(r) : '';
}

describe('reading quantities with units', () => {
  it('GIVEN tokens a day, a price per million and "for a year" THEN a token rate, a token price and a duration', () => {
    const [rate, price, year] = parseQuantities('10M tokens a day at $0.50/M for a year');
    expect(rate).toMatchObject({ dims: { token: 1, hour: -1 }, per: 'day' });
    expect(rate!.value * 24).toBeCloseTo(1e7);
    expect(price).toMatchObject({ dims: { usd: 1, token: -1 } });
    expect(price!.value * 1e6).toBeCloseTo(0.5);
    expect(year).toMatchObject({ value: 8760, dims: { hour: 1 } });
  });

  it('GIVEN "2048 GPUs" THEN a count of GPUs, not a year', () => {
    expect(parseQuantities('5.6M / 2048 GPUs')).toMatchObject([
      { dims: { usd: 1 } },
      { value: 2048, dims: { gpu: 1 } },
    ]);
  });

  it('GIVEN a model size, a version or a year THEN no quantity', () => {
    expect(parseQuantities('what did Llama 3.1 405B cost in 2024?')).toEqual([]);
  });

  it('GIVEN "$2.50 per GPU-hour" THEN dollars per GPU per hour', () => {
    expect(parseQuantities('$2.50 per GPU-hour')[0]).toMatchObject({ value: 2.5, dims: { usd: 1, gpu: -1, hour: -1 } });
  });

  it('GIVEN "how many H100s", "per month" or "break even" THEN the unit asked for', () => {
    expect(askedTarget('how many H100s for $1M', parseQuantities('how many H100s for $1M'))?.dims).toEqual({ gpu: 1 });
    expect(askedTarget('8 GPUs at $2/hr per month', parseQuantities('8 GPUs at $2/hr per month'))).toMatchObject({
      dims: { usd: 1, hour: -1 },
      per: 'month',
    });
    expect(askedTarget('when do we break even', [])?.dims).toEqual({ hour: 1 });
  });
});

describe('solving with units', () => {
  it('GIVEN quantities that cannot combine into anything sensible THEN says so instead of guessing', () => {
    expect(solve(parseQuantities('40% and 3x'))).toBe('no-combination');
  });

  it('GIVEN a division by a zero count THEN divide-by-zero, never NaN', () => {
    expect(solve(parseQuantities('$1M / 0 users'))).toBe('divide-by-zero');
  });
});

describe('the units answerer', () => {
  it('GIVEN 10M tokens a day at $0.50/M for a year THEN $1,825 with the formula', () => {
    const out = units('10M tokens a day at $0.50/M for a year');
    expect(out).toContain('That comes to $1,825');
    expect(out).toContain('10M tokens a day × $0.50/M × for a year (= 365 days) = $1,825');
  });

  it('GIVEN 8 H100s for 30 days at $2/hr THEN $11,520 (the rate is per GPU)', () => {
    expect(units('8 h100s for 30 days at $2/hr')).toContain('$11,520');
  });

  it('GIVEN $5.6M over 2048 GPUs THEN about $2,734 per GPU', () => {
    expect(units('5.6M / 2048 GPUs')).toContain('$2,734 per GPU');
  });

  it('GIVEN a monthly token volume and a price, asked per month THEN a monthly bill', () => {
    expect(units('2 billion tokens a month at $3 per million tokens, how much per month')).toContain('$6,000 a month');
  });

  it('GIVEN a budget and a rate, asked how many GPUs THEN a count of GPUs', () => {
    expect(units('how many H100s can I rent for a month with $100K at $2/hr')).toContain('about 68.5 H100s');
  });

  it('GIVEN an upfront cost and a monthly saving THEN the break-even in months', () => {
    expect(units('if I spend $50K upfront and save $5K a month, when do I break even')).toContain('10 months');
  });

  it('GIVEN zero users to divide by THEN a sentence saying it divides by zero, never NaN', () => {
    const out = units('what is the cost per user of $1M across 0 users');
    expect(out).toMatch(/divide by zero/);
    expect(out).not.toMatch(/NaN|Infinity/);
  });
});

describe('percentages and multiples', () => {
  it('GIVEN a budget and a 40-50% share THEN both ends in dollars', () => {
    expect(units('$80M training budget - how much to accelerators at the 40-50% split?')).toContain('$32M to $40M');
  });

  it('GIVEN an amount that is ~10% of a total THEN the total', () => {
    expect(units("our final run is $40M; if that's ~10% of R&D, what's total R&D?")).toContain('$400M');
  });

  it('GIVEN a saving of 90% THEN the bill that remains', () => {
    expect(units('we spend $3M/yr on model apis; if self-hosting saves 90%, new annual bill?')).toContain(
      '$300,000 a year',
    );
  });

  it('GIVEN a 280x price collapse THEN the bill divided by 280', () => {
    expect(units('our inference bill was $14,000/month; apply the 280x price collapse')).toContain('$50 a month');
  });

  it('GIVEN growth of 3x a year over 3 years, or doubling every year over 4 THEN compounded', () => {
    expect(units('if training costs grow 3x a year, a $100M run today costs what in 3 years?')).toContain('$2.7B');
    expect(units('a $50M run that doubles in cost every year - price in 4 years?')).toContain('$800M');
  });

  it('GIVEN users, queries a day each and tokens per query THEN a 30-day bill, and per day', () => {
    const out = units('1,200 users, 40 queries/day each, 1,500 tokens per query, $0.60 per M tokens. 30-day cost?');
    expect(out).toContain('$1,296');
    expect(out).toContain('$43.20 a day');
  });
});

describe('compute time, GPU time and paybacks with a share of the time used', () => {
  it('GIVEN FLOP, a per-GPU speed and a utilisation THEN the time divides by the utilisation, never multiplies', () => {
    expectAll([
      ['how many days to do 2e24 FLOP on 1,000 GPUs at 989 TFLOP/s with 40% MFU', ['58.5 days']],
      ['1e23 flop at 50% utilisation on h100s rated 989 TFLOP/s — gpu-hours needed?', ['56,173 GPU-hours']],
    ]);
  });

  it('GIVEN a rent paid only for the share of the time used THEN the payback divides by the smaller monthly rent', () => {
    expectAll([
      [
        '$400k for a 16-gpu server or rent 16 gpus at $3/gpu-hour, used 50% of the time. payback in months?',
        ['22.8 months'],
      ],
    ]);
  });

  it('GIVEN a count bought at a price each and rented per GPU-hour THEN the count cancels: never count × months', () => {
    expectAll([
      [
        '4 a100s cost $15k apiece; renting the same 4 is $1.20 per gpu-hour. how many months until buying pays off?',
        ['17.1 months'],
      ],
    ]);
    expect(say('6 gpus at $20k each vs $1.50 per gpu-hour cloud: months?')).not.toContain('110 months');
  });
});

describe('chips, power and GPU time written in their own units', () => {
  it('GIVEN a consumer card written by its four-digit code after "x" THEN a count of cards, not a multiple', () => {
    expectAll([
      ['12 x rtx 5090 at $1,999 each — total?', ['$23,988']],
      ['3 rtx 4090s for 2 weeks at 40 cents an hour', ['$403.20']],
    ]);
  });

  it('GIVEN a hall in MW at a load for a period at a price per kWh THEN MW × load × hours × price', () => {
    expectAll([['a 5 MW datacenter at 70% average load for a month at $0.08/kWh — power bill?', ['$204,400']]]);
  });

  it("GIVEN a model's run named beside the user's own chips and days THEN GPU-hours from the user's numbers", () => {
    expectAll([
      [
        'llama 3.1 405b used 16,384 h100s; at 54 days of training how many gpu hours would that be?',
        ['21.2M GPU-hours'],
      ],
    ]);
  });
});

describe("a model's size worked with the user's numbers", () => {
  it('GIVEN a size, tokens and the 6·N·D rule THEN 6 × parameters × tokens in FLOP', () => {
    expectAll([
      ['13B params trained on 1.4T tokens with 6ND — total training flops?', ['1.09×10^23 FLOP', '6 × 13B parameters']],
      ['6*N*D for a 70B model and 15T tokens?', ['6.3×10^24 FLOP']],
    ]);
  });

  it('GIVEN a size and a precision THEN the weights in GB, and the fewest cards of the memory given, rounded up', () => {
    expectAll([
      ['13B parameters in fp16: how many GB of weights, and how many 24GB cards?', ['26 GB', 'At least 2 cards']],
      [
        '405B model in bf16 — GB of memory for the weights, and how many 80GB H100s at minimum?',
        ['810 GB', '11 cards'],
      ],
      ['how much vram does a 8B model need in int4', ['4 GB']],
    ]);
    // "GB" is never the GB200 chip here.
    expect(say('13B parameters in fp16: how many GB of weights, and how many 24GB cards?')).not.toContain('GB200');
  });

  it('GIVEN a precision written "N-bit" THEN it is the bytes per parameter, no count of anything', () => {
    expectAll([
      ['a 34B model in 8-bit, memory in GB?', ['34 GB for the weights']],
      ['32B model quantised down to 4 bit — how big are the weights in GB', ['16 GB']],
    ]);
  });

  it('GIVEN two precisions and a saving asked THEN the weights at each and the GB between them', () => {
    expectAll([
      ['8B params, fp32 to bf16 — how much memory do we save in GB', ['16 GB less at bf16 than at fp32']],
      ['a 13B model at int8 vs fp16: how many GB smaller?', ['13 GB less at int8', '26 GB']],
      ['405b model 16-bit → 4-bit: GB freed?', ['608 GB']],
    ]);
    // Two precisions with no saving asked name no single size: nothing is worked.
    expect(say('a 13B model at int8 or fp16, memory in GB?')).not.toContain('less at');
  });
});
