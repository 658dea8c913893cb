// Compound units read from the user's own numbers: rates per a thing per a period ("$2.49/GPU/hr", "$0.023/GB-month"),
// stored data, training compute in FLOP and FLOP/s, a count written "8x H100", a duration restated in brackets, a
// count an amount is spread over, and several parts that each use some of the numbers.
import { describe, expect, it } from 'vitest';
import { solveChain } from '../../src/core/chain.js';
import { parseQuantities } from '../../src/core/understand/quantities.js';
import { solve, type Worked } from '../../src/core/units.js';
import { expectAll, say } from '../support/ask-engine.js';

const value = (w: Worked | string) => {
  expect(typeof w, String(w)).not.toBe('string');
  return (w as Worked).value;
};

describe('reading compound units', () => {
  it('GIVEN a price per GPU per hour written with two slashes THEN it is dollars per GPU-hour', () => {
    const [q] = parseQuantities('$2.49/GPU/hr');
    expect(q).toMatchObject({ value: 2.49, dims: { usd: 1, gpu: -1, hour: -1 } });
    const [seat] = parseQuantities('$30 per seat per month');
    expect(seat!.dims).toEqual({ usd: 1, user: -1, hour: -1 });
    expect(seat!.value * 730).toBeCloseTo(30);
  });

  it('GIVEN storage in GB or TB and a price per GB-month THEN gigabytes and dollars per GB-hour', () => {
    const [size, price] = parseQuantities('40k GB at $0.023/GB-month');
    expect(size).toMatchObject({ value: 40_000, dims: { gb: 1 } });
    expect(price!.dims).toEqual({ usd: 1, gb: -1, hour: -1 });
    expect(parseQuantities('2 TB')[0]).toMatchObject({ value: 2000, dims: { gb: 1 } });
  });

  it('GIVEN FLOP in scientific notation and a throughput in TFLOP/s THEN work and work per hour', () => {
    const [work, speed] = parseQuantities('2.5e23 FLOP of training at 400 TFLOP/s per GPU');
    expect(work).toMatchObject({ value: 2.5e23, dims: { flop: 1 } });
    expect(speed).toMatchObject({ value: 400e12 * 3600, dims: { flop: 1, hour: -1, gpu: -1 } });
    expect(parseQuantities('3.8×10^25 FLOP')[0]!.value).toBeCloseTo(3.8e25, -20);
    expect(parseQuantities('1 PFLOPS')[0]!.dims).toEqual({ flop: 1, hour: -1 });
  });

  it('GIVEN "8x H100" THEN eight GPUs, not a multiple', () => {
    expect(parseQuantities('8x H100 node')[0]).toMatchObject({ value: 8, dims: { gpu: 1 } });
  });

  it('GIVEN a duration restated in brackets THEN only the exact one counts', () => {
    const hours = parseQuantities('for a quarter (90d)').filter((q) => q.dims.hour === 1);
    expect(hours.map((q) => q.value)).toEqual([2160]);
  });

  it('GIVEN "per annum" THEN a year', () => {
    const [q] = parseQuantities('$120k per annum');
    expect(q!.per).toBe('year');
  });

  it('GIVEN a thing named before a sentence\'s numbers ("each request =") THEN the tokens are per that thing', () => {
    const [input] = parseQuantities('each request = 1.5k input tok ($2/M) + 500 output tok ($8/M)');
    expect(input!.dims).toEqual({ token: 1, item: -1 });
  });

  it('GIVEN a count a total is spread across THEN the count only divides', () => {
    const qs = parseQuantities('1.2B tokens a month across 8k users at $0.60/M');
    expect(qs.find((q) => q.dims.user === 1)?.spread).toBe(true);
    expect(solve(qs, { dims: { usd: 1, hour: -1 }, per: 'month' })).toBe('no-combination');
    expect(value(solve(qs, { dims: { usd: 1, user: -1, hour: -1 } })) * 730).toBeCloseTo(0.09);
  });
});

describe('working compound units', () => {
  it('GIVEN FLOP, FLOP/s per GPU and a price per GPU-hour THEN the cost of the GPU-hours', () => {
    const qs = parseQuantities('2.5e23 flop, 400 tflop/s per gpu, $2/gpu-hour');
    expect(value(solve(qs, { dims: { usd: 1 } }))).toBeCloseTo(347_222.22, 1);
  });

  it('GIVEN a throughput of zero THEN no result, never Infinity', () => {
    const qs = parseQuantities('2.5e23 flop, 0 tflop/s per gpu, $2/gpu-hour');
    expect(solve(qs, { dims: { usd: 1 } })).toBe('divide-by-zero');
  });

  it('GIVEN storage and a price per GPU-hour THEN the units do not combine', () => {
    expect(solve(parseQuantities('40k GB at $2/GPU-hour'), { dims: { usd: 1 } })).toBe('no-combination');
  });

  it('GIVEN a capex total and a cost per hour asked THEN the first uses the fleet, the second spreads it too', () => {
    const qs = parseQuantities('2,048 accelerators at $30k each over 4 yrs');
    const [capex, hourly] = solveChain(
      qs,
      [
        { target: { dims: { usd: 1 } }, own: [] },
        { target: { dims: { usd: 1, hour: -1 }, per: 'hour' }, own: [] },
      ],
      (w) => String(w.value),
    );
    expect(value(capex!)).toBe(61_440_000);
    expect(value(hourly!)).toBeCloseTo(1753.42, 2);
  });

  it('GIVEN two parts that together leave a number unused THEN no part stands on a subset', () => {
    const qs = parseQuantities('2,048 accelerators at $30k each over 4 yrs');
    const [capex] = solveChain(
      qs,
      [
        { target: { dims: { usd: 1 } }, own: [] },
        { target: { dims: { token: 1 } }, own: [] },
      ],
      (w) => String(w.value),
    );
    expect(capex).toBe('no-combination');
  });
});

describe('asked through the engine', () => {
  it('GIVEN compound rates, periods and counts in several phrasings THEN the bill with its inputs', () => {
    expectAll([
      ['8x H100 node, $2.49/GPU/hr, running 24/7 for a quarter (90d) — what does it cost?', ['$43,027']],
      ['4x A100 at $1.10 per GPU per hour for 30 days?', ['$3,168']],
      ['checkpoint storage: 40k GB at $0.023/GB-month, for 12 months?', ['$11,040']],
      ['we store 3 TB at $0.02/GB-month. cost for 6 months?', ['$360']],
      ['need 2.5e23 FLOP of training. effective 400 TFLOP/s per GPU, $2/GPU-hour. cost?', ['$347,222']],
      ['input 3M tok/day @ $0.15/M and output 1M/day @ $0.60/M. monthly (30 days)?', ['$31.50']],
    ]);
  });

  it('GIVEN a total and a per-user cost asked of a volume spread across users THEN the users divide, never multiply', () => {
    const out = say('we burn 1.2B tokens a month across 8k users at $0.60/M. total and per-user monthly cost?');
    expect(out).toContain('$720 a month');
    expect(out).toContain('$0.09 a month per user');
    expect(out).not.toContain('$5.76M');
  });

  it('GIVEN batch at half price THEN the saving per month and per year', () => {
    const out = say('batch API = half price. 2B output tok/mo at $8/M normally — savings per month and per annum?');
    expect(out).toContain('$8,000 a month');
    expect(out).toContain('$96,000 a year');
  });

  it('GIVEN a price per seat per month and a cost per seat THEN the gross margin, not a duration', () => {
    const out = say('we charge $49 per seat per month and inference costs us $17.15 per seat. gross margin?');
    expect(out).toContain('65%');
    expect(out).not.toMatch(/days|hours/);
  });

  it('GIVEN a seat rate against a token volume per person that do not combine THEN no tokens × first-dollar figure', () => {
    const out = say(
      '250 staff on a $30/seat/month AI tool vs API usage of ~2M tokens per person per month at a blended $5/M. monthly cost each way?',
    );
    expect(out).not.toContain('$60');
  });

  it('GIVEN a whole token bill against GPUs to rent THEN the other side’s GPU count never multiplies the bill', () => {
    expectAll([
      [
        'api at $0.90/M for 3B tokens a month, or self-host on 2 gpus at $1,900/mo each — which is cheaper?',
        ['$0.90/M × 3B tokens a month = $2,700 a month', '2 gpus × $1,900/mo = $3,800 a month'],
      ],
    ]);
  });

  it('GIVEN each request as "N in + M out" tokens without a scale THEN both sides are priced per request', () => {
    expectAll([
      ['avg query is 500 in / 120 out tokens; $0.15/M input, $0.60/M output; 2M queries — total?', ['$294']],
      ['5,000 calls a day at 1,500 in, 400 out each, $2/M in and $8/M out. daily cost?', ['$31 a day']],
      ['per call: 900 out and 3,000 in tokens at $3/M in, $15/M out, 20k calls a day, cost per month', ['$13,688']],
      ['what do 10k messages cost if each is 700 in + 200 out tokens at $0.5/M in and $1.5/M out', ['$6.50']],
    ]);
  });

  it('GIVEN a count of one thing per another (turns per conversation) THEN it multiplies the bill, never divides it', () => {
    expectAll([
      [
        '1,000 conversations, 6 turns per conversation, 1,200 in / 300 out tokens per turn, $2/M in, $8/M out. total?',
        ['$28.80'],
      ],
      ['1,000 six-turn conversations, each turn 1,500 tokens at $2/M', ['$18']],
      [
        'support bot: 40k tickets a month, each ticket is 5 messages of 900 tokens, $3/M. monthly bill?',
        ['$540 a month'],
      ],
      [
        'each conversation has 8 turns; 2,500 conversations a week; 1,000 tokens per turn at $0.60/M. weekly cost?',
        ['$12 a week'],
      ],
      ['a document is 40 pages, 600 tokens per page, 5,000 documents at $0.10/M — total?', ['$12']],
      [
        'each user has 4 sessions a day with 10 messages per session, 800 tokens per message, 2,000 users, $1/M. daily cost?',
        ['$64 a day'],
      ],
    ]);
    expect(say('1,000 conversations of 6 turns each, 1,500 tokens per turn at $2/M')).not.toContain('per conversation');
  });

  it('GIVEN a cost per user asked of rates already per user and the user count THEN per user first, then the whole', () => {
    expectAll([
      [
        '8,000 seats, each seat sends 300 requests a month of 1,500 tokens at $0.50/M — cost per seat per month?',
        ['$0.225 a month per seat', '$1,800 a month'],
      ],
      [
        '500 customers each run 2,000 queries a day at 800 tokens, $2/M. cost per customer per day?',
        ['$3.20 a day per customer', '$1,600 a day'],
      ],
    ]);
  });
});

describe('compute, energy and growth asked in their own units', () => {
  it('GIVEN FLOP scales written as words and petaflop/s-days THEN each is read as work or work per hour', () => {
    expect(parseQuantities('2 exaFLOP/s')[0]).toMatchObject({ value: 2e18 * 3600, dims: { flop: 1, hour: -1 } });
    expect(parseQuantities('800 petaflops')[0]!.dims).toEqual({ flop: 1, hour: -1 });
    expect(parseQuantities('3,640 petaflop/s-days')[0]!.value).toBeCloseTo(3640 * 1e15 * 86400, -10);
    expect(parseQuantities('6,912 MWh')[0]).toMatchObject({ value: 6_912_000, dims: { kwh: 1 } });
  });

  it('GIVEN a speed held for a time and FLOP asked THEN the total FLOP, in scientific notation', () => {
    expectAll([
      ['a 2 PFLOP/s cluster running for 30 days — total FLOP?', ['5.18×10^21 FLOP']],
      ['0.5 exaFLOP/s for a week: how many flop is that', ['3.02×10^23 FLOP']],
      ['512 GPUs at 312 TFLOP/s for 10 days, 50% utilisation: total FLOP?', ['6.9×10^22 FLOP']],
    ]);
  });

  it('GIVEN an amount of FLOP at a speed THEN the time in a period that suits it, or GPU-days when asked', () => {
    expectAll([
      ['how long does 5e23 FLOP take at 800 petaflop/s', ['7.2 days']],
      ['2e23 FLOP at 400 TFLOP/s per gpu effective: how many gpu-days?', ['5,787 GPU-days']],
      ['3e23 FLOP in petaflop/s-days?', ['3,472 petaflop/s-days']],
    ]);
  });

  it('GIVEN a power drawn for a time and an energy unit asked THEN the energy in that unit', () => {
    expectAll([
      ['a 50 MW data centre for a year — GWh?', ['438 GWh']],
      ['how many GWh does a 120 MW campus use over 30 days', ['86.4 GWh']],
      ['our racks pull 450 kW for two weeks. MWh?', ['151 MWh']],
    ]);
  });

  it('GIVEN electricity priced per MWh THEN the price is per kWh a thousandth of it', () => {
    expect(parseQuantities('$95/MWh')[0]).toMatchObject({ value: 0.095, dims: { usd: 1, kwh: -1 } });
    expectAll([
      ['cluster of 512 H100s drawing 1 kW each, power $80/MWh, 60 days. energy cost?', ['$58,982']],
      ['2 MW of load for a week at $70 per MWh — power bill?', ['$23,520']],
      ["electricity at $110/MWh, 1,000 gpus × 0.9 kW, 1 year — what's the energy cost", ['$867,240']],
      ['a 20 MW campus for a month at $60 a megawatt-hour, power bill?', ['$876,000']],
    ]);
  });

  it('GIVEN a power supply, a share lost to cooling and each card draw THEN the whole cards the rest feeds', () => {
    expectAll([
      ['data hall of 800 kW, 20% lost to cooling, how many 400 W cards can it power', ['1,600 cards', '(1 − 20%)']],
      ['3 MW site, 25% of it lost to overhead, how many 600W gpus fit', ['3,750 GPUs']],
      ['how many 700W gpus can a 2 MW facility support if it loses 35% to cooling?', ['1,857 GPUs']],
      ['10 MW datacenter with 40% going to cooling — how many 1 kW servers can it run?', ['6,000 servers']],
      ['how many 700W cards fit in 1.5 MW', ['2,142 cards']],
    ]);
  });

  it('GIVEN an overhead or a PUE on the draw THEN a supply feeds fewer cards, divided by it', () => {
    expectAll([
      ['1.2 MW room, PUE 1.5, how many 500W cards', ['1,600 cards', '÷ PUE 1.5']],
      ['2 MW hall with 25% cooling overhead, how many 800 W gpus', ['2,000 GPUs']],
    ]);
  });

  it('GIVEN the cards draw and a share lost to cooling in a bill THEN no figure: the share may be of either', () => {
    const out = say('64 cards at 400W each, 20% of the power lost to cooling, 30 days, $0.08/kWh — bill?');
    expect(out).not.toMatch(/\$1,475|\$1,180|\$1,843/);
  });

  it('GIVEN a doubling or halving period and a span THEN the multiple over the span', () => {
    expectAll([
      ['if training compute doubles every 5 months, what multiple after 2 years?', ['27.9×']],
      ['frontier compute doubles every 6 months: growth over 4 years?', ['256×']],
      ['cost halves every 18 months — how much cheaper after 6 years', ['1/16 of the start']],
    ]);
  });

  it('GIVEN words and a words-to-tokens rate THEN the words become tokens before they are priced', () => {
    expectAll([
      ['30M words of docs, ~750 words per 1k tokens, embed at $0.10/M — cost', ['$4']],
      ['2M words at 1.3 tokens per word, $3/M input — cost?', ['$7.80']],
      ['12M words to embed at 1.25 tokens per word and $0.02/M — total?', ['= $0.3']],
      ['a 400-page book, 300 words a page, 1.3 tokens per word, $1/M — cost?', ['$0.156']],
    ]);
  });

  it('GIVEN text in GB, TB or MB and bytes per token THEN the bytes become tokens before they are priced', () => {
    expectAll([
      [
        'we embed 800 MB of docs at roughly 4 bytes per token and $0.02 per million tokens - cost?',
        ['$4', '200M tokens'],
      ],
      ['10 GB @ 4 bytes/token, $0.05/M', ['$125']],
      [
        '1.5 TB of chat logs a month, 1 byte per char, 4 chars per token, at $0.50/M tokens — monthly bill?',
        ['$187,500 a month'],
      ],
      ['how many tokens is 2 GB of text at 4 bytes per token?', ['500M tokens']],
    ]);
  });

  it('GIVEN a conversion written as two amounts that are the same text THEN it converts either way', () => {
    expectAll([
      ['if a token is about 0.75 words, what does translating 3M words cost at $10/M tokens?', ['$40']],
      ['pricing 2,000 pages at 500 words per page with 1,000 tokens ≈ 750 words, $15 per million tokens', ['$20']],
      ['At $0.40 per million tokens and ~4 characters per token, how much to process 600M characters?', ['$60']],
      ['400k words/day, 1.3 tokens per word, $1/M tokens: cost per month?', ['$15.82 a month']],
    ]);
  });

  it('GIVEN text each of the things counted, or a length written as a describing word THEN per thing, or one', () => {
    expectAll([
      [
        'we have 50,000 PDFs averaging 12 pages, 350 words per page; at 1.33 tokens per word and $0.02/M tokens what is the embedding cost',
        ['$5.59'],
      ],
      ['at $0.06 per 1k tokens and 750 words per 1,000 tokens, what does a 90,000-word novel cost?', ['$7.20']],
      ['what is 250GB of text in tokens if a token is ~4 bytes', ['62.5B tokens']],
      ['an llm reads 500 pages a day at 2k tokens each, $3/M — daily cost?', ['$3 a day']],
    ]);
    // A total of text beside a count of something else, not said to be each one's or the whole: no figure.
    expect(say('5,000 documents and 12M words, 0.75 words per token, $1/M tokens — cost?')).not.toMatch(/comes to/);
  });

  it('GIVEN text no conversion turns into tokens THEN no figure, and the reply says what is missing', () => {
    for (const q of [
      '12M words at $3/M tokens, 4 bytes per token — cost?',
      '30GB of text at 0.75 words per token, $1/M tokens — cost?',
      '5M pages at $2/M tokens — cost?',
      '12M words at $3/M tokens — cost?',
    ]) {
      const out = say(q);
      expect(out, q).toContain('turns into tokens');
      expect(out, q).not.toMatch(/comes to/);
    }
  });
});
