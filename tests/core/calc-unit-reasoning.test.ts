// Unit reasoning with the user's own numbers: rates asked per minute or second, a price per GPU-hour from a bill
// and GPU-hours, a rate per a described period ("per audio minute"), a draw per thing counted elsewhere, a
// utilisation that divides when a cost per useful hour is asked, a throughput per named period, and token terms
// per one request. New phrasings of each kind, not the lines of any question set.
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/core/understand/quantities.js';
import { expectAll, say } from '../support/ask-engine.js';

describe('a rate asked per minute or per second', () => {
  it('GIVEN an amount a day, a month or an hour THEN the amount per minute or second', () => {
    expectAll([
      ['we spend $2,400 a day on inference, how much per minute?', ['$1.67 a minute']],
      ['a $7,200/hr cluster works out to what per-second?', ['$2 a second']],
      ['our $43.2k monthly bill, per min? (30-day month)', ['$1 a minute']],
    ]);
  });
});

describe('a price per GPU-hour from a bill and GPU-hours', () => {
  it('GIVEN a sum and GPU-hours and $/gpu-hr asked THEN the sum over the GPU-hours', () => {
    expectAll([
      ['we paid $9,000 for 3,000 GPU hours, what is that per gpu hour?', ['$3 per GPU-hour']],
      ['invoice $5,250 for 2,100 gpu-hours - effective $/gpu-hr?', ['$2.50 per GPU-hour']],
    ]);
  });
});

describe('a rate per a described period', () => {
  it('GIVEN "per audio minute" THEN a rate per minute', () => {
    expect(parseQuantities('$0.01 per audio minute')).toMatchObject([{ dims: { usd: 1, hour: -1 }, per: 'minute' }]);
    expectAll([
      ['dubbing costs $0.01 per audio minute; we have 2,000 hours of video. total?', ['$1,200']],
      ['speech-to-text at $0.36 per audio hour, 90,000 minutes of calls, total bill?', ['$540']],
    ]);
  });
});

describe('a draw per a thing counted elsewhere', () => {
  it('GIVEN "each <thing> draws N kW" and a count of the things THEN the draw times the count', () => {
    expectAll([
      ['each rack draws 30 kW; 6 racks; $0.09 per kWh; yearly cost running nonstop?', ['$141,912 a year', '180 kW']],
      ['we run 40 servers; each server draws 1.5 kW, electricity $0.12/kWh, monthly power bill?', ['$5,256 a month']],
    ]);
  });
});

describe('a utilisation and a cost per useful hour', () => {
  it('GIVEN a price per hour and a utilisation and a cost per useful hour asked THEN the price over the share', () => {
    expectAll([
      ['we pay $3/hr for an H100 but only at 60% utilization - effective cost per utilized hour?', ['$5 an hour']],
      ['utilisation is around 40%. real cost per productive hour of a $2/hr GPU?', ['$5 an hour']],
    ]);
  });

  it('GIVEN a utilisation and a monthly bill asked THEN the share is not divided', () => {
    expectAll([['$2/hr GPU at 50% utilization, monthly bill?', ['$730 a month']]]);
  });
});

describe('a throughput per a named period', () => {
  it('GIVEN "a GPU hour produces N tokens" and a price per hour THEN a cost per million tokens', () => {
    expectAll([
      ['a GPU hour produces 900k tokens, gpu costs $1.80 an hour. $ per M tokens?', ['$2 per million tokens']],
      ['each hour the box serves 2.4M tokens and costs $3 an hour - price per million tokens?', ['$1.25 per million']],
    ]);
  });
});

describe('token terms per one request', () => {
  it('GIVEN "each <thing> uses N input and M output tokens" THEN both terms per that thing', () => {
    expectAll([
      [
        'we handle 5,000 tickets a day; each ticket uses 2,000 input tokens and 400 output tokens; input $1/M, output $4/M. cost over 30 days?',
        ['$540'],
      ],
      [
        '3k requests/day, each request is 1,200 input tokens + 300 output tokens, $0.40/M in and $1.60/M out, 30 days?',
        ['$86.40'],
      ],
    ]);
  });
});

describe("a named model's prices over the user's own volumes", () => {
  it('GIVEN requests a day, tokens each and a period THEN every count and period multiplies the sourced prices', () => {
    expectAll([
      ['gpt-4o: 20M input and 4M output tokens a day - cost for a 30-day month?', ['$2,700']],
      ['with claude sonnet 4, 300 chats a day, each 3k input and 600 output tokens, weekly bill?', ['$37.8 a week']],
      [
        'gpt-5 for 10k requests per day at 1,500 input tokens and 400 output tokens each, cost per month?',
        ['$1,786.98'],
      ],
    ]);
  });

  it('GIVEN token amounts only THEN the plain cost, each side priced', () => {
    expectAll([['what would 50M input tokens and 10M output tokens cost on gpt-4o?', ['$225']]]);
  });
});

describe('a model name before a colon', () => {
  it('GIVEN "gpt-4o: 20M" THEN no 4:20 mix is read', () => {
    expect(parseQuantities('gpt-4o: 20M input tokens')).toMatchObject([{ value: 20e6, dims: { token: 1 } }]);
  });
});

describe('chips at their sourced TDP and list price, in the counts and hours the user gives', () => {
  it('GIVEN N cards, hours a day, days and a price per kWh THEN every one multiplies, and the cards priced too', () => {
    expectAll([
      [
        '2x RTX 4090 running 6h/day for 90 days at $0.25/kWh - electricity cost at TDP, and what do the cards cost at launch price?',
        ['$121.5', '$3,198'],
      ],
      ['power cost of 8 H100 SXM for 30 days at $0.12/kWh at TDP?', ['$483.84']],
    ]);
  });

  it('GIVEN the same count of two chips THEN each set at list price and the difference', () => {
    expectAll([['16 A100 SXM vs 16 H100 SXM at release price, difference?', ['$297,600']]]);
  });
});

describe('a machine described by its chip count', () => {
  it('GIVEN "a 4-gpu node is $12/hr" THEN the rate is the node\'s, not per GPU', () => {
    expectAll([
      ['a 4-gpu node is $12/hr, cost per min?', ['$0.2 a minute']],
      ['rent an 8-GPU server at $20/hr for 3 days - total?', ['$1,440']],
    ]);
  });
});

describe('a period named first and tokens per request', () => {
  it('GIVEN "per day N requests, each request X input and Y output tokens" THEN the tokens are per request', () => {
    expectAll([
      [
        'per day we do 2M requests, each request 900 input tokens and 150 output tokens at $0.15/M in and $0.60/M out - cost for 30 days?',
        ['$13,500'],
      ],
    ]);
  });
});

describe('units asked that no money carries', () => {
  it('GIVEN chips, watts and a time with energy asked in kWh or MWh THEN the energy, in the larger unit too', () => {
    expectAll([
      ['2,048 cards at 300 W for 10 days, energy in kWh?', ['147,456 kWh (147 MWh)']],
      ['how many MWh do 64 gpus at 1 kW use over a week', ['10.8 MWh (10,752 kWh)']],
      ['a 5 MW cluster for 30 days. GWh?', ['3.6 GWh (3,600,000 kWh)']],
    ]);
  });
  it('GIVEN one price per million tokens and tokens per dollar asked THEN the price turned over', () => {
    expectAll([
      ['tokens per dollar at $0.50 per million?', ['2M tokens per dollar']],
      ['how many tokens does a dollar buy at $4/M', ['250K tokens per dollar']],
      ['how many tokens can we get for one dollar at 20 cents per million', ['5M tokens per dollar']],
    ]);
  });
  it('GIVEN a throughput of one chip and a daily load THEN the chips, rounded up to carry it', () => {
    expectAll([
      ['a single card does 1,500 tok/s and we need 300M tokens a day. min gpus?', ['about 2.3 GPUs (3 to carry it)']],
      ['each gpu serves 900 tokens/s; 2B tokens a day — gpus needed?', ['about 25.7 GPUs (26 to carry it)']],
      ['each card handles 40 requests/s and peak load is 1,000 requests/s: how many cards?', ['25 cards']],
    ]);
  });
  it('GIVEN a flat fee against a price per use and a break-even count asked THEN the fee over the price', () => {
    expectAll([['$30/mo flat or $0.002 per call — break-even calls?', ['15,000 calls']]]);
  });
  it('GIVEN a chip-hour named before its price THEN a rate per GPU-hour that a budget buys', () => {
    expectAll([['an a100 hour costs $1.20 and we have $60k. gpu hours?', ['50,000 GPU-hours']]]);
  });
  it('GIVEN a price per energy and "all year" THEN the bill for the year, not a month', () => {
    expectAll([['100 gpus at 500W, $0.10/kWh, running all year — power bill?', ['$43,800 a year']]]);
  });
});

describe('counts that pay, and numbers no answer worked', () => {
  it('GIVEN a count of a thing joined to money by a word of paying THEN the money is per one of them', () => {
    expectAll([
      ['say 3% of 500M downloads pay $4 a month — revenue?', ['$60M a month']],
      ['12k subscribers paying $20/mo, yearly revenue?', ['$2.88M a year']],
    ]);
  });
  it('GIVEN a share of a sourced count converting at a price each THEN count × share × price, cited', () => {
    const out = say("if 0.5% of qwen's downloads became alibaba cloud customers at $200/yr each, revenue?");
    expect(out).toMatch(/\$700M a year/);
    expect(out).toMatch(/Open Source Paradox/);
  });
  it('GIVEN a claim checked with its numbers THEN no such preface: the numbers are quoted, not inputs', () => {
    expect(say('is it true openai lost $5B on $3.7B revenue?')).not.toMatch(/I can't work out/);
  });
  it('GIVEN the opening and closing words of knowledge/cues.yaml THEN hypotheticals and claim checks read as before', () => {
    expect(say("if 2% of qwen's downloads convert at $120 a year each, revenue?")).toMatch(/\$1\.68B a year/);
    expect(say('imagine 4% of llama downloads convert at $25/yr each, revenue?')).toMatch(/I can't work out/);
    for (const q of [
      'is it true mistral made $30M on $100M of costs?',
      'did mistral make $30M on $100M of costs, right?',
      'mistral made $30M on $100M of costs — correct?',
    ])
      expect(say(q), q).not.toMatch(/I can't work out/);
  });
});

describe('a scaled count the reading did not place', () => {
  it('GIVEN "50k signups a month" that no unit list reads THEN no figure from the other numbers alone', () => {
    const q = '50k signups a month, 5% become customers who pay $40/month — new MRR?';
    expect(say(q), q).not.toMatch(/That comes to/);
  });
  it('GIVEN a scaled count the reading does place THEN it is worked', () => {
    expectAll([['2M visitors a month, 3% convert at $15 each — revenue?', ['$900,000 a month']]]);
  });
});

describe('a share asked of the own capacity numbers', () => {
  it('GIVEN GPU-hours used and GPUs paid for a time THEN the utilisation as a percentage', () => {
    expectAll([
      ['we rent 16 H100s for a 7-day week and jobs used 1,500 gpu-hours. utilization?', ['55.8%']],
      ["what's the utilisation if we paid for 200 gpus for 30 days and only 86,400 gpu-hours ran", ['60%']],
    ]);
  });
  it('GIVEN FLOP done over a time on chips of a rated speed THEN the MFU as a percentage', () => {
    expectAll([
      ['Our run did 5e22 FLOP over 10 days on 512 chips at 312 TFLOP/s peak. What was the MFU?', ['36.2%']],
      ['what MFU is 1e21 FLOP in 24 hours on 64 GPUs rated 400 TFLOP/s each', ['45.2%']],
    ]);
  });
  it('GIVEN a utilisation asked of one number alone THEN no figure', () => {
    expect(say("what's our utilisation on 64 gpus")).not.toMatch(/\d+(?:\.\d+)?%/);
  });
});

describe('energy counted by its unit beside a price', () => {
  it('GIVEN a power for a time, "how many MWh" and a price per MWh THEN the energy and the cost', () => {
    expectAll([
      [
        'a 5 MW hall running flat out for a week: how many MWh and what does that cost at $80/MWh',
        ['840 MWh', '$67,200'],
      ],
      ['how many GWh does a 100 MW datacenter use in a 365-day year', ['876 GWh']],
    ]);
  });
});

describe('emissions from energy and a grid intensity', () => {
  it('GIVEN energy and kg (or g) CO2 per kWh THEN the CO2 in the unit asked', () => {
    expectAll([
      ['our cluster used 800 MWh last quarter on a grid at 400 gCO2/kWh. how much CO2 is that?', ['320 tonnes of CO2']],
      ['how many tonnes of CO2 from 5 GWh at 0.2 kg CO2 per kWh', ['1,000 tonnes of CO2']],
      ['a 2 MW cluster for 30 days at 0.45 kg CO2/kWh, emissions in kg?', ['648,000 kg of CO2']],
    ]);
  });
  it('GIVEN a grid intensity alone THEN no mass of CO2', () => {
    expect(say('grid intensity 0.3 kg CO2/kWh. tonnes of CO2?')).not.toMatch(/tonnes of CO2 \(/);
  });
});

describe("a model's size against the user's own cluster and ratios", () => {
  it('GIVEN a size, tokens, the 6ND rule and a cluster of rated chips THEN the days to train', () => {
    expectAll([
      [
        'using 6ND, how long does a 13B model on 1T tokens take on 512 GPUs at 300 TFLOP/s each, in days?',
        ['5.9 days'],
      ],
      [
        '34B model trained on 3T tokens with the 6ND rule: how many days on 1,024 GPUs doing 350 TFLOP/s each?',
        ['19.8 days'],
      ],
    ]);
    // No speed per chip: the days cannot be worked.
    expect(say('70B model, 1.4T tokens, 6ND rule, 2,048 gpus. how many days?')).not.toMatch(/\d days/);
  });
  it('GIVEN tokens per parameter and a size THEN the tokens, and their 6ND compute when asked', () => {
    expectAll([
      ['a 70B model at 20 tokens per parameter, how many tokens should we train on?', ['1.4T tokens']],
      [
        'how many tokens for a 7B model at 20 tokens per param, and training flop by 6ND',
        ['140B tokens', '5.88×10^21 FLOP'],
      ],
    ]);
  });
  it('GIVEN two precisions with no saving asked THEN the weights at each', () => {
    expectAll([
      ['weights of a 13B model at fp16 and int8, in GB?', ['At fp16: 26 GB', 'At int8: 13 GB']],
      ['8B params: memory in fp32 vs int4?', ['32 GB', '4 GB']],
    ]);
  });
});

describe('serving capacity from throughput, concurrency and latency', () => {
  it('GIVEN streams one chip holds, the time a request takes and a request rate THEN the chips needed', () => {
    expectAll([
      [
        'one H100 holds 32 concurrent requests and each request takes 2 seconds. gpus needed for 400 requests per second?',
        ['25 GPUs'],
      ],
      ['we need 1,200 req/s; a request lasts 5 s and a card serves 50 streams at once. how many cards?', ['120 cards']],
      ['how many gpus for 300 requests/s if each gpu handles 24 sessions and requests take 8 s', ['100 GPUs']],
    ]);
    // No time per request: the streams alone do not give a count of chips.
    expect(say('each gpu runs 12 concurrent streams. how many gpus to sustain 900 req/s?')).not.toMatch(/\d GPUs/);
  });
  it('GIVEN tokens per request and a chip throughput THEN the requests served each period', () => {
    expectAll([
      [
        'each request is 800 tokens and one gpu pushes 2,400 tok/s. how many requests per gpu per hour?',
        ['10,800 requests an hour per GPU'],
      ],
      ['a gpu does 5,000 tokens per second; a query uses 2,000 tokens. queries per second?', ['2.5 queries a second']],
      [
        'our server outputs 12,000 tok/s and every response is 600 tokens. responses a minute?',
        ['1,200 responses a minute'],
      ],
    ]);
  });
});

describe('machines a power supply feeds', () => {
  it("GIVEN a machine's chips' power plus the rest, a PUE and a supply THEN the whole machines it feeds", () => {
    expectAll([
      [
        'each node is 4 gpus at 1,000 W plus 1.5 kW for the rest of the node. with a PUE of 1.3, how many nodes fit in a 2 MW hall?',
        ['279 nodes', '5.5 kW'],
      ],
    ]);
    // No supply to divide: the parts are not summed into a count.
    expect(say('8 gpus x 700W plus 2.4 kW for the rest of each server. total draw of 10 servers?')).not.toMatch(
      /servers\./,
    );
  });
});
