// Each kind of calculation with the user's own numbers, asked several ways: the mechanism, not one phrasing.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('sums of token terms', () => {
  it('GIVEN input and output tokens each with its price, per day, over a period THEN the daily bill and the total', () => {
    expectAll([
      [
        'per day: 2M input tokens at $3/M plus 500K output tokens at $15/M. per day and per 30 days?',
        ['$13.50', '$405'],
      ],
      ['daily 30M input tokens at $0.15/M and 6M output tokens at $0.60/M - over 365 days?', ['$2,957', '$8.10']],
      ['each day we send 10M prompt tokens at $1/M and get 1M completion tokens at $4/M; cost for a week?', ['$98']],
      ['4M input tokens at $2/M + 1M output tokens at $8/M, total?', ['$16']],
      ['every month 100M input tokens at $0.50/M and 20M output tokens at $1.50/M - yearly cost?', ['$960']],
      ['monthly usage: 50M input tokens at $3/M and 10M output tokens at $15/M. what over 6 months?', ['$1,800']],
    ]);
  });
});

describe('blended prices', () => {
  it('GIVEN a share at one price and the rest at another THEN the blended cost', () => {
    expectAll([
      ['100M tokens where 60% hit the cache at $0.30/M and the rest pay $3/M - total?', ['$138']],
      ['of 10M tokens, 25% are cached at $0.10/M, the remainder cost $1/M. bill?', ['$7.75']],
      ['3 input : 1 output tokens, 40M tokens total, $1.25/M in and $10/M out - cost?', ['$137.50']],
      ['$10K budget, $2.50/M input and $10/M output, 4:1 input:output mix - how many tokens can i afford?', ['2.5B']],
      ['a 1:1 mix of $2/M input and $6/M output over 200M tokens?', ['$800']],
    ]);
  });

  it('GIVEN the rest named "uncached" THEN the same share-and-rest blend as for requests', () => {
    expectAll([
      ['of 40M tokens, 10% at $2/M, the uncached at $0.5/M - cost?', ['$26']],
      ['30M prompt tokens: 20% are served at $0.20/M and uncached ones at $2/M. spend?', ['$49.20']],
    ]);
  });
});

describe("token bills at the user's own prices", () => {
  it('GIVEN input and output prices sharing one "per M", in words, cents or bare numbers THEN the bill by side', () => {
    expectAll([
      ['our chatbot runs on a model priced $0.40 in / $1.60 out per M. 8M in + 2M out per day over 30 days?', ['$192']],
      ['mistral medium at 0.4 input, 2 output per million: 20M input and 5M output a day, weekly bill?', ['$126']],
      ['30M tokens each direction at 0.2 in / 0.6 out per M, cost?', ['$24']],
      ['some api at 0.35/M in and 0.55/M out, 2B in + 100M out a month = ?', ['$755']],
      ['how many output tokens does $250 buy at 80c per million', ['312,500,000']],
      ['we resell at 3 bucks per million, our cost is 1.2 dollars per million. margin?', ['60%', '$1.80 per million']],
    ]);
  });

  it('GIVEN a volume split by side, a cache share at its own price or a ratio THEN one blended price × the volume', () => {
    expectAll([
      ['2B tokens a month split 75% input 25% output at $1/M in and $4/M out', ['$3,500']],
      ['300M prompt tokens a week at $2/M; 40% of them are cache hits billed at $0.20/M. weekly cost?', ['$384']],
      ['budget $2k a month, prices 25c/M in and $1.25/M out, traffic 4:1 in:out. tokens per month?', ['4.44B']],
      [
        '40 analysts each burn 3M tokens a day, 70/30 input/output, $2/$8 per M, 21 workdays. per-analyst monthly cost and total',
        ['$239.40', '$9,576'],
      ],
      ['a team of 12, each uses 1.5M tokens per workday, $2/M blended, 20 workdays. monthly bill?', ['$720']],
      ['agents use 5M tokens each per month at 40c/M, 300 agents. total monthly spend + per agent', ['$600', '$2']],
    ]);
  });

  it('GIVEN two pairs of input/output prices THEN each bill and the difference', () => {
    expectAll([
      [
        'provider X charges $0.5/$1.5 per million in/out, provider Y charges 0.3/2. 50M in and 10M out per month, which is cheaper?',
        ['$40', '$35', '$5'],
      ],
      [
        'option 1 is 2/8 per M, option 2 is 3/6. 4M input + 1M output daily for 30 days, difference?',
        ['$480', '$540', '$60'],
      ],
    ]);
  });

  it('GIVEN two token amounts multiplied or one token price over another THEN no figure in tokens', () => {
    for (const q of ['$2 in per M, 4M in + 1M out per day, 30 days', '100M tokens/mo, 70% input, $2/M in $8/M out'])
      expect(say(q)).not.toMatch(/comes to (?:about )?[\d,.]+[MB]? tokens/);
  });
});

describe('counts multiplied in a chain', () => {
  it('GIVEN users × chats × tokens per chat at a price THEN the bill', () => {
    expectAll([
      ['2,000 users x 25 chats/day x 900 tokens per chat at $0.35/M tokens - 30-day cost?', ['$472.50']],
      ['support bot: 40K tickets/month x 3,000 tokens each at $2/M tokens?', ['$240']],
      ['5,000 daily users x 10 msgs x 2,000 tokens at $0.25/M - per day and per 365-day year?', ['$25', '$9,125']],
      ['300 agents x 50 tasks/day x 20,000 tokens per task at $1/M - monthly bill?', ['$9,125']],
      [
        'our 12 engineers cost $200K each per year. if staff is 25% of training cost, implied total?',
        ['$2.4M', '$9.6M'],
      ],
      ['40 domain models at $800 each to fine-tune?', ['$32,000']],
    ]);
  });
});

describe('GPU hours and energy', () => {
  it('GIVEN GPUs, hours a day, days and a rate THEN GPU-hours × rate', () => {
    expectAll([
      ['10 gpus x 8 h a day x 22 workdays at $1.60/hr - monthly?', ['$2,816']],
      ['4 A100s running 24/7 for 90 days at $1.10/hr each?', ['$9,504']],
      ['16 GPUs for 12 hours a day over 10 days at $2.50/hr?', ['$4,800']],
    ]);
  });

  it('GIVEN watts, time and a price per kWh THEN the electricity bill', () => {
    expectAll([
      ['a 700W gpu running 24/7 for 30 days at $0.12/kWh - power cost?', ['$60.48']],
      ['1,000 GPUs at 700 W each for 720 hours at $0.10/kWh?', ['$50,400']],
      ['128 gpus x 700W, 24h/day for 14 days at $0.15/kWh - electricity cost?', ['$4,516']],
      ['one rack of 72 GPUs at 1,200 W each, 30 days, $0.09/kWh?', ['$5,599']],
      ['a 10 kW server for a year at $0.20 per kWh - electricity bill?', ['$17,520']],
    ]);
  });
});

describe('alternatives, margins, losses and shares', () => {
  it('GIVEN two prices with "vs" THEN each bill and the difference', () => {
    expectAll([
      ['2B tokens a month: api at $5/M vs self-hosting that works out to $1.50/M - monthly savings?', ['$7,000']],
      ['500M tokens at $2/M or at $0.40/M - how much cheaper?', ['$1,000', '$200', '$800']],
      ['8 GPUs for 30 days at $2/hr versus $3.50/hr?', ['$11,520', '$20,160', '$8,640']],
    ]);
  });

  it('GIVEN a revenue and a cost THEN the gross margin', () => {
    expectAll([
      ['revenue $1.2M, compute cost $420K - gross margin %?', ['65%']],
      ['we charge $0.02 per request and compute costs $0.0065 per request - gross margin?', ['67.5%']],
      ['compute costs $300K and we bill $1M - what margin?', ['70%']],
    ]);
  });

  it('GIVEN spending per dollar earned and a revenue THEN spend and loss', () => {
    expectAll([
      ['chatgpt maker spends $1.35 per $1 earned - if revenue were $20B, total spend and loss?', ['$27B', '$7B']],
      ['a company spends $1.35 per $1 of revenue and has $8B revenue - loss?', ['$2.8B']],
      ['if a lab spends $2 for every $1 of revenue on $5B revenue, what is the loss?', ['$10B', '$5B']],
    ]);
  });

  it('GIVEN one amount and several share ranges THEN each share', () => {
    expectAll([
      ['$120M run: dollars to accelerators (40-50%) and to networking (9-13%)?', ['$48M to $60M', '$10.8M to $15.6M']],
      ['a $10M budget with 20-30% on staff and 5-10% on energy - dollars each?', ['$2M to $3M', '$500,000 to $1M']],
    ]);
  });

  it('GIVEN a share of a total given THEN the share; GIVEN the share given THEN the implied total', () => {
    expectAll([
      ['total R&D is $750M and the final run is ~10% of it - final run cost?', ['$75M']],
      ['if a $60M run were 10% of R&D, implied R&D?', ['$600M']],
      ['open models cut our $500K/month api spend by 90% - annual savings?', ['$5.4M']],
      ['we pay $200K a month; a 30% cut saves how much a year?', ['$720,000']],
    ]);
  });

  it('GIVEN a price per million made N× cheaper THEN the new price per million tokens', () => {
    expectAll([['if a $3.50/M token price got 280x cheaper, what would it be?', ['$0.0125 per million tokens']]]);
  });
});

describe('degenerate inputs', () => {
  it('GIVEN a zero revenue for a margin or zero users to divide by THEN a sentence, never NaN', () => {
    expect(say('revenue $0, compute cost $420K - gross margin?')).toMatch(/divide by zero/);
    expect(say('$1M spread over 0 users - per user?')).toMatch(/divide by zero/);
  });
});

describe('sourced figures by reference', () => {
  it('GIVEN a sourced rate or total and a period asked THEN converted, naming the figure and its source', () => {
    expectAll([
      ['the claude maker’s annualized revenue per quarter?', ['$3.5B a quarter', 'Anthropic', 'Open Source Paradox']],
      ["what is anthropic's revenue per month?", ['$1.17B a month']],
      ["alibaba's AI commitment spread per month over its three years?", ['$1.47B a month', 'over 3 years']],
      ["zhipu's burn rate over two years, i.e. 24 months?", ['$1.13B']],
      ["the GLM maker's monthly burn over 18 months?", ['$846M']],
      ["stability ai's yearly cloud spend over 3 years?", ['$297M']],
    ]);
  });

  it('GIVEN a point in a sourced range THEN that point, converted when a period is asked', () => {
    expectAll([
      ["midpoint of the facebook parent's 2026 ai budget range?", ['$125B']],
      ["top end of meta's 2026 AI budget, per month?", ['$11.3B a month']],
      ["low end of meta's 2026 ai budget per quarter?", ['$28.8B a quarter']],
    ]);
  });

  it('GIVEN a budget and a sourced cost THEN how many times it covers the cost', () => {
    expectAll([
      ["how many runs of the kimi maker's K2 would $100M cover?", ['21.7 runs']],
      ['how many DeepSeek V3 training runs would $56M pay for?', ['10 runs']],
      ['how many tokens does $100 buy at the oct-2024 gpt-3.5-level price?', ['1.43B tokens']],
    ]);
  });

  it('GIVEN a figure the user quotes to name the subject THEN it is not used as an input', () => {
    const out = say('What license is the model trained on 100K Huawei chips under?');
    expect(out).not.toContain('per GPU');
  });
});

describe('never a borrowed figure', () => {
  /** The first sentence declines and carries no dollar figure. */
  function declinesFirst(q: string): void {
    const out = say(q);
    const first = out.split(/(?<=[.!?])\s|\n/).find((l) => /don't have|not in my sources/i.test(l)) ?? '';
    expect(out, q).toMatch(/I don't have/);
    expect(first, q).not.toMatch(/\$\s?\d/);
    const before = out.slice(0, out.indexOf(first));
    expect(before, q).not.toMatch(/\$\s?\d/);
  }

  it('GIVEN a year the sourced figures do not cover THEN it says so before the years it has', () => {
    for (const q of [
      'gpt-3.5-level price per M tokens in mid 2025?',
      'what was the gpt-3.5-level token price in 2023?',
      "zhipu's revenue in 2022?",
    ])
      declinesFirst(q);
  });

  it('GIVEN a cloud or a contract the rental rates do not cover THEN declines instead of the two sourced rates', () => {
    for (const q of [
      'h100 rental per month on google cloud?',
      'h100 hourly price on aws with a 3-year reservation?',
      'what does an H100 cost per hour on azure?',
      'spot price of an h100 per hour?',
      'coreweave h100 monthly rate?',
    ])
      declinesFirst(q);
  });

  it('GIVEN "the claude maker" and a metric it lacks THEN declines for Anthropic, not about the Claude product', () => {
    const out = say('how much does the claude maker lose a year?');
    expect(out).toMatch(/Anthropic's loss/);
    expect(out).not.toMatch(/AWS Bedrock/);
  });
});

describe('the user’s total against a sourced figure', () => {
  it('GIVEN a GPU bill and "more or less than" a named run THEN the difference, citing the sourced figure', () => {
    expectAll([
      [
        "2,048 gpus x 60 days x $2/hr - more or less than the quant fund's v3 compute bill, and by how much?",
        ['$298,240 more than DeepSeek V3', 'paradox'],
      ],
      [
        '1,000 GPUs for 30 days at $2/hr: how does that compare to DeepSeek V3’s training cost?',
        ['less than DeepSeek V3'],
      ],
      ['is 500 H100s x 90 days x $3/hr more than what GPT-3 cost to train?', ['$1.36M less than GPT-3']],
    ]);
  });
});

describe('a bare duration only when a time is asked', () => {
  it('GIVEN money over money per period and no time asked THEN no duration is offered as the answer', () => {
    for (const q of [
      'a $350K pilot as a % of our $4M annual tooling budget?',
      '$30M a month of spend vs a $600K fine-tuning run — how many runs is one month?',
      'member share: 1/40th of an $800M model plus $3M/yr of our own serving. first-year outlay?',
    ])
      expect(say(q), q).not.toMatch(/\b\d[\d.,]* (?:hours|days|weeks|months|years)\b/);
  });

  it('GIVEN the same amounts with a time asked THEN the duration is worked', () => {
    expectAll([
      ['$2.2B raised, burning $40M a month: how long does it last?', ['55 months']],
      ['api bill $9k/mo, self-host $90k upfront + $3k/mo to run. payback?', ['15 months']],
      ['$600K run vs $30M a year of spend: how many days of spend is one run?', ['7.3 days']],
    ]);
  });
});

describe('chips counted by the codes the hardware data gives them', () => {
  it('GIVEN a count of chips named by a short code (L4, T4, P100) THEN count × the rate', () => {
    expectAll([
      ['10 L4s at $0.50/hr each for 30 days, total?', ['$3,600']],
      ['6 nvidia t4 at $0.35 an hour for a week', ['$352.80']],
      ['32 p100 gpus at $1/hr, 24/7 for 10 days', ['$7,680']],
      ['how many L4s does $40k buy at $2,000 each?', ['20 L4s']],
    ]);
  });
});

describe('a share of a count nobody wrote', () => {
  it('GIVEN a % of some people or downloads with no count of them THEN no figure from the % and the price alone', () => {
    for (const q of [
      "suppose 3% of mistral's downloads pay $40 a year — revenue?",
      'say 2% of the users pay $8/mo, total?',
    ])
      expect(say(q), q).not.toMatch(/That comes to/);
  });

  it('GIVEN the count written THEN the share of it is worked', () => {
    expectAll([['we have 40,000 users; 2% of the users pay $8/mo — monthly revenue?', ['$6,400']]]);
  });
});
