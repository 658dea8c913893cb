// How questions word their numbers, as mechanisms: a yearly rate named by an adjective, a split among a count of any
// thing, a condition before the one thing asked, a saving named by the factor's own word, spans no period word
// names, a period converted by "annualised", and prices with no "$" in a question about money.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('yearly rates named by an adjective', () => {
  it('GIVEN "at a 2.5x annual rate" or "30% annual growth" over years THEN the amount compounds', () => {
    expectAll([
      ['$191M grown 3 years at the 2-3x annual rate?', ['$1.53B', '$5.16B']],
      ['$191M grown 3 years at a 2.5x annual rate?', ['$2.98B']],
      ['$4M of revenue at 30% annual growth for 3 years?', ['$8.79M']],
      ['a $50M run growing 2-3x yearly, cost in 4 years?', ['$800M', '$4.05B']],
      ['$10M growing at a 20-40% annual rate for 5 years?', ['$24.9M', '$53.8M']],
      ["Gemini Ultra's cost grown 3 years at the 2-3x annual rate?", ['$1.53B', '$5.16B']],
    ]);
  });
  it('GIVEN "a 20% annual discount" THEN it is a share off a yearly price, not a rate', () => {
    expectAll([['$30k/month plan with a 20% annual discount, yearly cost?', ['$288,000']]]);
  });
});

describe('a multiple or a percentage "applied"', () => {
  it('GIVEN "apply the 28x multiplier to …" THEN the amount is multiplied: "apply" is neither a cut nor the word Apple', () => {
    expectAll([
      ["apply the 28x multiplier to gpt-4's cost", ['× 28x', '$2.21B']],
      ['apply the 100-1,000x hidden cost multiple to a $5.6M run', ['$560M to $5.6B']],
      ['apply a 30% discount to $12k a month', ['$8,400 a month']],
    ]);
    expect(say("apply the 28x multiplier to gpt-4's cost")).not.toMatch(/Apple/);
  });
});

describe('a rate of requests written as an abbreviation', () => {
  it('GIVEN "8 QPS" beside tokens per response and a price THEN the daily bill, as if written out', () => {
    const out = say('we serve 8 QPS, 600 tokens per response, at $1.10/M output, cost per day');
    expect(out).toMatch(/\$456\.19 a day/);
    expect(out).not.toMatch(/\$0\.00066/);
    expectAll([
      ['we serve 8 queries per second, 600 tokens per response, at $1.10/M output, cost per day', ['$456.19 a day']],
    ]);
  });
});

describe('a total split among a count of any thing', () => {
  it('GIVEN "200 startups chipped in equally", "pooled", "shared by" THEN the total per party', () => {
    expectAll([
      ['if 200 startups had chipped in equally for a $5.6M training bill, how much would each pay?', ['$28,000']],
      ["if 200 startups had chipped in equally for DeepSeek V3's training bill, how much would each pay?", ['$28,000']],
      ["if 12 countries pooled money for Gemini Ultra's training run, what would each owe?", ['per country']],
      ["Kimi K2's training cost shared by 10 labs, per lab?", ['$460,000']],
      ["GPT-4's training cost split among 40 universities - how much each?", ['$1.98M', '$2.5M']],
    ]);
  });
});

describe('a condition before the one thing asked', () => {
  it('GIVEN "at a 28x jump, what does the next one cost?" THEN one answer, not a part per clause', () => {
    for (const [q, want] of [
      ['our last flagship cost $2M to train. at a 28x jump, what does the next one cost?', '$56M'],
      ['we pay $40k/mo for api. with a 90% self-hosting saving, what would we pay?', '$4,000 a month'],
      ["our bill is $12k a month. with a 30% discount, what's the yearly cost?", '$100,800 a year'],
    ] as const) {
      const out = say(q);
      expect(out, q).toContain(want);
      expect(out, q).not.toMatch(/can't see how|: \$2M\./);
    }
  });
});

describe('a saving named by the factor', () => {
  it('GIVEN "with 90% savings, what would it cost" THEN what is left; "how much do we save" THEN the saving', () => {
    expectAll([
      ['with DeepSeek-style 90% savings what would our $2M run cost?', ['$200,000']],
      ['with 40% compute savings what does our $500k/month bill become?', ['$300,000 a month']],
      ['our $80k monthly bill with 25% savings from batching - new monthly bill?', ['$60,000 a month']],
      ['$2M run, 90% savings - how much do we save?', ['$1.8M']],
    ]);
  });
});

describe('spans and period conversions', () => {
  it('GIVEN a fortnight or half a year THEN 14 days or 6 months', () => {
    expectAll([
      ['$1,200 a day for a fortnight?', ['$16,800']],
      ['4 H100s at $2.50/hr for a fortnight - cost?', ['$3,360']],
      ['$30k a month for a half-year, total?', ['$180,000']],
      ['10M tokens a day at $2/M over half a year?', ['$3,650']],
    ]);
  });
  it('GIVEN an amount per month "annualised" THEN the amount a year', () => {
    expectAll([
      ['$50k a month annualised?', ['$600,000 a year']],
      ['$1.2M a quarter annualized?', ['$4.8M a year']],
      ['we spend $8k/month on inference, annualised?', ['$96,000 a year']],
    ]);
  });
});

describe('prices without a dollar sign', () => {
  it('GIVEN "h100s at 2.2/hr" or "80M a day in tokens" in a question about money THEN money and tokens', () => {
    expectAll([
      ['budget 50k, h100s at 2.2/hr, how many gpu hours?', ['22,727 GPU-hours']],
      ['budget of 200k, A100s at 1.5 an hour, how many hours?', ['133,333 GPU-hours']],
      ['we have 50k to spend on gpus at 2.2 an hour, how many gpu-hours?', ['22,727 GPU-hours']],
      ['budget is 30k and gpus cost 2 per hour, how many gpu hours can we get?', ['15,000 GPU-hours']],
      ['we burn 80M a day in tokens at $0.5/M, monthly cost?', ['$1,217 a month']],
    ]);
  });
});

describe("a chip's list price or TDP from Epoch in the user's calculation", () => {
  it('GIVEN a count of chips, a budget or another chip at list price THEN the spec per chip, cited', () => {
    expectAll([
      ["Meta's 600K H100s at Epoch's H100 launch price - what's the fleet worth?", ['$20.2B', 'Epoch AI hardware']],
      ['how many MI300X can you get for the price of 100 H100s (epoch prices)?', ['224 MI300X']],
      ['how many H100s at list price does $10M buy?', ['297 H100s']],
      ["a $50M budget buys how many A100s at Epoch's release price?", ['3,333 A100s']],
      [
        "buy an H100 at Epoch's release price or rent at the $1,100/mo marketplace rate - months to break even?",
        ['30.5 months'],
      ],
    ]);
  });
  it('GIVEN chips at TDP for a time at a price per kWh THEN the bill and the energy, the main variant first', () => {
    expectAll([
      ['power of 1,000 H100s at TDP for a month in kWh, at $0.10/kWh?', ['$51,100', '511,000 kWh', 'H100 PCIe']],
      ['what does it cost to power 2,000 H100s for 30 days at 8 cents per kWh, using the TDP?', ['$80,640']],
      ['electricity bill for 500 A100s at their TDP running a year at $0.12/kWh?', ['$210,240 a year']],
      ["electricity for llama 3.1 405b's run: epoch chip count & hours, H100 TDP from epoch, $0.08/kWh?", ['$1.97M']],
    ]);
  });
  it('GIVEN a chip Epoch lists without a price THEN no figure is made up', () => {
    expect(say('what would 8,000 B200s cost at list price?')).not.toMatch(/That comes to/);
  });
});

describe('what one of a count costs, and per what', () => {
  it('GIVEN a count held for a time "at $X each" THEN per its hour; a count "at the $X list price" THEN per one', () => {
    expectAll([
      ['1.2M gpu-hours at $1.90 each?', ['$2.28M']],
      ['500k node-hours at $0.40 each, total?', ['$200,000']],
      ["grok 3's 80,000 h100s at the $33,600 list price?", ['$2.69B']],
      ["16,384 h100s at epoch's $33,600 list price — what's the hardware worth", ['$551M']],
    ]);
  });
  it('GIVEN a bill and a count of requests or chats, asked per one THEN the bill divides', () => {
    expectAll([
      ['$12k a month serving 4M requests — cost per request?', ['$0.003']],
      ['we pay $8k a month for 2M chats - cost per chat?', ['$0.004']],
    ]);
  });
  it('GIVEN a rate asked for "a full year" or "a whole month" THEN that period', () => {
    expectAll([
      ["$1.80 an hour for a gpu, what's a full year cost running nonstop", ['$15,768 a year']],
      ['a server at $0.90/hr, cost for a whole month?', ['$657']],
      ["$3.20 per hour for one H100 — what's an entire year?", ['$28,032 a year']],
    ]);
  });
  it('GIVEN chips at TDP asked in megawatts or as a draw THEN the fleet power', () => {
    expectAll([
      ['16,384 h100s at their rated TDP — total megawatts?', ['11.5 MW']],
      ['2,048 A100s at TDP, power draw?', ['819 kW']],
    ]);
  });
});

describe('a part of a whole, and a saving between two options, as a percentage', () => {
  it('GIVEN "$180k of a $1.5M budget — what percent" THEN a share; "$55k vs $400k, % savings" THEN against the dearer', () => {
    expectAll([
      ['our inference line is $180k of a $1.5M budget — what percent', ['12%']],
      ['we spent $40k of our $250k budget on evals, what share is that?', ['16%']],
      ['$3.2M out of $20M total opex goes to gpus - percentage?', ['16%']],
      ['self-hosting would cost $55k vs $400k on the API, % savings?', ['86.3%']],
      ['switching costs $12k/month vs $30k/month today - what % do we save?', ['60%']],
      ['api at $90k a year or self-host at $35k a year, percent cheaper?', ['61.1%']],
    ]);
  });
});

describe('input and output prices written as a pair', () => {
  it('GIVEN "$3/$15 per million" THEN input at the first, output at the second, per the thing the tokens are of', () => {
    expectAll([
      ['a query with 1,200 input and 400 output tokens at $3/$15 per million — cost per query?', ['$0.0096 per query']],
      ['each chat uses 2,000 input and 500 output tokens, priced $0.15/$0.60 per 1M. cost per chat?', ['$0.0006']],
      ['a request with 3k input and 1k output tokens at $1.25/$10 per M, what is the cost per request?', ['$0.0138']],
      ['10M input and 2M output tokens a day at $3/$15 per M, monthly?', ['$1,825 a month']],
      ['500M input tokens and 100M output tokens at $2.50/$10 per million tokens - total?', ['$2,250']],
    ]);
  });
  it('GIVEN a scale letter glued to a chip code ("200 B200s") THEN a count of chips, never $200B', () => {
    expectAll([
      ['200 B200s at their TDP for two weeks at $0.15/kWh: power bill?', ['$10,080']],
      ['what do 64 B200s draw at TDP?', ['64 kW']],
    ]);
  });
});

describe('work done again, counts of "them", growth by inflation and a run length', () => {
  it('GIVEN epochs or passes over the tokens THEN they multiply the bill, not divide it', () => {
    expectAll([
      ['fine-tune: 80M token dataset, 4 epochs, $6/M training tokens. cost?', ['$1,920']],
      ['2 passes over a 1.5B-token corpus at $0.40/M — bill?', ['$1,200']],
    ]);
  });

  it('GIVEN "N of them" after things that are not people THEN N counts those things', () => {
    const out = say('a report is ~20k words at 1.3 tokens/word. sending 500 of them as input at $2/M costs?');
    expect(out).toContain('$26');
    expect(out).not.toContain('per person');
    expect(say('four of them split a $2,000 bill — each pays?')).toContain('$500 per person');
  });

  it('GIVEN inflation over the years THEN the amount grows by it', () => {
    expectAll([['$10M in 2019 dollars; cumulative inflation since was 22%. in today’s dollars?', ['$12.2M']]]);
  });

  it('GIVEN a run of tokens or compute with no money THEN "how long" is shown in the period that suits it', () => {
    expectAll([
      ['7.2B tokens to process, the cluster does 50k tok/s. how long?', ['40 hours']],
      ['how long to get through 900M tokens at 2,500 tokens/s?', ['4.2 days']],
    ]);
  });
});

describe('a unit defined in the question', () => {
  it('GIVEN "TB = 1000 GB" or "(1 TB = 1,000 GB)" THEN it converts, and its numbers are no amounts', () => {
    expectAll([
      ['120 TB/mo of egress at $0.08/GB, TB = 1000 GB. yearly bill?', ['$115,200 a year']],
      ['2.5 TB of logs at $0.02/GB-month (1 TB = 1,000 GB), kept 6 months. cost?', ['$300']],
    ]);
  });
});

describe('a count of paying users asked, and a share lost each period', () => {
  it('GIVEN "how many paying users to break even" THEN a count of users, never a time', () => {
    expectAll([
      [
        'overhead is $90k a month. each paying subscriber: $25 revenue, $7 compute. how many paying subscribers to break even?',
        ['5,000 subscribers'],
      ],
    ]);
  });

  it('GIVEN a churn or a fall compounding with no start amount THEN the share of the start that is left', () => {
    expectAll([
      ['users churn at 3% a month; share left after 2 years?', ['48.1%']],
      ['prices fall 30% a year — what is left of today’s price after 4 years?', ['24%']],
    ]);
    expect(say('revenue grows 5% monthly, how much bigger after 12 months?')).toContain('1.8×');
  });
});
