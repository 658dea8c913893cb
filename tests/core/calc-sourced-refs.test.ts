// A sourced figure referred to by what it is, used as one more quantity: a per-thing cost times the user's count, a
// multi-year total per period when the question restates its span, and a described company whose figure is the one
// asked. Phrasings are the tests' own, not the evaluation sets' lines.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a sourced cost of one thing, times the user’s count', () => {
  it('GIVEN a count of fine-tunes with describing words and the per-model figure THEN count × figure, cited', () => {
    expectAll([
      [
        'what would 12 domain fine-tunes of 7B models cost at the sovereign AI per-model price?',
        ['$12,000', 'under $1,000', 'Open Source Paradox'],
      ],
      ['budget for 250 local 7b fine-tunes per the paradox chapter?', ['$250,000', 'under $1,000']],
      ['40 fine-tunes of a 7B model at the sovereign AI cost per model', ['$40,000']],
    ]);
  });

  it('GIVEN the figure named only by its source and metric, or a count written before "domain models" THEN count × figure', () => {
    expectAll([
      ['30 fine-tunes at the chapter’s per-model cost — max total?', ['$30,000', 'under $1,000']],
      ['tuning 80 domain models at the per-model fine-tuning figure, upper bound?', ['$80,000']],
      ['fine-tuning 45 local 7B domain models at the chapter’s per-model ceiling', ['$45,000']],
      ['with a $120k budget, how many 7B domain fine-tunes at the sovereign ai figure?', ['120 fine-tunes']],
    ]);
  });

  it('GIVEN "100 models" or "300 domain models" THEN no model trained on A100s or V100s is read into it', () => {
    expect(say('fine-tuning 100 domain 7B models at the sovereign chapter’s per-model cost')).not.toContain('GPT-3');
    expectAll([['the model trained on a100s: training cost?', ['GPT-4']]]);
  });

  it('GIVEN money and a question of how many THEN money ÷ the per-thing figure, never a per-thing average', () => {
    expectAll([['how many 7B fine-tunes would $2M pay for at the sovereign AI figure?', ['2,000 fine-tunes']]]);
    expect(say('40 fine-tunes of a 7B model at the sovereign AI cost per model')).not.toContain('$10 each');
  });
});

describe('a sourced total over its own span, per period', () => {
  it('GIVEN the span restated ("3-yr", "three-year") THEN it names the figure and is not multiplied in', () => {
    expectAll([
      ["Alibaba's 3-yr commitment, per quarter?", ['$4.42B a quarter']],
      ["Alibaba's three-year AI pledge per month", ['$1.47B a month']],
      ["Alibaba's 3-year AI commitment per day", ['$48.4M a day']],
    ]);
  });
});

describe('a described company beside a loosely matched name', () => {
  it('GIVEN "the Claude maker" and a period asked THEN its revenue in that period', () => {
    expectAll([["convert the Claude maker's yearly revenue into a weekly figure", ['$268M a week', 'Anthropic']]]);
  });
});

describe('a change of money shows how far it moved as well as the percentage', () => {
  it('GIVEN two amounts of the user’s or a sourced figure against the user’s THEN the % and the amount', () => {
    expectAll([
      ['revenue fell from $10M to $7.5M, % change?', ['down 25% (−$2.5M;']],
      ["Meta's 2025 AI spend vs the midpoint of its 2026 budget: jump in dollars and percent?", ['+$53B', '73.6%']],
    ]);
  });

  it('GIVEN a sourced input that is only a bound THEN the note says the result is a bound too', () => {
    expectAll([['budget for 250 local 7b fine-tunes per the paradox chapter?', ['upper bound in the source']]]);
  });
});

describe('the user’s own total beside a sourced one', () => {
  it('GIVEN a total of the user’s that differs from the sourced one THEN it is the one split, never the sourced', () => {
    expectAll([
      ['a consortium of 25 labs wants to split a 600M training run - per lab?', ['$24M']],
      ['the consortium model but 3B instead, split across 60 companies — each pays?', ['$50M']],
    ]);
    expect(say('the consortium model but 3B instead, split across 60 companies — each pays?')).not.toContain('$16.7M');
  });
});

describe('a sourced share named by its source and parts, applied to the user’s amount', () => {
  it('GIVEN "the wiki’s breakdown" or "the chapter’s breakdown" and a part THEN amount × that part’s range', () => {
    expectAll([
      ['$5M training budget, how much on gpus per the wiki’s breakdown', ['$2M to $2.5M', 'GPU/TPU']],
      ["a $9M run — using the chapter's breakdown, how much is staff?", ['$1.8M to $2.7M']],
      [
        'R&D budget of 200M: using the wiki’s figure for the final run’s share, what does the final run cost?',
        ['$20M'],
      ],
    ]);
  });

  it('GIVEN a bill each period and the self-hosting savings claim THEN the bill left and the saving, per period', () => {
    expectAll([
      [
        'we pay $50k/mo to openai; if the self-hosting savings claim holds, what would we pay?',
        ['$5,000 a month', 'Saving: at most $45,000 a month', 'upper bound'],
      ],
      ['$2M a year on apis — how much would we save at the claimed self-hosting saving?', ['$1.8M a year']],
    ]);
  });
});

describe('a stake set against an equal share of one amount', () => {
  it('GIVEN "a 5% stake … or a 1-of-25 split" THEN each share of the amount and the difference', () => {
    expectAll([
      ['a 5% stake in a $400M round or a 1-of-25 split, which costs more?', ['$20M', '$16M', 'Difference: $4M']],
      ['we want a 3% stake in a $1B model; vs a 1/50 share, how much more do we pay?', ['$30M', '$20M', '$10M']],
    ]);
    expect(say('we want a 3% stake in a $1B model; vs a 1/50 share, how much more do we pay?')).not.toContain('$1.03B');
  });
});

describe('two head counts for one cost', () => {
  it('GIVEN "with 20 members or 50" or "3 teams vs 5" THEN the share at each count', () => {
    expectAll([
      ["$1B model: each member's share with 20 members or 50?", ['$50M per member', '$20M per member']],
      ['$90k cluster shared by 3 teams vs 5, cost per team?', ['$30,000 per team', '$18,000 per team']],
      ["the consortium's billion-dollar model: each company's cost with 25 members or 40?", ['$40M', '$25M']],
    ]);
  });
});

describe('the sources’ per-user costs scaled to the user’s count, and two sourced token prices', () => {
  it('GIVEN the sources’ 10M users and the user’s own count THEN scaled to the user’s count', () => {
    expectAll([['the hyperscaler api cost for 10 million users scaled to 400k users?', ['At 400K users', '$22.8M']]]);
  });

  it('GIVEN a token volume at two sourced prices and a saving asked THEN both bills once each and the difference', () => {
    expectAll([
      ['200M tokens: gpt-4 at launch vs gpt-4 turbo, what did we save?', ['$6,000', '$2,000', 'Difference: $4,000']],
    ]);
  });
});

describe('an article named as the source of the figure worked', () => {
  it('GIVEN "the wiki" or "the chapter" beside a thing whose articles disagree THEN that article’s figure only', () => {
    expectAll([
      ["cost per seat if gpt-3's wiki training cost is spread over 2M seats", ['$2.30 per seat']],
      ["gpt-4 training (the chapter's figure) split across 40 firms, per firm?", ['$2.5M per firm', 'Open Source']],
      [
        'if 8 universities shared the cost of the original llama 3 from the paradox table, what does each pay?',
        ['$3.75M'],
      ],
    ]);
    expect(say("gpt-4 training (the chapter's figure) split across 40 firms, per firm?")).not.toContain('$79M');
  });

  it('GIVEN a count of people equal to a sourced money figure THEN the count is an input, not a quote of it', () => {
    expectAll([
      [
        "gpt-4's training per the paradox chapter, amortised over 100M subscribers — cost per subscriber?",
        ['$1 per subscriber'],
      ],
    ]);
  });

  it('GIVEN a count equal to a sourced multiple THEN the count still divides ("over 20 partner labs", V3 at ~20x)', () => {
    expectAll([
      [
        "spread deepseek v3's training bill (per the chapter) over 20 partner labs — each pays?",
        ['$280,000 per partner'],
      ],
    ]);
  });
});

describe('a group the user counts is theirs, not the sourced group of that name', () => {
  it('GIVEN "a 30-member consortium" and another thing’s run THEN that run is split, never the consortium’s $1B', () => {
    expectAll([
      [
        "a 30-member consortium pays for one gpt-5-class run at the wiki's estimate — each member's share?",
        ['$16.7M per member'],
      ],
      ["split the wiki's llama 3.1 405b training cost across a 12-member alliance — each member's share?", ['$14.2M']],
    ]);
    expect(
      say("a 30-member consortium pays for one gpt-5-class run at the wiki's estimate — each member's share?"),
    ).not.toContain('$33.3M');
  });

  it('GIVEN a token count that equals the consortium’s sum THEN no split of the consortium’s $1B', () => {
    expect(say('2B tokens at the gpt-3.5-level price of nov 2022 vs oct 2024 — each bill?')).not.toContain(
      'split 50 ways',
    );
    expectAll([['2B tokens at the gpt-3.5-level price of nov 2022 vs oct 2024 — each bill?', ['$40K', '$140']]]);
  });
});

describe('how many of a sourced thing the user’s money buys, and the other way round', () => {
  it('GIVEN a budget smaller than one run THEN budget ÷ the run’s cost, never the larger over the smaller', () => {
    expectAll([["with a 20M budget, how many llama 3 runs (per the chapter) and what's left?", ['0.7 runs']]]);
    expect(say("with a 20M budget, how many llama 3 runs (per the chapter) and what's left?")).not.toContain(
      '1.5 runs',
    );
  });

  it('GIVEN a bare budget ("to spend", "for training") and a remainder asked THEN whole runs and what is left', () => {
    expectAll([
      [
        "our lab has 1.2M to spend — how many deepseek r1 runs at the wiki's figure, whole runs only, leftover?",
        ['4 full runs', '$24,000 left'],
      ],
      [
        '$100M: how many full deepseek v3 runs per the paradox chapter, and what remains',
        ['17 full runs', '$4.8M left'],
      ],
    ]);
    expect(say("our lab has 1.2M to spend — how many deepseek r1 runs at the wiki's figure")).not.toContain('1.3B');
  });

  it('GIVEN the user’s price of one run and a sourced stock of money THEN the stock ÷ that price', () => {
    expectAll([["how many $100M runs could mistral's total funding cover, per the chapter?", ['30.5 runs', '$3.05B']]]);
  });

  it('GIVEN a name glued to a word by a dash ("gpt-3-priced") THEN its number counts nothing', () => {
    expect(say('a startup has 9M for training — how many gpt-3-priced runs, per the wiki?')).not.toContain('3-priced');
  });
});

describe('a count beside a sourced price of one of the things counted', () => {
  it('GIVEN a count equal to another figure the thing holds THEN count × the per-one price, never a quote of it', () => {
    expectAll([["the chapter's per-model fine-tune ceiling, times 100 national 7B models — total?", ['$100,000']]]);
    expect(say("the chapter's per-model fine-tune ceiling, times 100 national 7B models — total?")).not.toContain(
      '$10 each',
    );
  });
});

describe('a size the sources price fine-tunes of', () => {
  it('GIVEN "a 7B domain fine-tune" THEN the sourced per-model cost; a size no source prices is still declined', () => {
    expectAll([['what does a 7B domain fine-tune cost per the chapter?', ['Under $1,000']]]);
    expect(say('what does a 13B fine-tune cost?')).toContain('I don’t have'.replace('’', "'"));
  });

  it('GIVEN the fine-tune named before the size THEN the same sourced cost, not a decline of "7b" as a name', () => {
    expectAll([
      ['ballpark to finetune a 7b on our support tickets?', ['Under $1,000']],
      ['what would fine tuning one 7B for legal text run us', ['under $1,000']],
    ]);
  });
});

describe('the reciprocal of a sourced price, and whole counts a budget buys', () => {
  it('GIVEN tokens per dollar asked at a sourced price THEN 1 ÷ the price, cited', () => {
    expectAll([
      ['tokens per dollar at gpt-4 turbo price?', ['100,000 tokens per dollar', '1 ÷ GPT-4 Turbo']],
      ['how many tokens does a dollar buy at gpt-4s launch price', ['33,333.33 tokens per dollar']],
      ['at the oct-2024 gpt-3.5-level price, how many tokens does one dollar buy?', ['14.3M tokens per dollar']],
      ['at $10 per million tokens, how many tokens per dollar?', ['1 ÷ $10 per million tokens = 100,000']],
    ]);
  });
  it('GIVEN a budget that divides a price exactly THEN the whole count, not one less', () => {
    expectAll([['with $200, how many tokens at the gpt-4 turbo price?', ['20,000,000 tokens']]]);
  });
});

describe('the sourced self-hosting scenario asked per user', () => {
  it('GIVEN self-hosting alone asked per user per month THEN the per-user figure first, from the sourced yearly cost', () => {
    expectAll([
      ['self-hosted open models for 10M users, sovereign numbers — per user per month?', ['$0.458 self-hosted']],
      [
        'what does self-hosting cost per user per year at 10M users, per the sovereign ai numbers?',
        ['$5.5 self-hosted'],
      ],
    ]);
    expect(say('self-hosting vs api for 2M users: per user per month?')).toMatch(
      /Per user per month[\s\S]*At 2M users/,
    );
  });

  it('GIVEN a saving asked per user THEN the difference per user beside both costs', () => {
    expectAll([
      ['hyperscaler API vs self-hosted for 10M users — saving per user per year?', ['saving $51.5 per user']],
      ['self-hosting vs api for 2M users: saving per user per month?', ['saving $4.29 per user']],
    ]);
  });
});

describe("a sourced sum as a share of the user's yearly budget", () => {
  it('GIVEN a model’s training cost quoted and a budget a year THEN the cost ÷ one year of the budget', () => {
    expectAll([
      ['deepseek v3 cost $5.6M to train — what % of our $40M annual budget is that?', ['14%', 'Open Source Paradox']],
      ["kimi k2's $4.6M training run as a share of our $20M yearly compute spend?", ['23%']],
    ]);
  });
});

describe('a sourced count multiplying the user’s amounts per one of what it counts', () => {
  it('GIVEN a thing’s GPUs named and the user’s power, rent or cost per GPU THEN count × each, cited', () => {
    expectAll([
      [
        'if every one of meta’s H100s drew 700W for a month at $0.10/kWh, what’s the electricity cost?',
        ['$30.7M', '600,000 H100 GPUs', 'Open Source Paradox'],
      ],
      ['deepseek’s GPU fleet rented out at $2/hr per GPU for a day — how much?', ['$2.4M', '50,000 H100 GPUs']],
      ['insure each of meta’s GPUs for $50 a year — total premium?', ['$30M a year']],
      ['meta’s gpus at $1.20 per GPU-hour — hourly bill?', ['$720,000 an hour']],
    ]);
  });

  it('GIVEN a share of a thing’s downloads paying an amount each period THEN count × share × amount', () => {
    expectAll([
      ['say 2% of qwen’s downloads turn into users paying $15 a month. yearly revenue?', ['$2.52B a year', '700M']],
      ['qwen downloads: 0.5% become customers at $40/month each — monthly revenue?', ['$140M a month']],
    ]);
  });

  it('GIVEN the money after the share as a × term, "paid", or naming its payers THEN it is per one of the count', () => {
    expectAll([
      ['qwen download count * 0.2% * $25/mo', ['$35M a month', '700,000,000']],
      ['suppose 0.3% of qwen’s downloads paid $10 a month — revenue per month?', ['$21M a month']],
      ['0.1% of qwen downloads becoming $40/month cloud subscribers: monthly revenue?', ['$28M a month']],
      ['qwen downloads at a 0.5% conversion into a $12 monthly plan, mrr?', ['$42M a month']],
    ]);
    expect(say('qwen download count * 0.2% * $25/mo')).not.toContain('$0.05');
  });

  it('GIVEN a named sourced count a worked figure would leave out THEN no figure from the user’s numbers alone', () => {
    const out = say('qwen downloads; 0.4% convert; $20 a month — revenue?');
    expect(out).not.toContain('$0.08');
    expect(out).toContain("Qwen family's downloads");
  });

  it('GIVEN a chip word inside the user’s own unit ("gpu-hours") THEN the model’s chip count is no input left out', () => {
    expectAll([['if v3’s $5.6M bought gpu-hours at $4/hr, how many gpu-hours?', ['1.4M']]]);
  });

  it('GIVEN the user’s own count of the thing THEN theirs is worked, not the sourced one', () => {
    expect(say('if 16 of meta’s H100s drew 700W each for a month at $0.10/kWh, power bill?')).not.toContain('600,000');
  });
});

describe('a part of a sourced total, named by the words of its share', () => {
  it('GIVEN a yuan revenue’s on-premise part asked in dollars THEN revenue × its share ÷ the rate, never the whole', () => {
    expectAll([
      ['zhipu’s on premise contracts revenue at 7.25 to the dollar', ['$36.6M', '85%', '¥312M']],
      ['how much did zhipu make from on-premise deployments in 2024, in usd at 7 rmb per dollar', ['$37.9M']],
      ['zhipu on-prem revenue (2024), 7.1 yuan per dollar: in dollars?', ['$37.4M']],
    ]);
    expect(say('zhipu’s on-prem revenue in usd at 7.2 yuan per dollar')).not.toContain('$43.3M');
  });

  it('GIVEN a part whose share is of a narrower total no source gives THEN no figure', () => {
    const text = say('zhipu government revenue in USD at 7.2 yuan per dollar');
    expect(text).toContain("can't work that out");
    expect(text).not.toMatch(/\$\d/);
  });
});

describe('the articles’ H100 rent per month, asked by the hour', () => {
  it('GIVEN a budget and GPU-hours asked, with or without the user’s hours in a month THEN budget ÷ (monthly rate ÷ hours)', () => {
    expectAll([
      [
        'at the marketplace H100 rate from the foundation model page, how many GPU-hours does $5,000 buy if a month is 720 hours?',
        ['3,273 GPU-hours', '$1,100 per H100-month ÷ 720 hours'],
      ],
      ['$25k budget, AWS monthly H100 price from the wiki, 730 hrs/month: gpu-hours?', ['6,518 GPU-hours']],
      [
        'how many H100 hours would $2,000 rent on the GPU marketplace per the FM economics article',
        ['1,327 GPU-hours'],
      ],
      [
        'how many GPU-hours would $3k rent at the sourced H100 monthly rates, 730 hours to a month',
        ['1,991 GPU-hours', '782 GPU-hours'],
      ],
    ]);
    expect(say('$25k budget, AWS monthly H100 price from the wiki, 730 hrs/month: gpu-hours?')).not.toContain(
      'GPU-months',
    );
  });

  it('GIVEN a rate per GPU-hour asked of the monthly price THEN the monthly price ÷ the hours, never a list price', () => {
    expectAll([
      ['per-hour price of an H100 on AWS according to the wiki, assuming 720 hours a month?', ['$3.89 per GPU-hour']],
      ['the AWS H100 monthly rate per GPU-hour?', ['$3.84 per GPU-hour']],
    ]);
    expect(say('per-hour price of an H100 on AWS according to the wiki, assuming 720 hours a month?')).not.toContain(
      'release price',
    );
  });
});

describe('a share of a sourced budget said to go to chips', () => {
  it('GIVEN a share of a range point or a multi-year total going to GPUs THEN the share of it per period, not a rent', () => {
    expectAll([
      ['25% of alibaba’s 3-year AI commitment goes to GPUs; per year?', ['$4.42B a year', '$53B']],
      ['60% of the low end of meta’s 2026 ai spend spent on chips, monthly?', ['$5.75B a month', 'low end']],
    ]);
    expect(say('25% of alibaba’s 3-year AI commitment goes to GPUs; per year?')).not.toContain('H100-month');
  });
});
