// A change between one thing's sourced figures at two points in time, asked as a compound rate, a percentage, a
// multiple or a gap in dollars, with the point of a range the question names. New phrasings, not question-set lines.
import { describe, expect, it } from 'vitest';
import { expectAll, say } from '../support/ask-engine.js';

describe('a change between two dated sourced figures', () => {
  it('GIVEN a market size in two years THEN the compound annual rate over the years between', () => {
    expectAll([
      ['machine learning market 2024 vs its 2030 projection: compound annual growth?', ['+31% a year', '6 years']],
    ]);
  });

  it('GIVEN a reported figure and an undated projection with "by" a year THEN the rate over the years to it', () => {
    expectAll([['API spending, 2025 run rate up to the top end of the projection by 2030: CAGR?', ['+48.2% a year']]]);
  });

  it('GIVEN the midpoint of a projected range THEN the percentage change to it from the earlier year', () => {
    expectAll([["percent rise from Meta's 2025 AI spend to the middle of its 2026 budget?", ['up 73.6%']]]);
  });

  it('GIVEN a gap in dollars asked at both ends of a range THEN both differences', () => {
    expectAll([["Meta's 2026 AI budget minus its 2025 spend, in dollars, low and high end?", ['+$43B', '+$63B']]]);
  });
});

describe('a share the user takes of a sourced projection', () => {
  it('GIVEN a percentage of a dated projection THEN that share of it, not the change between years', () => {
    expectAll([["what's 2% of the 2030 machine learning market projection?", ['$5.64B']]]);
  });
});

describe('sourced shares and multiples applied to the user amount', () => {
  it('GIVEN two parts of a sourced cost breakdown THEN the user amount times their summed share, low and high', () => {
    expectAll([
      ['a $200M run: per the training cost breakdown, staff plus networking (low and high)?', ['$58M to $86M']],
    ]);
  });

  it('GIVEN a sourced multiple named by what it compares THEN the user amount times it', () => {
    expectAll([
      ["our flagship cost $2M; at the usual flagship-over-predecessor jump, the next one's budget?", ['$56M']],
    ]);
  });

  it('GIVEN a price each and a sourced share of something other than money THEN no share of the price', () => {
    expect(say('tuning 50 domain 7B models at the under-$1K each figure: total at most?')).not.toMatch(/\$900\b/);
  });

  it('GIVEN "other than" a sourced share THEN the rest of the sourced total', () => {
    expectAll([["OpenAI's R&D in dollars, everything except final training runs?", ['$4.5B']]]);
  });
});

describe('how long a sourced sum lasts at a changed sourced rate', () => {
  it('GIVEN a cut to the burn THEN the sum over the reduced burn, and a time, never an amount', () => {
    expectAll([['if zhipu cut its burn rate by 50%, how many months would the IPO money last?', ['23.8 months']]]);
    expect(say("if zhipu's burn rose 25%, how long would its IPO money last?")).not.toMatch(/\$699M/);
  });

  it('GIVEN the burn the user sets THEN it stands in for the sourced burn, and the reply says so', () => {
    expectAll([["how long would zhipu's IPO money last if its burn were $30M/month?", ['18.6 months', 'in place of']]]);
    expect(say('zhipu cuts spending to 25M a month — months of runway from the IPO raise?')).not.toMatch(/\$13,975T/);
  });
});

describe("a what-if on a company's sourced revenue, costs and margin", () => {
  it('GIVEN a cut to the cost and the revenue kept THEN the cost is changed, never the revenue', () => {
    expectAll([
      ['stability halves its compute bill, revenue unchanged — loss per year?', ['a loss of $38.5M a year']],
      ["if stability's revenue tripled and its cloud costs rose 10%, what's the annual loss?", ['$75.9M']],
    ]);
    expect(say('if stability cut costs by 30%, what is its loss?')).not.toMatch(/\$7\.7M/);
  });

  it('GIVEN a revenue change and a point of the margin range THEN revenue × changed revenue × that margin', () => {
    expectAll([
      ["what would nvidia's gross profit be if its margin hit the top of its range and revenue fell 10%?", ['$203B']],
    ]);
  });

  it('GIVEN spending per dollar kept and a revenue change THEN the loss of the same source', () => {
    expectAll([['openai grows revenue 50% but still spends 1.35 per dollar earned - loss?', ['a loss of $1.94B']]]);
  });

  it('GIVEN a cost cut with no cost figure THEN the cost is revenue plus the loss of the same source', () => {
    expectAll([["if openai cut costs 20% and revenue stayed flat, what's the new loss?", ['$3.26B']]]);
  });

  it('GIVEN a ratio of the loss asked THEN no loss amount', () => {
    expect(say('if stability doubled revenue, what would the loss be as a % of revenue?')).not.toMatch(/\$77M/);
  });

  it('GIVEN a change to revenue and the valuation multiple asked THEN the valuation ÷ the changed revenue', () => {
    expectAll([
      [
        'say anthropic doubles its annualized revenue, valuation flat - what multiple of revenue is it valued at then?',
        ['13.6×', '27.1×'],
      ],
      ["anthropic's revenue triples while the valuation rises 25%. new valuation multiple?", ['11.3×']],
    ]);
  });

  it('GIVEN a change to costs and the growth to cover them asked THEN the changed costs ÷ the revenue', () => {
    expectAll([
      [
        'if stability cut its cloud bill by half, how many times would its revenue need to grow to cover the costs?',
        ['4.5×'],
      ],
      [
        'stability ai: costs down 20% and revenue up 50% — how many x more revenue needed to break even?',
        ['4.8×', '$79.2M'],
      ],
    ]);
  });

  it('GIVEN a change to one term and another term asked THEN no figure with the change applied to it', () => {
    expect(say("if anthropic's revenue grew 40% what's its valuation in dollars?")).not.toMatch(/\$532B/);
  });
});

describe('a yuan figure at the user exchange rate', () => {
  it('GIVEN yuan per dollar THEN the sourced yuan figure divided by it, and no figure when a number is left over', () => {
    expectAll([["zhipu's 2024 loss in dollars at 7.1 yuan per dollar?", ['$417M']]]);
    expect(say('zhipu revenue at 7.2 to the dollar plus 10%?')).not.toMatch(/\$43\.3M/);
  });
});

describe('what is left of a sourced figure at a later date', () => {
  it('GIVEN "what % of the original is left" THEN the later figure as a share of the earlier, not the fall', () => {
    expectAll([
      ["gpt-3.5 price from nov '22 to oct '24 — what % of the original is left", ['0.35%']],
      ['gpt-3.5-level price 2022 vs 2024: what share of the old price remains?', ['0.35%']],
    ]);
  });
});

describe("a sourced fall applied to the user's bill", () => {
  it('GIVEN a bill and the same factor as a sourced price drop THEN the bill divided by it, per its period', () => {
    expectAll([
      [
        'our api spend is $12k/mo. if prices fell by the same factor as the gpt-3.5-level drop, what would we pay?',
        ['$42.86 a month', '280'],
      ],
      ['we pay $50,000 a month for inference; apply the gpt-3.5 price drop factor — new monthly bill?', ['$178.57']],
      ['$240k a year on tokens today; same fall as the stanford-tracked gpt-3.5 drop → yearly cost?', ['$857.14']],
    ]);
  });

  it('GIVEN a bill at one dated sourced price THEN the same tokens at the other price, whichever comes first', () => {
    expectAll([
      ['we spent $150k in 2022 on gpt-3.5-level tokens; the same usage at the 2024 price would cost what?', ['$525']],
      [
        'at the oct 2024 gpt-3.5-level price our bill is $700 a month — what would the same tokens have cost at the nov 2022 price?',
        ['$200,000 a month'],
      ],
      ["our $9k monthly bill at gpt-3.5's 2022 price: same traffic at its 2024 price?", ['$31.50 a month']],
    ]);
    expect(say('$5k/mo at the gpt-3.5 price — how many tokens a month is that?')).toContain('250M tokens');
  });
});

describe("the user's burn written without a dollar sign", () => {
  it('GIVEN "its burn to 35M a month" THEN the sum over the user burn, never the sourced burn', () => {
    expectAll([
      ['if zhipu trimmed its burn to 35M a month, how many months would the ipo cash last on its own?', ['16 months']],
      ['say zhipu cut its burn to 25M a month — how long does the ipo money last?', ['22.4 months']],
      ["if zhipu's burn rose to 60M/month, months of ipo runway?", ['9.3 months']],
    ]);
    expect(say("if zhipu's burn rose to 60M/month, months of ipo runway?")).not.toContain('11.9');
  });
});

describe("a sourced total per unit worked with the user's numbers", () => {
  it('GIVEN a total over its count and the user’s hours THEN per unit per hour, the hours never dropped', () => {
    expectAll([
      ["palm's training bill per tpu chip, if the run took 50 days — cost per chip per day?", ['$39.06 a day']],
    ]);
  });

  it('GIVEN a total over its count and a count of the user’s THEN per unit × that count', () => {
    expectAll([["take deepseek's per-gpu cost for its H100 fleet and price 300 of them", ['$7.8M', '÷ 50,000']]]);
  });

  it('GIVEN a number no reading places THEN no per-unit figure that leaves it out', () => {
    expect(say("deepseek's fleet cost per gpu — what would 64 of those gpus come to?")).not.toMatch(/\$26K each/);
  });
});

describe('a change asked between two named things', () => {
  it('GIVEN an older and a newer model and a percentage move asked THEN the change from the first to the second', () => {
    expectAll([
      ['percent drop in per-token price going from gpt-4 to gpt-4 turbo?', ['down 66.7%']],
      ['training cost of llama 2 70b then llama 3: how many percent increase?', ['up 200%']],
    ]);
  });

  it('GIVEN a compound rate asked between two dated models THEN the rate per year over the years between', () => {
    expectAll([
      ['palm (2022) to gemini ultra (2024) training cost, annual growth rate?', ['+299% a year', '2022→2024']],
      ['yearly growth rate in training cost between gpt-3 and gemini ultra?', ['+154% a year']],
    ]);
  });

  it('GIVEN a figure the user quotes for a side with two sourced figures THEN that figure alone stands for it', () => {
    const out = say('gpt-3 to gpt-4 at the $100M figure: cagr of training cost?');
    expect(out).toContain('+179% a year');
    expect(out).not.toContain('+158%');
  });

  it('GIVEN two companies in the same year THEN no move from one to the other is made up', () => {
    expect(say('openai vs anthropic revenue growth %')).not.toMatch(/From OpenAI/);
  });
});

describe("a change between one thing's two dated figures with no years written", () => {
  it('GIVEN a percentage fall asked of a price dated in two years THEN the earlier to the later', () => {
    expectAll([['gpt-3.5-level token price: by what percent did it fall?', ['down 99.7%']]]);
  });

  it('GIVEN both ends of a range named apart THEN the change to each end', () => {
    expectAll([
      [
        "meta's 2025 ai spend to its 2026 budget, % increase at the low end and at the high end",
        ['up 59.7%', 'up 87.5%'],
      ],
    ]);
  });
});

describe('an undated projection reached in a span the user gives', () => {
  it('GIVEN a compound rate asked to a point of the projection "in N years" THEN the rate over those years', () => {
    expectAll([
      ['api spending from its run rate to the bottom of the projected range in 4 years: cagr?', ['+37.5% a year']],
    ]);
  });
});

describe('the sourced self-hosting saving over the years asked', () => {
  it('GIVEN a number of years THEN the yearly saving times the years', () => {
    expectAll([
      ['self-hosted open models instead of a hyperscaler api for 10M users: saving over 4 years?', ['$2.06B']],
    ]);
  });
});

describe("a sourced cost over the user's rate per chip-hour", () => {
  it('GIVEN the chip named inside the rate and the compute-only cost asked THEN that figure ÷ the rate', () => {
    const out = say("gpu hours for llama 3.1 405b's compute-only cost, at $3 per h100-hour?");
    expect(out).toContain('20M GPU-hours');
  });
});
